// "send Orchard Lane's invoices to Mei from now on", "invoices for Acme should go to Jane", "Jane at Acme gets the
// invoices now": who receives a client's invoices, said as where they go. It makes that contact the billing default
// (updateContact), where the classifier read an invitation or a send. Taken only for a client the workspace has and
// a person named as one (a known contact, or a name written with capitals); an address there is a new contact's.
import type { Decision } from '../types';
import { looksLikeName } from './find-client-name';
import { isKnownName } from './match-known';
import { REQUEST_LEAD } from './request-words';

const SEND = String.raw`(?:send|email|e-mail|mail|direct|address|route|forward)\s+(?:all\s+)?`;
const INVOICES = String.raw`(?:invoices|bills|invoicing)`;
const GO = String.raw`(?:should\s+|will\s+|must\s+|can\s+)?(?:go|goes|be\s+sent|be\s+addressed|get\s+sent)\s+to`;
const LATER = String.raw`(?:\s+(?:from\s+now\s+on|going\s+forward|in\s+future|in\s+the\s+future|now|instead|from\s+today))*[\s.!]*$`;
// [client, person] or [person, client] per pattern: the first group is the client unless `personFirst`.
const SAID: Array<{ re: RegExp; personFirst?: boolean }> = [
  { re: new RegExp(String.raw`${REQUEST_LEAD}${SEND}(.+?)['’]s?\s+${INVOICES}\s+to\s+(.+?)${LATER}`, 'iu') },
  { re: new RegExp(String.raw`${REQUEST_LEAD}${SEND}(?:the\s+)?${INVOICES}\s+(?:for|of|from)\s+(.+?)\s+to\s+(.+?)${LATER}`, 'iu') },
  { re: new RegExp(String.raw`${REQUEST_LEAD}(?:the\s+)?${INVOICES}\s+(?:for|of|from)\s+(.+?)\s+${GO}\s+(.+?)${LATER}`, 'iu') },
  { re: new RegExp(String.raw`${REQUEST_LEAD}(.+?)['’]s?\s+${INVOICES}\s+${GO}\s+(.+?)${LATER}`, 'iu') },
  { re: new RegExp(String.raw`${REQUEST_LEAD}(.+?)\s+(?:at|from|of)\s+(.+?)\s+(?:gets|receives|should\s+get|should\s+receive|will\s+get|will\s+receive|takes|handles)\s+(?:the\s+|their\s+|all\s+(?:the\s+|their\s+)?)?${INVOICES}${LATER}`, 'iu'), personFirst: true },
];
const NOT_ASKED = /\b(?:don'?t|do not|never|not|no longer)\b|\?\s*$/i;

type Known = { clients?: string[]; contacts?: string[] };

export function readInvoicesTo(text: string, known: Known | undefined): Decision | undefined {
  if (!known?.clients?.length || NOT_ASKED.test(text)) return undefined;
  for (const { re, personFirst } of SAID) {
    const m = re.exec(text);
    if (!m) continue;
    const [client, contact] = (personFirst ? [m[2], m[1]] : [m[1], m[2]]).map((s) => s.trim());
    if (!isKnownName(client, known.clients) || /@|\s(?:and|to)\s/i.test(contact)) continue;
    if (!isKnownName(contact, known.contacts) && !(looksLikeName(contact) && contact.split(/\s+/).length <= 3)) continue;
    return { kind: 'calls', calls: [{ tool: 'updateContact', args: { client, contact, billingDefault: true } }] };
  }
  return undefined;
}
