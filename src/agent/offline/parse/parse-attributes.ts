// Client attributes mentioned around a name: "website x.io, industry food, owner Sam, email a@b.co, +44 20 ...",
// "deal value $45,000", "billing in EUR", "Stockholm, Sweden", "contact Tom Becker", "notes: ...".
import { describeBusiness } from './describe-business';
import { parseAddress } from './parse-address';
import { findEmails, findPhones, findWebsites, withoutEmails, withoutWebsites } from './find-contacts-info';
import { findCurrency, findMoney } from './parse-money';
import { cleanRef, leadingPersonName } from './clean-names';

export type Attrs = Record<string, unknown>;

const STATUS_AS = /\bas\s+(?:a|an|our)?\s*(?:new\s+)?(active|inactive|past|former|lead|prospect|dormant)\b(?:\s+(?:client|customer|account))?/i;
// A status said on its own between commas: "Tidewater Kayaks, lead, tidewaterkayaks.com".
const STATUS_ALONE = /(?:^|[,;])\s*(?:an?\s+)?(active|inactive|past|former|lead|prospect|dormant)(?:\s+(?:client|customer|account))?\s*(?=[,;]|$)/i;
const STATUS_KEY = /\bstatus\s*(?::|is|=|to)?\s*(active|inactive|past|lead)\b/i;
const OWNER_RE = /\b(?:owner(?:\s+is)?|owned by|assign(?:ed)?\s+to|account manager(?:\s+is)?|managed by|handled by|rep(?:\s+is)?)\s*:?\s*(@[A-Z0-9]+|[\p{L}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)/iu;
const OWNER_IS = /(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+(?:(?:is|will be)\s+(?:the|their)\s+(?:owner|account manager)\b|(?:will own|owns|is going to own|will manage|manages|will handle|handles)\s+(?:it|them|this|the account)\b)/u;
const INDUSTRY_RE = /\b(?:industry|sector|vertical)\s*(?::|is|=)?\s*([^,;()]+?)(?=\s*(?:[,;()]|$|\band\b|\bowner\b|\bcurrency\b|\bwebsite\b))/i;
const INDUSTRY_IN = /\b(?:in|from)\s+the\s+([\p{L}][\p{L}\s&-]*?)\s+(?:industry|sector|space|business|vertical)\b/iu;
const TAX_RE = /\b(?:tax\s?id|tax number|vat(?:\s?(?:number|no\.?|id|reg(?:istration)?))?|ein|tin|uid)\s*(?::|is|#|=)?\s*([A-Z]{0,3}[\s-]?\d[\dA-Z.\/-]{3,})/i;
const IDNUM_RE = /\b(?:id number|id no\.?|customer (?:number|id|no\.?)|client (?:number|id)|account number|external id|reference number|ref(?:erence)?)\s*(?::|is|#|=)?\s*([A-Z0-9][A-Z0-9-]*)/i;
const VALUE_RE = /\b(?:deal value|contract value|deal size|value|worth|valued at|deal|contract|budget|retainer)\b/i;
const CURRENCY_RE = /\b(?:billing|billed|bill(?:s|ing)?|invoices?|invoiced|invoicing|pays?|paying|paid|currency|charge[sd]?|prices?)\b\s*(?:(?:is|will be|are|in|:|=|to be|them|us|us in)\s*)*([A-Z]{3}\b|[\p{L}\s]+)/iu;
const CONTACT_RE = /\b(?:contact(?:\s+person)?|the contact|main contact|primary contact|point of contact|poc|attn|talk to|speak to|ask for|ceo|cfo|coo|cto|founder|co-founder|managing director|md|director|president|boss|head)\b\s*(?::|is|=|-)?\s*/i;
const NOTES_RE = /\b(?:notes?|remarks?|comment)\s*:\s*(.+)$/is;

/** Reads every attribute it recognises; `segments` are the text's comma-separated parts (for addresses). */
export function parseClientAttributes(text: string, opts: { status?: boolean } = {}): Attrs {
  const out: Attrs = {};
  let rest = text;
  const notes = NOTES_RE.exec(rest);
  if (notes) { out.notes = notes[1].trim().replace(/[.]$/, ''); rest = rest.slice(0, notes.index); }
  const described = describeBusiness(rest);
  rest = described.rest;
  const email = findEmails(rest)[0];
  if (email) out.email = email;
  rest = withoutEmails(rest);
  const site = findWebsites(rest)[0];
  if (site) out.website = site;
  rest = withoutWebsites(rest);
  const tax = TAX_RE.exec(rest);
  if (tax) { out.taxId = tax[1].replace(/\s+/g, ''); rest = rest.replace(tax[0], ' '); }
  const idn = IDNUM_RE.exec(rest);
  if (idn && /\d/.test(idn[1])) { out.idNumber = idn[1]; rest = rest.replace(idn[0], ' '); }
  const valueKw = VALUE_RE.exec(rest);
  const money = findMoney(rest).filter((m) => !valueKw || m.index > valueKw.index);
  const valued = valueKw ? money[0] : money.find((m) => m.currency && m.text.length > 1 && /[$€£¥₹]|[A-Z]{3}|[kKmM]\b/.test(m.text));
  if (valued && (valueKw || valued.currency)) {
    out.value = valued.amount;
    if (valued.currency) out.currency = valued.currency;
    rest = rest.replace(valued.text, ' ');
  }
  const cur = CURRENCY_RE.exec(rest);
  const curCode = cur ? findCurrency(cur[1].split(/[,;.]/)[0]) : undefined;
  if (curCode) out.currency = curCode;
  else {
    const bare = /\bin\s+([A-Z]{3})\b/.exec(rest) ?? /(?:^|,)\s*([A-Z]{3})\s*(?:,|$)/.exec(rest);
    const code = bare ? findCurrency(bare[1]) : undefined;
    if (code) out.currency = code;
  }
  if (opts.status !== false) {
    const st = STATUS_AS.exec(rest) ?? STATUS_KEY.exec(rest) ?? STATUS_ALONE.exec(rest);
    // The status phrase goes, so that "as an active client in Warsaw, Poland" leaves "in Warsaw" for the address.
    if (st) { out.status = normaliseStatus(st[1]); rest = rest.replace(st[0], ' '); }
  }
  const owner = OWNER_RE.exec(rest) ?? OWNER_IS.exec(rest);
  if (owner) out.owner = ownerRef(owner[1]);
  const ind = INDUSTRY_RE.exec(rest) ?? INDUSTRY_IN.exec(rest);
  if (ind) out.industry = ind[1].trim();
  else if (described.industry) out.industry = described.industry;
  const contact = CONTACT_RE.exec(rest);
  if (contact) {
    const name = leadingPersonName(rest.slice(contact.index + contact[0].length));
    if (name) { out.contactName = name; rest = rest.replace(name, ' '); }
  }
  const phoneText = rest.replace(TAX_RE, ' ').replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  const phone = findPhones(phoneText)[0];
  if (phone) { out.phone = phone; rest = rest.replace(phone, ' '); }
  const segments = rest.split(/[,;]|\s[-–]\s|\.\s+|\band\b(?=\s+(?:based|located|headquartered))/).map((s) => s.trim()).filter(Boolean);
  const { address } = parseAddress(segments.filter((s) => !/\b(?:industry|owner|website|site|currency|contact|status|value|worth|bill|billing|invoices?|pays?|paid|tax|vat|email|phone)\b/i.test(s)));
  if (address) out.address = address;
  else if (described.city) out.address = { city: described.city };
  return out;
}

export function normaliseStatus(word: string): string {
  const w = word.toLowerCase();
  if (w === 'former') return 'past';
  if (w === 'prospect' || w === 'leads') return 'lead';
  if (w === 'dormant' || w === 'on hold' || w === 'on ice' || w === 'paused') return 'inactive';
  return w;
}

export function ownerRef(raw: string): string {
  const r = raw.trim();
  return r.startsWith('@') ? r.slice(1) : cleanRef(r) ?? r;
}
