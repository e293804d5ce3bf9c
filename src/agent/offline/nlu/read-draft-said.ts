// "Prepare me an email to recontact Gelateria Marini, the objective is to propose the new summer menu", "draft
// something to see if they'd try the new module": an email asked to be drafted, in so many words, is a draft (which
// sends nothing), and what it is for is its goal, said after "goal is" or as what it should find out.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';

const DRAFT_SAID = /\b(?:draft|drafting|prepare|write|compose|put together|write up)\b.{0,40}\b(?:e-?mails?|mail|letter|message|note|something|outreach)\b/i;
const SEND_NOW = /\b(?:send|sent|email them now|mail it)\b/i;
const GOAL_SAID = /\b(?:goal|objective|aim|purpose|point|idea)\s*(?:is|being|:|=)\s*(?:to\s+)?(.+?)[.!]?$/i;
const FIND_OUT = /\b(?:to|and)\s+((?:see|ask|check|find out|learn|hear)\s+(?:if|whether|how|when|what|about)\b.+?)[.!]?$/i;

// "write to X to win them back": what the email is for, said as its purpose after the client.
const PURPOSE = /\bto\s+((?:win|get|bring|re-?engage|re-?connect|reconnect|offer|propose|pitch|introduce|invite|thank|remind|announce|share)\b.+?)[.!?]?$/i;

// "..., mentioning our new menu package": what it should say, set apart after the client.
const MENTIONING = /[,;—–-]\s*((?:mentioning|offering|pitching|introducing|highlighting|featuring|announcing|telling them about|asking (?:if|whether|about))\b.+?)[.!?]?$/i;

export function withDraftSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (top?.label !== 'draftOutreach' || top.p >= 0.9 || !DRAFT_SAID.test(clause.text) || SEND_NOW.test(clause.text)) return clause;
  return { ...clause, ranking: [{ label: 'draftOutreach', p: 0.9 }, ...clause.ranking.slice(1)] };
}

/** A draft's goal from the words of its clause, when the tagger marked none. */
export function withDraftGoal<C extends PlannedCall & { clause?: Clause }>(call: C): C {
  if (call.tool !== 'draftOutreach' || call.args.goal !== undefined || !call.clause) return call;
  const text = call.clause.text;
  const client = typeof call.args.client === 'string' ? text.toLowerCase().indexOf(call.args.client.toLowerCase()) : -1;
  const said = GOAL_SAID.exec(text) ?? FIND_OUT.exec(text) ?? MENTIONING.exec(text) ?? PURPOSE.exec(text);
  // (What it should find out comes after the client it is for: "to see if" before it is no goal of this draft.)
  if (!said || (!GOAL_SAID.test(text) && said.index < client)) return call;
  return { ...call, args: { ...call.args, goal: said[1].trim() } };
}
