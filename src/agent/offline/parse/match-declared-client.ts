// A client introduced as a fact rather than a command: "Copperleaf Studio is a lead, site copperleaf.studio",
// "Harborview Dental is a new client", "we've got a new prospect: Mosaic Health, email ...", "there's a new lead -
// X". The status is set only when the sentence says one ("a lead", "a new active client"). A change of status of a
// client we already have ("X is a lead again", "X is now a former client", "X became a lead") stays an update.
import { call, type Matcher } from './clause';
import { isPronoun } from './clean-names';
import { splitNameAndTail } from './match-clients';
import { normaliseStatus, parseClientAttributes } from './parse-attributes';

const NOUN = String.raw`(lead|prospect|client|customer|account)`;
const ADJ = String.raw`(?:(active|inactive|past|former|potential|prospective|big|small|possible)\s+)?`;
const TAIL = String.raw`(?:\s*(?:[,;:(]|\s[-–—]\s|\s+with\s+|\s+(?=(?:site|website|web|email|phone|industry|based|located|in|from)\b))\s*(.*))?`;
const DECLARED = new RegExp(String.raw`^(.+?)\s+(?:is|'s|’s)\s+(?:a|an|another|our|my)\s+(new\s+)?${ADJ}${NOUN}(?:\s+(?:of ours|for us|we (?:just )?(?:got|signed|landed|won)))?${TAIL}$`, 'i');
const WE_GOT = new RegExp(String.raw`^(?:(?:we|i)(?:'ve|\s+have)?\s+(?:just\s+)?(?:got|gotten|have|signed|landed|won|picked up|gained)|there(?:'s|\s+is)|here(?:'s|\s+is)|got)\s+(?:a\s+|an\s+|another\s+)?(new\s+)?${ADJ}${NOUN}\s*(?:called|named)?\s*[:,-–—]?\s*(.+)$`, 'i');
// "now", "again", "back", "became": about a client that exists.
const CHANGE = /\b(?:now|again|anymore|any more|no longer|back|became|become|has become|turned|since)\b/i;
const VERB_START = /^(?:add|create|new|please|register|onboard|make|set|put|send|invite|show|find|list|mark|who|which|what|how|is|are)\b/i;

function statusOf(noun: string, adj: string | undefined): string | undefined {
  if (/^(?:lead|prospect)$/i.test(noun) || /^(?:potential|prospective|possible)$/i.test(adj ?? '')) return 'lead';
  return adj && /^(?:active|inactive|past|former)$/i.test(adj) ? normaliseStatus(adj) : undefined;
}

function create(nameSpan: string, tail: string, status: string | undefined): ReturnType<Matcher> {
  const { name, tail: rest } = splitNameAndTail(nameSpan);
  if (!name || isPronoun(name) || /,/.test(name) || VERB_START.test(name)) return null;
  const attrs = parseClientAttributes(`${rest} ${tail ? `, ${tail}` : ''}`);
  return call('createClient', { name, ...attrs, ...(status ? { status } : {}) });
}

export const matchDeclaredClient: Matcher = (c) => {
  const t = c.text;
  const we = WE_GOT.exec(t);
  if (we) return create(we[4], '', statusOf(we[3], we[2]));
  const m = DECLARED.exec(t);
  if (!m || CHANGE.test(t.slice(0, t.length - (m[5]?.length ?? 0)))) return null;
  const [, subject, isNew, adj, noun, tail] = m;
  // "X is an active client" (no "new", nothing more said) reads as a status change of a client we have.
  if (!isNew && adj && !/^(?:potential|prospective|possible)$/i.test(adj) && !tail && !/^(?:lead|prospect)$/i.test(noun)) return null;
  if (!isNew && !tail && /^(?:client|customer|account)$/i.test(noun)) return null;
  if (/,/.test(subject) || VERB_START.test(subject)) return null;
  return create(subject, tail ?? '', statusOf(noun, adj));
};
