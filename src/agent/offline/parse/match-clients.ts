// Notes, archive/unarchive/delete, show, and create: the verbs that act on a whole client record.
import { call, type Clause, type Matcher } from './clause';
import { cleanRef } from './clean-names';
import { LEGAL_ABBR } from './lexicon';
import { parseClientAttributes } from './parse-attributes';

const SEP = String.raw`\s*(?::|\s[-–—]\s|,\s*(?:that|saying)?|\s+that\s+|\s+saying\s+|\s+-\s*)\s*`;
const NOTE_PATTERNS = [
  new RegExp(String.raw`^(?:add|put|leave|write|post|attach|log|make|save|create|jot|drop)\s+(?:down\s+)?(?:a\s+|an\s+)?(?:quick\s+|short\s+|new\s+)?note\s+(?:to|on|for|against|about|under|in)\s+(.+?)${SEP}(.+)$`, 'is'),
  new RegExp(String.raw`^note\s+(?:on|for|to|about|re:?)?\s*(.+?)${SEP}(.+)$`, 'is'),
  new RegExp(String.raw`^(?:(?:jot|note|write|put)\s+(?:this\s+|that\s+|it\s+)?down|log|record|remember|make a note|add)\s+(?:for|on|about|under|to)\s+(.+?)${SEP}(.+)$`, 'is'),
  new RegExp(String.raw`^(?:add|put|write|log)\s+(?:to|in|on)\s+(.+?)(?:'s|’s|'|’)\s+notes?${SEP}(.+)$`, 'is'),
  new RegExp(String.raw`^(?:add|put|log|write)\s+(?:a\s+)?note\s*:\s*(.+?)\s+(?:to|for|on)\s+(.+)$`, 'is'),
  /^(?:add|put|log|write|leave|make)\s+(?:a\s+)?(?:quick\s+)?note\s*(?::|-|saying|that)\s*()(.+)$/is,
];

// "note that they found us via Instagram", "note: prefers calls": a note on the client just named.
const NOTE_THAT = /^(?:(?:please\s+)?(?:note|jot down|write down|log|record|remember|add a note|make a note)\s+(?:down\s+)?that|note\s*:|nb\s*:)\s*(.+)$/is;

