// "Who owes us money?", "list overdue invoices", "which quotes are still open?", "what needs my attention?": the desk
// overview asked for (listAttention, read-only). Taken only when the message asks or lists (a question word, a
// list verb, or the few words alone), names no client ("does Hooli have unpaid invoices" shows Hooli) and asks for
// no action ("send the overdue invoices", "write me a poem about unpaid invoices").
import type { Decision } from '../types';
import { withoutOpening } from './request-words';

const LISTS: Array<[RegExp, string]> = [
  [/\b(?:overdue|past[- ]due|late (?:invoices?|payments?|payers?)|paying late|behind on pay\w*)\b/i, 'overdue'],
  [/\b(?:owes?|owing|unpaid|outstanding|not (?:yet )?paid|(?:hasn'?t|has not|haven'?t|have not) paid|open invoices?|receivables?|money)\b/i, 'unpaid'],
  [/\b(?:quotes?|proposals?|estimates?)\b[^.?!]*\b(?:open|pending|awaiting|waiting|outstanding|unanswered|no answer|not (?:yet )?(?:accepted|answered|signed))\b|\b(?:open|pending|unanswered|outstanding) (?:quotes?|proposals?|estimates?)\b/i, 'quotes'],
  // ("dormant" is a status said otherwise: inactive clients, findClients.)
  [/\b(?:clients?|accounts?|customers?)\b[^.?!]*\b(?:gone quiet|quiet|gone cold|(?:not|haven'?t|hasn'?t|didn'?t)(?: we| i)? heard from|neglected)\b|\bquiet (?:clients?|accounts?|customers?)\b|\b(?:hasn'?t|haven'?t|has not|have not) heard from us\b|\b(?:not|haven'?t|hasn'?t|didn'?t)(?: we| i)? heard from\b[^.?!]*\b(?:lately|recently|in a while|for a while|in ages)\b/i, 'quiet'],
  [/\b(?:missing|incomplete|lack(?:s|ing)?) (?:invoic\w+ |billing )?(?:details|info\w*)\b/i, 'details'],
  [/\bunread (?:portal |client )?messages?\b|\bmessages? (?:i|we) (?:haven'?t|have not) read\b/i, 'messages'],
  // ("any follow-ups?", "what's due today?": the follow-ups due; "follow up with Acme next week" plans one.)
  [/^(?:any|my|our|today'?s|open|list|show(?: me)?(?: my| our| the)?) follow[- ]?ups?\b|\bfollow[- ]?ups? (?:due|for today|today)\b|\bwhat'?s due(?: today)?\b|\b(?:my|our) (?:tasks|to-?dos)\b/i, 'followUps'],
  [/\bneeds? (?:my |our |some )?attention\b|\bwhat should (?:i|we) (?:follow up on|look at|chase|work on)\b|^(?:any|my|our|today'?s) follow[- ]ups?\b|\bto-?do\b|\bwhat'?s (?:pending|urgent|on my plate)\b|\banything (?:urgent|pending)\b|\banything (?:(?:that )?(?:i|we) (?:should|need to|must|have to|ought to)|(?:for )?(?:me|us) to) (?:look at|do|chase|handle|deal with|know about|check)\b|\bwhat(?:'s| is) (?:still )?open(?: for (?:me|us))?\b|\bwhat (?:do|should) (?:i|we) (?:do|work on|tackle)(?: today| this week| first| next)?\b/i, 'all'],
];
// Asked or listed: a question word or a list verb first, or a question mark.
const ASKING = /^(?:who|which|what|what's|whats|any|are there|is there|do we have|have we got|list|show|give me|get me|see|tell me|let me see|pull up|display)\b|\?\s*$/i;
// An action asked for, how something works ("do clients get a reminder when an invoice is overdue?"), or a sorted
// list (a search): not the overview.
const ACTING = /^(?:send|resend|remind|chase|nudge|e-?mail|mark|create|make|add|delete|remove|void|cancel|record|invoice|bill|export|download|draft|write|compose|archive|update|change|set)\b|^how (?:can|do|would|should|could|to)\b/i;
// ("Could you show me what's overdue?" asks for the list itself.)
const HOW_IT_WORKS = /^(?:do|does|did|can|could|will|would|why|how|when)\b(?!\s+we\s+have\b)(?!\s+you\s+(?:please\s+)?(?:show|list|tell|give|pull|get|find|display)\b)/i;
const SORTED = /\bsort(?:ed)?\b|\border(?:ed)?\s+by\b/i;
const MINE = /\b(?:my|mine|me|i)\b/i;
const OURS = /\b(?:us|we|our|everyone'?s?|everybody'?s?|all (?:the )?clients|whole (?:workspace|team)|the team'?s?|any ?one)\b/i;

/** The listAttention call the message asks for, or undefined. `clients`: the workspace's names, any of which written
 *  makes it a question about that client instead. */
export function readAttentionAsked(raw: string, clients: readonly string[] = []): Decision | undefined {
  const text = withoutOpening(raw);
  const words = text.split(/\s+/);
  if (!text || ACTING.test(text) || HOW_IT_WORKS.test(text) || SORTED.test(text) || !(ASKING.test(text) || words.length <= 4)) return undefined;
  const show = LISTS.find(([re]) => re.test(text))?.[1];
  // ("Any leads in healthcare we should follow up on?" is a search of leads.)
  if (!show || (show === 'all' && /\b(?:leads?|prospects?|active|inactive|past|archived)\b/i.test(text))) return undefined;
  const lower = text.toLowerCase();
  const named = clients.filter((c) => c.length > 2 && lower.includes(c.toLowerCase()));
  // ("is there anything overdue for Wattle & Gum?": the client's card shows what it owes and what is open.)
  const longest = [...named].sort((a, b) => b.length - a.length)[0];
  if (longest && ASKING.test(text) && ['overdue', 'unpaid', 'quotes'].includes(show)) return { kind: 'calls', calls: [{ tool: 'showClient', args: { client: longest } }] };
  if (named.length) return undefined;
  // A name written in capitals after the first word is a client's ("any unpaid invoices from Hooli?").
  if (words.slice(1).some((w) => /^\p{Lu}[\p{L}&'.-]+/u.test(w) && !/^I(?:'\w+)?$/.test(w))) return undefined;
  const scope = MINE.test(text) && !OURS.test(text) ? 'mine' : 'workspace';
  return { kind: 'calls', calls: [{ tool: 'listAttention', args: { ...(show === 'all' ? {} : { show }), scope } }] };
}
