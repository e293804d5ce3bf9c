// Names a command gives in so many words that the tagger did not mark: a document "titled 'Signed SOW'", an
// invoice "against the Phase 2 Rollout project". Only the phrase that names the field is read, so nothing else
// in the clause can land there.
import type { PlannedCall } from '../types';
import { countryCode, countryOfCode } from '../values/find-country';
import { findStatus } from '../values/lexicon';

const WORKSPACE_RENAME = /\brename\s+(?:our|the|my|this)\s+(?:workspace|studio|agency|business|company)\s+(?:to|as|into)\s+["'“‘]?([^"'”’?!]{2,60}?)["'”’]?\s*[?!.]*$/i;
const QUOTED_TITLE = /\b(?:titled|entitled|called|named|as|(?:call|name|title)\s+it)\s+["'“‘]([^"'”’]{2,80})["'”’]/i;
const BARE_TITLE = /\b(?:titled|entitled|(?:call|name|title)\s+it)\s+([^,;.]{2,60}?)\s*(?:[,;.]|$)/i;
// "..., title Pilot - 3 stores, good till ...": a title given as a labelled part, which wins over words the tagger took.
const TITLE_PART = /(?:^|[,;/]\s*)title\s*:?\s+(?!it\b)([^,;/]{2,60}?)\s*(?=[,;/]|$)/i;
const INVOICE_PROJECT = /\b(?:against|for|on|under)\s+the\s+["'“‘]?([^,;"”’]{2,60}?)["'”’]?\s+project\b/i;
// "invoice KSh 350,000 / project Warehouse WMS rollout / due end of month": a project given as a labelled part.
// "...; status active; owner Tariq": the teammate who owns a client, given as a labelled part.
const OWNER_PART = /(?:^|[;,]\s*)(?:owner|account owner|owned by)\s*:?\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s*(?=[;,.]|$)/u;
// "add keisha@northstar.com (Keisha Brown) to the team": the name in brackets beside an email is that person's.
const NAME_BESIDE_EMAIL = /\S+@\S+\s*\(\s*([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})\s*\)/u;
// "their VAT Number is GB 284 5512 09": a tax number said with its name, which the tagger can miss in capitals.
const TAX_NUMBER = /\b(?:VAT|tax|GST|GSTIN|EIN|TIN|ABN|USt-?IdNr)\.?\s*(?:ID|number|no\.?|#|reg(?:istration)?(?:\s+number)?)?\s*(?:is|:)?\s*((?:[A-Z]{2}\s?)?\d[\d .-]{4,18}\d)\b/i;
// Tax ids named by their country's acronym, letters and digits ("RFC SFO120315AB1", "NIF B12345678", "CUIT 30-71234567-8").
const NATIONAL_TAX = /\b(RFC|CUIT|CUIL|NIF|CIF|NIE|RUC|RUT|NIT|PAN|TRN|NPWP|P\.?\s?IVA)\.?\s*(?:number|no\.?|#)?\s*(?:is|:)?\s*((?=[A-Z0-9./-]*\d)[A-Z0-9][A-Z0-9./-]{5,20}[A-Z0-9])\b/;
// (A description, "for clients who pay late", names no group: the name ends at a stop or a setting.)
const GROUP_FOR = /\bgroup\s+for\s+((?:(?!(?:in|with|at|on|using|billed|and|maybe|please|pls|that|who|which)\b)[\p{L}\p{N}&'’-]+\s*){1,4})(?=$|[?.,;!]|(?:in|with|using|billed|maybe|please|pls)\b)/iu;
const BASED_IN = /\b(?:based|located|headquartered|situated|(?:studio|office|shop|HQ|team|business|company)\s+is|offices\s+are|they(?:'re|\s+are)|it(?:'s|\s+is))\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=\s*(?:[,.;!?)]|and\b|$))/u;
const TAX_NAME = /^(?:RFC|CUIT|CUIL|NIF|CIF|NIE|RUC|RUT|NIT|PAN|TRN|NPWP|P\.?\s?IVA|VAT|GST|GSTIN|EIN|TIN|ABN)$/i;
const QUOTED_PROJECT = /["“]([^"”]{2,60})["”]\s+project\b|\bproj(?:ect)?\.?:?\s+["“]([^"”]{2,60})["”]/i;
// ("phase 1 balance" is words; "60 000 SEK", "EUR 500", "¥340,000", "31 Oct" are not.)
const MONEY_OR_DATE = /^\W*[\d$€£¥₹]|[$€£¥₹]|\b[A-Z]{3}\s*\d|\d\s*(?:[A-Z]{3}\b|[kK]\b)|\b(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?\s*\d/;
const PROJECT_PART = /(?:^|[/;,]\s*)project\s+["“]?([^/;,"”]{2,60}?)["”]?\s*(?=[/;,.]|$)/i;

const CALLED = /\b(?:called|named|titled|with\s+(?:the\s+)?name|by\s+the\s+name(?:\s+of)?)\s+["'“‘]?([\p{Lu}\d][^,;.!?"”’]{0,60}?)["'”’]?\s*(?:[,;.!?]|$|\s(?:with|in|for|and|please|pls|thanks)\b)/u;
const CLIENT_CALLED = /\b(?:client|customer|company|lead|prospect)\s+(?:called|named)\s+["'“‘]?([\p{L}\d][^,;!?"”’]{0,60}?)["'”’]?\s*(?:[,;!?]|\.\s|\.?$|\s(?:with|in|for|and|please|pls|thanks)\b)/iu;
const GROUP_LABEL = /^\s*(?:the\s+)?group\s+["“]?([^:—–"”]{1,40}?)["”]?\s*[:—–]|^\s*(?:the\s+)?["“]?([^:—–"”]{1,40}?)["”]?\s+group\s*[:—–]/i;
const SETS = /\b(?:set|mark|make|move|put|now|as|to|is|are|they['’]re|it['’]s|gone|went|become|became|turned)\b/i;
const MARKED = /\b(?:mark|set|flip|move|switch|make)\s+(?:them|it|the (?:client|account))\s+(?:as\s+|to\s+|back to\s+)?(?:an?\s+)?([\w-]+)/i;
const CONTACT_SAID = /contact|person|speak|talk|point|reach|liaison|ask for|deal with|go-to|\bpoc\b/i;
const TERMS = /\bnet\s*(\d{1,3})\b|\b(\d{1,3}|seven|ten|fourteen|fifteen|twenty|twenty-one|twenty-eight|thirty|forty-five|sixty|ninety)[ -]days?\b/i;
const DAY_WORDS: Record<string, number> = { seven: 7, ten: 10, fourteen: 14, fifteen: 15, twenty: 20, 'twenty-one': 21, 'twenty-eight': 28, thirty: 30, 'forty-five': 45, sixty: 60, ninety: 90 };
const SHARED_NAMED = /\b(?:share|publish|show|unhide|hide)\s+(?:the|our|their|this|that)?\s*([\p{L}][\p{L}\p{N} &'.-]{1,60}?)\s+(?:with|to|from|in|on)\b/iu;
const QUOTE_FOR = /(?:\d|k|€|\$|£|¥|₹|\b[A-Z]{3})\s+for\s+(?:a|an|the|their|our)?\s*([\p{L}][\p{L}\p{N} &'-]{1,60}?)\s*[.!?]?$/u;
// What a note or a message says, in quotes or after the colon that follows the client's name.
const QUOTED_TEXT = /["“]([^"”]{3,500})["”]/;
const RENAME = /\b(?:renam\w*|name)\b.*?\s(?:to|→|->)\s+["“]?(.+?)["”]?\s*(?:[,;]|\s(?:per|because|since|please|pls|thanks)\b|$)/i;
const WORKSPACE_NAME = /\bname\s+(?:to\s+|→\s*|->\s*|is\s+|:\s*)?["“]?(.+?)["”]?[.!]?\s*$/i;

/** Text after "X:" where X is the client named in the clause ("Log a note on Larkspur & Finch: per our call, ..."). */
function afterClientColon(text: string, client: unknown): string | undefined {
  if (typeof client !== 'string' || !client) return undefined;
  const at = text.toLowerCase().indexOf(`${client.toLowerCase()}:`);
  const rest = at >= 0 ? text.slice(at + client.length + 1).trim() : '';
  return rest.split(/\s+/).length >= 2 ? rest : undefined;
}

// The EU's VAT prefixes (Greece's EL) and the UK's, Switzerland's and Norway's.
const VAT_PREFIXES = new Set('AT BE BG CY CZ DE DK EE EL ES FI FR GB HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK CH NO XI'.split(' '));

export function fillTitledDetails(call: PlannedCall, text: string): PlannedCall {
  const args = { ...call.args };
  // "is it possible to rename our workspace to Fieldnote Studio?": the new name after "to", its question mark left.
  if (call.tool === 'updateWorkspace' && args.name === undefined) {
    const named = WORKSPACE_RENAME.exec(text)?.[1];
    if (named) args.name = named;
  }
  if ((call.tool === 'addNote' || call.tool === 'messageClient') && args.text === undefined) {
    const said = QUOTED_TEXT.exec(text)?.[1] ?? afterClientColon(text, args.client);
    if (said && !/^\w+[:.]?$/.test(said.trim())) args.text = said.trim();
  }
  // "X: note — referral from Holmberg": the label that names the action is not part of what it says.
  if ((call.tool === 'addNote' || call.tool === 'messageClient') && typeof args.text === 'string') {
    const bare = args.text.replace(/^(?:notes?|message)\s*[:—–-]\s*/i, '').trim();
    if (bare) args.text = bare;
  }
  if ((call.tool === 'updateClient' || call.tool === 'updateGroup') && args.name === undefined) {
    const to = RENAME.exec(text)?.[1]?.trim();
    if (to && to.toLowerCase() !== String(args.client ?? args.group ?? '').toLowerCase()) args.name = to;
  }
  const target = call.tool === 'updateClient' ? 'client' : call.tool === 'updateGroup' ? 'group' : undefined;
  const nothingElse = Object.keys(args).every((k) => k === target);
  // "set them inactive", "terms of 21 days": a change with nothing read takes the one value its words name.
  if (call.tool === 'updateClient' && nothingElse && SETS.test(text)) {
    // ("is now a client, not a lead": what it no longer is says no status; a client now, or a paying one, is active.)
    const said = text.replace(/\b(?:not|no longer|never|instead of|rather than)\s+(?:an?\s+|the\s+)?[\w-]+/gi, ' ');
    const status = findStatus(said) ?? (/\b(?:now|become|became)\s+an?\s+(?:client|customer)\b|\b(?:proper|real|paying|actual)\s+(?:client|customer)\b/i.test(said) ? 'active' : undefined);
    if (status) args.status = status;
  }
  // "Jonas is leaving the team, so Bellweather goes to Aisha": a person beside a client's change is its contact only when so called.
  if (call.tool === 'updateClient' && args.contactName && !CONTACT_SAID.test(text)) delete args.contactName;
  // "..., set the end date and mark them past": a status the command sets by pronoun, beside other changes.
  const marked = call.tool === 'updateClient' && !args.status ? MARKED.exec(text) : null;
  if (marked) args.status = findStatus(marked[1]) ?? args.status;
  // ("Lumen Forge now pays in 45 days", "has 60 days to pay": a client's terms, said in words for paying.)
  const paying = call.tool === 'updateClient' && /\b(?:pays?|paying|payment|terms|settles?|to pay)\b/i.test(text);
  if ((call.tool === 'updateWorkspace' || call.tool === 'updateGroup' || paying) && nothingElse) {
    const days = TERMS.exec(text);
    if (days) args.paymentTerms = DAY_WORDS[(days[2] ?? '').toLowerCase()] ?? Number(days[1] ?? days[2]);
  }
  if (call.tool === 'updateWorkspace' && args.name === undefined && Object.keys(args).length === 0) {
    const name = WORKSPACE_NAME.exec(text)?.[1]?.trim();
    if (name && /\bworkspace\b/i.test(text)) args.name = name;
  }
  // "Group Nordics: currency SEK", "Nordics group — tone firm": the group a form-like line is about.
  if (call.tool === 'updateGroup' && args.group === undefined) {
    const m = GROUP_LABEL.exec(text);
    const group = (m?.[1] ?? m?.[2])?.trim();
    if (group) args.group = group;
  }
  // "A new group please, named Overseas Customers", "a project for them called "Shop Front Refit"".
  if ((call.tool === 'createGroup' || call.tool === 'createProject') && args.name === undefined) {
    const named = CALLED.exec(text)?.[1]?.trim();
    if (named) args.name = named;
  }
  // "tell Cedar Lane Dental their files are ready in the portal": what a message says is the words after whom it is to.
  if (call.tool === 'messageClient' && args.text === undefined && typeof args.client === 'string') {
    const at = text.toLowerCase().indexOf(args.client.toLowerCase());
    const before = at > 0 ? text.slice(0, at) : '';
    const rest = text.slice(at + args.client.length).replace(/^\s*(?:[:,—–-]\s*)?(?:that\s+|know\s+(?:that\s+)?)?/i, '').replace(/[\s.!]+$/, '');
    if (/^\W*(?:(?:please|pls|can you|could you)\s+)?(?:tell|let|message|msg|ping|text|inform|write to)\s*$/i.test(before) && rest.split(/\s+/).length >= 3) args.text = rest;
  }
  // "Studio Grafico 3D di Paola Ricci ..., she is also the contact": the owner the firm is named after is its contact.
  const owner = call.tool === 'createClient' && args.contactName === undefined ? / di (\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$/u.exec(String(args.name ?? ''))?.[1] : undefined;
  if (owner && /\b(?:she|he)\s+is\s+(?:also\s+)?(?:the|our)\s+(?:main\s+)?contact\b/i.test(text)) args.contactName = owner;
  // "closed-won Varga & Társa Kft. (Budapest, HU) - flip to active": a place in brackets after a client changed says
  // which client it is, not a move.
  const at = args.address as Record<string, unknown> | undefined;
  if (call.tool === 'updateClient' && at && typeof args.client === 'string' && typeof at.city === 'string' && Object.keys(at).every((k) => k === 'city' || k === 'country')
    && text.toLowerCase().includes(`${args.client.toLowerCase()} (${at.city.toLowerCase()}`)) delete args.address;
  // "Al Noor Trading LLC signed the NDA, can you add them?": an NDA signed is no deal won, so no active status.
  if (args.status === 'active' && /\bsigned\s+(?:the\s+|an\s+|our\s+)?(?:NDA|non-disclosure)/i.test(text) && !/\b(?:active|live|won|current)\b/i.test(text)) delete args.status;
  // "can you add a client called brightloop? lowercase is fine": a new client's name as written, lower case too.
  if (call.tool === 'createClient' && args.name === undefined) {
    const named = CLIENT_CALLED.exec(text)?.[1]?.trim();
    if (named) args.name = named;
  }
  const labelled = (call.tool === 'addDocument' || call.tool === 'createQuote') ? TITLE_PART.exec(text)?.[1].trim().replace(/^["'“‘](.*)["'”’]$/, '$1') : undefined;
  if (labelled) args.title = labelled;
  if (call.tool === 'addDocument' && args.title === undefined) {
    const title = QUOTED_TITLE.exec(text) ?? BARE_TITLE.exec(text);
    if (title && !/[/\\]|\.\w{2,4}$/.test(title[1])) args.title = title[1].trim();
  }
  // "could we make a group for small studios? maybe in EUR": the group is named by what it is for.
  // (Where the tagger took part of it, "indie" of "indie bookshops", the whole.)
  if (call.tool === 'createGroup') {
    const named = GROUP_FOR.exec(text)?.[1]?.trim();
    if (named && (args.name === undefined || (typeof args.name === 'string' && named.toLowerCase().startsWith(args.name.toLowerCase())))) args.name = named;
  }
  // "a quote for Maple & Birch Realty: CRM migration, 24,000 CAD": the words after the client's colon, to the comma.
  if (call.tool === 'createQuote' && args.title === undefined) {
    const parts = afterClientColon(text, args.client)?.split(/[,;]/).map((p) => p.trim()) ?? [];
    // (The first part that is words, not the amount: "quote X: 2,000 EUR, website refresh".)
    const first = parts.find((p) => /\p{L}/u.test(p) && !/\d|[$€£¥₹]|\b(?:then|and|send|due|valid)\b/i.test(p) && p.split(/\s+/).length <= 6);
    if (first) args.title = first;
  }
  // "share the contract with Lumen Forge": the document named between the verb and the client (a word for any
  // document, "the file", names none).
  if (call.tool === 'shareDocument' && args.document === undefined) {
    const named = SHARED_NAMED.exec(text)?.[1]?.trim();
    if (named && !/^(?:it|them|this|that|these|those|document|documents|doc|docs|file|files|pdf|one)$/i.test(named)) args.document = named;
  }
  // "quote Lumen Forge 3k for a logo": what the quote is for, last, after the amount (never the client it is for).
  if (call.tool === 'createQuote' && args.title === undefined) {
    const forWhat = QUOTE_FOR.exec(text)?.[1]?.trim();
    const pronoun = /^(?:it|them|that|this|those|these|him|her|us|me|one)$/i;
    if (forWhat && !pronoun.test(forWhat) && !/\d|[$€£¥₹]/.test(forWhat) && String(args.client ?? '').toLowerCase() !== forWhat.toLowerCase()) args.title = forWhat;
  }
  // "quote Lumio Labs "APAC Expansion" A$22,000": a quote's one quoted phrase is its title.
  if (call.tool === 'createQuote' && args.title === undefined) {
    const quoted = [...text.matchAll(/["“]([^"”]{2,80})["”]/g)];
    if (quoted.length === 1 && quoted[0][1].trim().toLowerCase() !== String(args.client ?? '').toLowerCase()) args.title = quoted[0][1].trim();
  }
  if (call.tool === 'inviteMember' && args.name === undefined) {
    const name = NAME_BESIDE_EMAIL.exec(text)?.[1];
    if (name) args.name = name;
  }
  if ((call.tool === 'createClient' || call.tool === 'updateClient') && args.taxId === undefined) {
    const tax = TAX_NUMBER.exec(text)?.[1];
    if (tax && !Object.values(args).includes(tax)) args.taxId = tax.trim();
    const national = tax ? undefined : NATIONAL_TAX.exec(text);
    if (national) args.taxId = national[2];
  }
  // 'hide the document "Draft Price List"': the word "document" taken for the document's name gives way to the quoted name.
  if (typeof args.document === 'string' && /^(?:the\s+)?(?:document|doc|file|pdf)$/i.test(args.document)) {
    const quoted = [...text.matchAll(/["“]([^"”]{2,80})["”]/g)];
    if (quoted.length === 1) {
      args.document = quoted[0][1].trim();
      if (String(args.project ?? '').toLowerCase() === String(args.document).toLowerCase()) delete args.project;
    }
  }
  // "the tax number of Quinta do Vale Lda is PT 503 221 874": a VAT number's country prefix is part of it.
  if (typeof args.taxId === 'string' && /^\d/.test(args.taxId)) {
    const at = text.indexOf(args.taxId);
    const prefix = at > 0 ? /(?:^|[\s:(])([A-Z]{2})\s?$/.exec(text.slice(Math.max(0, at - 4), at))?.[1] : undefined;
    if (prefix && VAT_PREFIXES.has(prefix)) args.taxId = `${prefix}${text.slice(at - (text.slice(0, at).endsWith(' ') ? 1 : 0), at)}${args.taxId}`;
  }
  // (The tax id's acronym and number the tagger took for a region and a postcode belong to the tax id: "CUIT 30-…".)
  const address = args.address as Record<string, unknown> | undefined;
  if (typeof args.taxId === 'string' && address) {
    for (const [k, v] of Object.entries(address)) if (typeof v === 'string' && (TAX_NAME.test(v) || (v.length > 3 && (args.taxId as string).includes(v)))) delete address[k];
    if (!Object.keys(address).length) delete args.address;
  }
  if ((call.tool === 'createClient' || call.tool === 'updateClient') && args.owner === undefined) {
    const owner = OWNER_PART.exec(text)?.[1];
    if (owner && owner.toLowerCase() !== String(args.name ?? args.client ?? '').toLowerCase()) args.owner = owner;
  }
  // "- Holmberg Arkitekter: 60 000 SEK, Construction docs, due 31 Oct": an invoice's words part, after its client's colon, is what it is for.
  if (call.tool === 'createInvoice' && args.description === undefined && args.project === undefined) {
    const parts = afterClientColon(text, args.client)?.split(/[,;]/).map((p) => p.trim()) ?? [];
    const words = parts.find((p) => /\p{L}/u.test(p) && !MONEY_OR_DATE.test(p) && !/\b(?:then|and|send|due|net|invoice|bill|please|pls|them)\b/i.test(p) && p.split(/\s+/).length <= 6);
    if (words && parts.some((p) => /\d/.test(p))) args.description = words;
  }
  // 'an invoice for the Kauri Digital "Site migration" project', 'proj "Kai renovering"': a quoted project, said to be one.
  const quotedProject = call.tool === 'createInvoice' && args.project === undefined ? QUOTED_PROJECT.exec(text) : null;
  if (quotedProject) {
    args.project = (quotedProject[1] ?? quotedProject[2]).trim();
    if (String(args.description ?? '').toLowerCase() === String(args.project).toLowerCase()) delete args.description;
  }
  if (call.tool === 'createInvoice' && args.project === undefined) {
    const project = INVOICE_PROJECT.exec(text) ?? PROJECT_PART.exec(text);
    // A project named as the invoice's description is its description ("for the brochure job").
    if (project && project[1].trim().toLowerCase() !== String(args.description ?? '').toLowerCase()) args.project = project[1].trim();
  }
  // "new client Kiri & Co Pty Ltd, Sydney NSW :flag-au:": Slack's flag says the new client's country.
  const flag = call.tool === 'createClient' ? countryOfCode(/:flag-([a-z]{2}):/i.exec(text)?.[1] ?? '') : undefined;
  const placed = (args.address ?? {}) as Record<string, unknown>;
  if (flag && placed.country === undefined) args.address = { ...placed, country: flag };
  // "Their studio is in Stoke-on-Trent": where a new client is, said in a sentence of its own.
  const based = call.tool === 'createClient' && args.address === undefined ? BASED_IN.exec(text)?.[1] : undefined;
  if (based) {
    const country = countryCode(based);
    args.address = country ? { country } : { city: based };
  }
  // "invoice them for the oak staircase": what the invoice is for, without the article ("oak staircase").
  if (typeof args.description === 'string' && /^the\s+\S/.test(args.description)) args.description = args.description.slice(4).trim();
  return { ...call, args };
}