export const matchNote: Matcher = (c) => {
  const that = NOTE_THAT.exec(c.text);
  if (that && c.previousClient) return call('addNote', { client: 'it', text: that[1].trim() });
  for (let i = 0; i < NOTE_PATTERNS.length; i++) {
    const m = NOTE_PATTERNS[i].exec(c.text);
    if (!m) continue;
    const [client, text] = i === 4 ? [m[2], m[1]] : [m[1], m[2]];
    const ref = i === 5 ? 'it' : cleanRef(client);
    const body = text.trim().replace(/^["“']|["”']$/g, '').trim();
    if (ref && body) return call('addNote', { client: ref, text: body });
  }
  return null;
};

/** "Initech and Globex", "A, B and C" -> references (not splitting "Smith and Sons", "Salt and Pepper Studio"). */
export function splitList(span: string): string[] {
  const parts: string[] = span.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?!(?:sons?|daughters?|co\b|company|partners|associates|friends|family|more)\b)/i)
    .map((p) => cleanRef(p)).filter((p): p is string => !!p);
  // "Ferris Wheel Toys, they closed down": a lower-case part after capitalised names is a remark, not a name.
  if (parts.some((p) => /^[\p{Lu}\d"']/u.test(p))) {
    const keep: string[] = [];
    for (const p of parts) { if (!/^[\p{Lu}\d"']/u.test(p)) break; keep.push(p); }
    if (keep.length) parts.splice(0, parts.length, ...keep);
  }
  // Two single words around "and" with a third word after ("Salt and Pepper Studio") are one name.
  if (parts.length === 2 && /\s/.test(parts[1]) && !/\s/.test(parts[0]) && / and /i.test(span) && !/,/.test(span)) {
    const words = parts[1].split(/\s+/);
    if (words.length >= 2 && /^(?:studio|studios|bakery|kitchen|design|co|company|group|ltd|llc|inc)$/i.test(words[words.length - 1])) return [cleanRef(span)!];
  }
  return parts;
}

const many = (tool: string, span: string) => splitList(span).flatMap((client) => call(tool, { client }));

export const matchArchive: Matcher = (c) => {
  const t = c.text.replace(/^(?:permanently|completely|fully|really)\s+/i, '');
  let m = /^(?:unarchive|un-archive|restore|unhide|recover|reinstate)\s+(.+?)(?:\s+(?:from|out of)\s+(?:the\s+)?archived?(?:\s+clients)?)?$/i.exec(t)
    ?? /^(?:take|get|bring|pull|move)\s+(.+?)\s+(?:back\s+)?(?:out of|from)\s+(?:the\s+)?archive$/i.exec(t)
    ?? /^bring\s+(.+?)\s+back(?:\s+from\s+(?:the\s+)?archive)?$/i.exec(t);
  if (m) return many('unarchiveClient', m[1]);
  m = /^(?:archive|shelve)\s+(.+)$/i.exec(t) ?? /^(?:move|put|send|file)\s+(.+?)\s+(?:to|in|into)\s+(?:the\s+)?archives?$/i.exec(t);
  if (m) return many('archiveClient', m[1]);
  m = /^(?:delete|erase|purge|wipe(?: out)?|destroy|remove|get rid of|drop)\s+(?:the\s+)?(?:client\s+|customer\s+|record\s+(?:of|for)\s+)?(.+?)(?:\s+(?:permanently|for good|completely|entirely|forever|from (?:my|our|the) (?:clients|client list|list|crm|system|database)))*$/i.exec(t);
  // "remove her" is about a person just mentioned, never a client.
  if (m && /^(?:her|him)$/i.test(m[1].trim())) return call('removeContact', { client: 'it', contact: m[1].trim() });
  if (m && !/\b(?:contact|portal|note|invoice|payment|project)\b/i.test(m[1])) return many('deleteClient', m[1]);
  return null;
};

const SHOW = /^(?:show|display|open|view|pull up|bring up|get|fetch|look up|lookup|check|see|give me|find)\s+(?:me\s+)?(?:up\s+)?(?:the\s+)?(?:(?:details|info|information|record|card|profile|page|file|summary|overview)\s+(?:for|on|of|about)\s+)?(.+?)(?:(?:'s|’s|'|’)\s+(?:details|info|record|card|profile|page|file))?$/i;
const ASK = [
  /^(?:tell me about|what do (?:we|you) (?:have|know) (?:on|about)|how(?:'s| is)|what(?:'s| is) (?:up|new|going on) with|(?:what(?:'s| is) )?(?:the )?status (?:of|on|for)|details (?:for|on|of|about)|info (?:on|about|for))\s+(.+?)(?:\s+doing)?$/i,
  /^what(?:'s| is| else is)?\s+(?:still\s+)?missing\s+(?:on|for|from|in)\s+(.+?)(?:\s+(?:before|so|for|to)\b.*)?$/i,
  /^(?:is|are)\s+(.+?)\s+(?:ready|set up|good)\s+(?:to|for)\s+(?:be\s+)?invoic.*$/i,
  /^what\s+(?:do|does|would)\s+(?:i|we)\s+need\s+(?:to\s+(?:invoice|bill)|before\s+(?:invoicing|billing))\s+(.+)$/i,
  /^can\s+(?:i|we)\s+(?:invoice|bill)\s+(.+?)\s+yet$/i,
  /^who(?:'s| is| are)\s+(?:the\s+)?(?:primary\s+|main\s+|billing\s+|finance\s+)?(?:contacts?|people)\s+(?:at|for|of|with)\s+(.+)$/i,
  /^who\s+(?:owns|manages|handles|looks after|is responsible for|is in charge of)\s+(.+)$/i,
  /^(?:show|give|tell)\s+(?:me\s+)?(?:everything|all)\s+(?:we have\s+)?(?:on|about|for)\s+(.+)$/i,
  /^how much\s+(?:does|do|did|has)\s+(.+?)\s+(?:owe|pay|paid|spend|spent|still owe)\b.*$/i,
  /^what(?:'s| is| are)\s+(.+?)(?:'s|’s|')\s+(?:balance|e-?mail|phone|website|address|status|contacts?|invoices?|projects?|owner|revenue|currency|payment terms|details)\b.*$/i,
  /^(?:list|show|see|view)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:contacts|invoices|projects|notes|balance|people|payments)\s+(?:at|for|of|from|with)\s+(.+)$/i,
  /^is\s+(.+?)\s+(?:archived|active|inactive|a lead|a past client|invoice[- ]ready|set up)$/i,
];

export const matchShow: Matcher = (c) => {
  for (const re of ASK) {
    const m = re.exec(c.text);
    const ref = m ? cleanRef(m[1]) : undefined;
    if (ref) return call('showClient', { client: ref });
  }
  const m = SHOW.exec(c.text);
  const ref = m ? cleanRef(m[1]) : undefined;
  if (!ref || /^find\b/i.test(c.text)) return null;
  return call('showClient', { client: ref });
};

const CREATE = /^(?:add|create|register|onboard|set up|setup|open|make|enter|put|sign up|save|insert)\s+(?:an?\s+)?(?:new\s+)?(?:(?:client|customer|account|company|lead|prospect)(?:\s+(?:record|entry|profile|card|file|page))?\s*(?:called|named|for)?)?\s*(?:called|named)?\s*[:,\-–—]?\s*(.+)$/i;
const CREATE_NEW = /^(?:new|another)\s+(?:client|customer|lead|prospect|account)\s*(?:called|named)?\s*[:,\-–—]?\s*(.+)$/i;
const CREATE_WE = /^(?:we\s+(?:have|got|signed|landed|won)\s+(?:a\s+)?new\s+(?:client|customer|lead))\s*[:,-]?\s*(.+)$/i;
const MANY = /^(?:add|create)\s+(?:(?:two|three|four|five|six|\d+|both|these|the following|some|a few)\s+)?(?:new\s+)?(?:clients|customers|leads)\s*:?\s*(.+)$/i;
const BOUNDARY = /\s*(?:[,;:(]|\s[-–—]\s|\.\s+(?=\S)|\s+(?:to|into)\s+(?:my|our|the)\s+(?:clients?|customers?|list|crm|client list|book)\b|\s+to\s+(?:clients|customers|the crm)\b|\s+as\s+(?:a|an|our|the|new|my|active|inactive|past|lead|prospect|client|customer|former)\b|\s+with\s+|\s+(?:in|from)\s+(?=\p{Lu})|\s+(?:based|located|headquartered)\s+|\s+(?:website|site|web|email|e-mail|phone|tel|industry|sector|currency|owner|worth|valued|value|deal|contract|tax|vat|contact|notes?|status|billing|bills?|invoices?|pays?|who|which|they|that|whose|owned|managed)\b|\s+(?=\S+@\S+)|\s+(?=https?:\/\/|www\.)|\s+(?=\+?\(?\d[\d\s().-]{6,}))/iu;

const BOUNDARY_ALL = new RegExp(BOUNDARY.source, 'giu');
/** The first boundary; a capitalised keyword is part of the name ("Kontor Pay", "Blue Contact Lenses"). */
function firstBoundary(b: string): RegExpExecArray | null {
  BOUNDARY_ALL.lastIndex = 0;
  for (let m = BOUNDARY_ALL.exec(b); m; m = BOUNDARY_ALL.exec(b)) {
    if (!m[0]) { BOUNDARY_ALL.lastIndex++; continue; }
    if (!/^\s+\p{Lu}\p{Ll}/u.test(m[0]) || m.index === 0) return m;
  }
  return null;
}

/** Splits "Acme Corp, website acme.io" into the name and the attribute text. */
export function splitNameAndTail(body: string): { name?: string; tail: string } {
  let b = body.trim();
  let quoted: string | undefined;
  const q = /^["“'‘](.+?)["”'’](.*)$/.exec(b);
  if (q) { quoted = q[1]; b = q[2]; }
  if (quoted) return { name: cleanRef(quoted), tail: b };
  const m = firstBoundary(b);
  // "S.A." and "B.V." end in a dot that is not a sentence end.
  let cut = m ? m.index : b.length;
  let dot = m && /^\.\s/.test(m[0]);
  // Several in a row: "sp. z o.o.", "Pty. Ltd.".
  while (dot && cut < b.length && LEGAL_END.test(b.slice(0, cut))) {
    const again = firstBoundary(b.slice(cut + 1));
    cut = again ? cut + 1 + again.index : b.length;
    dot = !!again && /^\.\s/.test(again[0]);
  }
  return { name: cleanRef(b.slice(0, cut)), tail: b.slice(cut) };
}

const LEGAL_END = new RegExp(String.raw`(?:\b[A-Za-z]\.[A-Za-z]|\b(?:${LEGAL_ABBR}|Dr|St|Jr|Sr))$`, 'u');

export function createFrom(body: string): ReturnType<Matcher> {
  const { name, tail } = splitNameAndTail(body);
  if (!name || /^(?:a|an|the|new|client|clients|it|them|this|that|her|him|they|us|me|one|another|more|notes?|a note|contacts?|projects?|invoices?)$/i.test(name)) return null;
  return call('createClient', { name, ...parseClientAttributes(tail) });
}

export const matchCreate: Matcher = (c) => {
  const many0 = MANY.exec(c.text);
  if (many0 && /,|\band\b/.test(many0[1])) {
    return many0[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((n) => cleanRef(n)).filter((n): n is string => !!n)
      .flatMap((name) => call('createClient', { name }));
  }
  // "add Zenith Partners and Apex Analytics as clients": the plural says the list is several names.
  const plural = /^(?:add|create|register|onboard)\s+(.+?)\s+as\s+(?:new\s+)?(clients|customers|accounts|leads|prospects)$/i.exec(c.text);
  if (plural && /,|\band\b|&/.test(plural[1])) {
    const names = splitList(plural[1]);
    const status = /^(?:leads|prospects)$/i.test(plural[2]) ? { status: 'lead' } : {};
    if (names.length > 1) return names.flatMap((name) => call('createClient', { name, ...status }));
  }
  const m = CREATE_WE.exec(c.text) ?? CREATE_NEW.exec(c.text) ?? CREATE.exec(c.text);
  if (!m) return null;
  // "new lead: X", "new prospect - X": the kind said is the status.
  const lead = /^(?:new|another)\s+(?:lead|prospect)\b/i.test(c.text);
  if (lead) { const made = createFrom(m[1]); return made?.map((k) => ({ ...k, args: { status: 'lead', ...k.args } })) ?? null; }
  if (/^(?:put|make|open|enter)\b/i.test(c.text) && !/\b(?:clients?|customers?|crm)\b/i.test(c.text)) return null;
  return createFrom(m[1]);
};

export const clientMatchers: Matcher[] = [matchNote, matchArchive];
export type { Clause };
