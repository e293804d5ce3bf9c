// "List clients with no email", "which clients are missing a VAT number?", "export leads without a phone number":
// the clients that lack one detail (findClients or exportCsv with `missing`), where every client had been listed.
// The details and their words are the client model's (missing-details.ts).
import { MISSING_DETAIL_FIELDS } from '../../../domain/clients/missing-details';
import type { Decision, PlannedCall } from '../types';
import { withoutOpening } from './request-words';

const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BY_WORD = new Map(MISSING_DETAIL_FIELDS.flatMap((f) => [f.key.toLowerCase(), ...f.words].map((w) => [w.toLowerCase(), f.key] as const)));
const WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => literal(w).replace(/ /g, '\\s+')).join('|');

const LEAD = String.raw`(?:(list|show|find|get|give|pull\s+up|display|search|export|download)(?:\s+me)?\s+(?:all\s+)?(?:(?:the|our|my)\s+)?|(?:which|what|any|are\s+there\s+any)\s+)?`;
const KIND = String.raw`(?:(lead|active|inactive|past|archived)\s+)?(clients?|customers?|accounts?|companies|leads|prospects)`;
const LACKING = String.raw`(?:\s+(?:do\s+we\s+have|we\s+have|are\s+there))?\s+(?:with\s+no|without|missing|lacking|lack|(?:that|who|which)\s+(?:are\s+missing|lack|(?:have|has)\s+no|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+have)|(?:have|has)\s+no|are\s+missing|(?:don'?t|do\s+not)\s+have)`;
const DETAIL = String.raw`\s+(?:an?\s+|any\s+|the(?:ir)?\s+)?(${WORDS})s?(?:\s+(?:numbers?|address(?:es)?|ids?))?`;
const TAIL = String.raw`(?:\s+(?:set|on\s+file|yet|listed|added|assigned|at\s+all))*\s*[?.!]*$`;
const ASKED = new RegExp(`^${LEAD}${KIND}${LACKING}${DETAIL}${TAIL}`, 'i');
const SAID = new RegExp(`${LACKING}${DETAIL}\\b`, 'i');
const LISTS = new Set(['findClients', 'exportCsv']);

export function readMissingAsked(raw: string): Decision | undefined {
  const m = ASKED.exec(withoutOpening(raw));
  const missing = m && BY_WORD.get(m[4].toLowerCase().replace(/\s+/g, ' '));
  if (!m || !missing) return undefined;
  const [verb, state, noun] = [m[1]?.toLowerCase(), m[2]?.toLowerCase(), m[3].toLowerCase()];
  const args: Record<string, unknown> = { missing };
  if (state === 'archived') args.archived = 'archived';
  else if (state) args.status = state;
  else if (/^(?:leads|prospects)$/.test(noun)) args.status = 'lead';
  return { kind: 'calls', calls: [{ tool: verb === 'export' || verb === 'download' ? 'exportCsv' : 'findClients', args }] };
}

/** A list read with other filters that also says what the clients lack ("clients in Germany with no email"). */
export function withMissingSaid<C extends PlannedCall>(call: C, text: string): C {
  if (!LISTS.has(call.tool) || call.args.missing !== undefined) return call;
  const m = SAID.exec(text);
  const missing = m && BY_WORD.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  if (!m || !missing) return call;
  const args: Record<string, unknown> = { ...call.args, missing };
  // ("find clients missing an address" had searched for "missing an address".)
  if (typeof args.query === 'string' && m[0].toLowerCase().includes(args.query.toLowerCase())) delete args.query;
  return { ...call, args };
}
