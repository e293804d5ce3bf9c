// "Douglas has taken over from me as the person responsible for Ambleside Boat Hire", "the responsible of the client
// Maison Carrel S.A.S. becomes Antoine", "Brightline Dental owner -> Owen", "assign Tallow & Finch to Sam": one client
// and one teammate the workspace has, with a word for looking after an account, is that teammate becoming the client's
// owner. Read only when the reader found nothing sure, and never from a question ("is Douglas responsible for X?").
import type { Decision } from '../types';
import { closestKnown } from './match-known';
import { escapeRe } from './escape-pattern';

const OWNING = /\b(?:responsible|owner|owns|(?:re)?assign(?:s|ed|ing)?|hand(?:s|ed|ing)? (?:over|off)|transfer(?:s|red|ring)?|account manager|in charge|taken over|takes over|take over|taking over|looks? after|looking after|handles|handling|manages|managing)\b|['’]s account\b|\b(?:give|hand)\b.*\baccount\b|\b(?:hand|pass)\b.+?\b(?:over|on)\s+to\b/i;
// "give Harbour & Pine Studio to <@U05KAI777>": a client given to a teammate named last.
const GIVEN_TO = /\b(?:give|hand)\b[^.?!]*\bto\s+(?:<@\w+>|@\w+|\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s*[.!]*$/u;
// Another action asked beside it ("mark it active, assign it to him, and invite their contacts"): the owner alone
// would drop the rest, so the reader's own answer stands.
const OTHER_ACTION = /\b(?:mark|invite|add|create|archive|unarchive|delete|remove|send|email|invoice|export|draft|rename|share)\b/i;
// A question without its mark: "is Sam looking after Halden Roofing".
const ASKED = /^\W*(?:<@\w+>\s*)?(?:is|are|was|does|do|did|who|what|which|whose|can|could|should|will)\b/i;
const POLITE = /^\W*(?:<@\w+>\s*)?(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:hand|assign|reassign|transfer|give|move|pass)\b/i;

/** Where a name is written in the text, as a whole word, or -1. */
function written(text: string, name: string): number {
  const m = new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'iu').exec(text);
  return m ? m.index : -1;
}

export function readOwnerChange(text: string, known: { clients?: string[]; members?: string[] } | undefined): Decision | undefined {
  const said = text.replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // ("Would you hand Acme over to Sam?" asks for it, politely.)
  const asked = !POLITE.test(said) && (/\?\s*$/.test(said) || ASKED.test(said));
  if (!known?.clients?.length || !known.members?.length || !(OWNING.test(said) || GIVEN_TO.test(said)) || asked || OTHER_ACTION.test(said)) return undefined;
  const clients = known.clients.filter((c) => written(said, c) >= 0);
  if (clients.length !== 1) return undefined;
  const outside = said.replace(new RegExp(escapeRe(clients[0]), 'i'), ' ');
  const names = new Set<string>();
  for (const m of known.members) {
    for (const n of [m.trim(), m.trim().split(/\s+/)[0]]) {
      const at = n.length > 1 ? written(outside, n) : -1;
      if (at >= 0) names.add(outside.slice(at, at + n.length));
    }
  }
  // (The longest way one member is written: "Marco Bianchi" over "Marco".)
  const typed = [...names].sort((a, b) => b.length - a.length);
  if (!typed.length || typed.some((t) => !typed[0].toLowerCase().includes(t.toLowerCase()))) return undefined;
  const client = closestKnown(clients[0], known.clients) ?? clients[0];
  return { kind: 'calls', calls: [{ tool: 'updateClient', args: { client, owner: typed[0] } }] };
}
