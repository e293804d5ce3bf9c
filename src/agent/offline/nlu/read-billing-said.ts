// A contact who gets the invoices, said in words the tagger did not mark: "send invoices to her", "invoices go to
// them", or a trailing "... and also the billing contact" that reads as a clause of its own.
import type { PlannedCall } from '../types';
import type { Span } from './assemble-calls';
import { looksLikeName } from './find-client-name';
import type { Clause, Reading } from './command-reader';
import { slotValue } from './slot-values';
import { COURTESY_TOKEN } from './courtesy';

const CONTACT_TOOLS = new Set(['addContact', 'updateContact']);
const INVOICES_TO = /\binvoices?\s+(?:should\s+|will\s+|ought\s+to\s+|must\s+|can\s+)?(?:go|goes|be sent|be addressed)\s+to\s+(?:her|him|them)\b|\b(?:send|sends|email|mail|direct|address)\s+(?:all\s+)?(?:the\s+|their\s+|our\s+)?invoices\s+to\s+(?:her|him|them)\b/i;
const FLAGS = new Set(['primary', 'billingDefault', 'portalEnabled']);

/** The call with `billingDefault` when its clause says the invoices go to the person. */
export function withInvoicesTo<C extends PlannedCall>(call: C, text: string): C {
  if (!CONTACT_TOOLS.has(call.tool) || call.args.billingDefault !== undefined || !INVOICES_TO.test(text)) return call;
  return { ...call, args: { ...call.args, billingDefault: true } };
}

/** "make Camila the main contact ... and also the billing contact": a clause of flags alone adds them to the contact just changed. */
export function withTrailingFlags<C extends PlannedCall & { clause: Clause }>(calls: C[], picks: Array<{ clause: Clause; intent: string | null }>, today: Date): C[] {
  const out = [...calls];
  for (const pick of picks) {
    if (pick.intent || !pick.clause.spans.length || !pick.clause.spans.every((s) => FLAGS.has(s.slot))) continue;
    const k = out.findLastIndex((c) => c.clause.to < pick.clause.from);
    const prev = out[k];
    if (!prev || !CONTACT_TOOLS.has(prev.tool) || k !== out.length - 1) continue;
    const args = { ...prev.args };
    for (const span of pick.clause.spans) {
      const value = slotValue(span.slot, span.text, { today });
      if (typeof value === 'boolean' && args[span.slot] === undefined) args[span.slot] = value;
    }
    out[k] = { ...prev, args };
  }
  return out;
}

// What a contact is made: only adding or changing a contact takes these.
const CONTACT_FLAGS = new Set(['primary', 'billingDefault']);
const KEEP = new Set([...CONTACT_TOOLS, 'createClient', 'invitePortal', 'setPortalAccess:on', 'setPortalAccess:off', 'removeContact']);

/** "Rajesh from Tech Mahal must receive all the invoices, please make him the billing contact": a person, their client
 *  and what they are made (the billing or main contact) is a change of that contact, whatever else the words lean to.
 *  (The person may open the clause untagged, written as a name before "from", "of" or "at" the client.) */
export function withContactFlagSaid(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  // (Two actions joined, "remove him and make Ingrid the billing contact", are read apart, each on its own.)
  if (!top || KEEP.has(top) || SECOND_ACTION.test(clause.text)) return clause;
  const flag = clause.spans.some((s) => CONTACT_FLAGS.has(s.slot)) ? undefined : flagWritten(reading, clause);
  if (!flag && !clause.spans.some((s) => CONTACT_FLAGS.has(s.slot))) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 1) return clause;
  const person = clause.spans.some((s) => s.slot === 'person') ? undefined : personBefore(reading, clause.from, clients[0].from);
  if (!person && !clause.spans.some((s) => s.slot === 'person')) return clause;
  const spans = [...(person ? [person] : []), ...clause.spans, ...(flag ? [flag] : [])].sort((x, y) => x.from - y.from);
  const p = Math.max(0.8, clause.ranking.find((r) => r.label === 'updateContact')?.p ?? 0);
  return { ...clause, spans, ranking: [{ label: 'updateContact', p }, ...clause.ranking.filter((r) => r.label !== 'updateContact')] };
}

const SECOND_ACTION = /\b(?:and|then|also)\s+(?:(?:please|pls|also|then)\s+)?(?:make|set|add|remove|invite|send|archive|delete|change|update|mark|put|give)\b/i;

/** "Mrs. Ana Ruiz of …": the name opening the clause right before "from", "of" or "at" the client, as a person span. */
function personBefore(reading: Reading, from: number, client: number): Span | undefined {
  if (client - from < 2 || !/^(?:from|of|at|@)$/i.test(reading.tokens[client - 1].text)) return undefined;
  let a = from;
  if (COURTESY_TOKEN.test(reading.tokens[a].text)) a += reading.tokens[a + 1]?.text === '.' ? 2 : 1;
  const words = reading.tokens.slice(a, client - 1).map((t) => t.text);
  if (!words.length || words.length > 3 || !looksLikeName(words.join(' '))) return undefined;
  return { slot: 'person', text: reading.text.slice(reading.tokens[from].start, reading.tokens[client - 2].end), from, to: client - 2, margin: 0 };
}

const FLAG_WORD: Record<string, RegExp> = { billing: /^billing$/i, primary: /^(?:main|primary)$/i };

/** "make her the billing contact", "the main contact": the flag in words the tagger did not mark. */
function flagWritten(reading: Reading, clause: Clause): Span | undefined {
  for (let k = clause.from; k < clause.to; k++) {
    if (!/^(?:contact|person|default)$/i.test(reading.tokens[k + 1].text)) continue;
    const slot = FLAG_WORD.billing.test(reading.tokens[k].text) ? 'billingDefault' : FLAG_WORD.primary.test(reading.tokens[k].text) ? 'primary' : undefined;
    if (slot) return { slot, text: reading.tokens[k].text, from: k, to: k, margin: 0 };
  }
  return undefined;
}
