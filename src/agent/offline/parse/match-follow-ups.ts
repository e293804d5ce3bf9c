// The steps after a draft or an enrichment (tools beyond the contract): sending the stored draft ("send it", "send
// the draft to Atlas", "looks good, send the email") and applying website findings ("apply the website findings for
// X", "use the phone from the enrichment", "overwrite the industry with the one from the website").
// sendOutreach takes the draft's id, which only the conversation knows: the matcher plans `draftId: 'latest'`
// (and the client it named, if any) and parseCommand puts the id of the draft in memory in its place.
import { call, type Matcher } from './clause';
import { cleanRef } from './clean-names';

const OK = String.raw`(?:(?:yes|yep|yeah|sure|great|perfect|nice|good|looks good|lgtm|all good|fine|that's good|that works|approved)[,!.]?\s+)*`;
const THE_DRAFT = String.raw`(?:it|this|that|this one|that one|(?:the|this|that|my|our|your)\s+(?:(?:outreach|re-?engagement|win-?back|check-?in|follow-?up)\s+)?(?:draft|outreach|e-?mail|message|note|letter|one)(?:\s+(?:draft|e-?mail))?)`;
const SEND = String.raw`(?:send|ship|fire off|mail|e-?mail|dispatch|go ahead and send)`;
const WHEN = String.raw`(?:\s+(?:now|then|as is|as it is|right away|please|off|out|over))*`;
const SEND_FORMS: RegExp[] = [
  // "send the draft to Atlas", "send it", "send that email off now"
  new RegExp(String.raw`^${OK}${SEND}\s+${THE_DRAFT}${WHEN}(?:\s+(?:to|for)\s+(.+?))?${WHEN}$`, 'i'),
  // "send Atlas the draft", "send the Atlas draft"
  new RegExp(String.raw`^${OK}${SEND}\s+(.+?)\s+(?:the|that|this|our|my)\s+(?:draft|outreach(?:\s+e-?mail)?)${WHEN}$`, 'i'),
  new RegExp(String.raw`^${OK}${SEND}\s+the\s+(.+?)\s+(?:draft|outreach(?:\s+e-?mail)?)${WHEN}$`, 'i'),
  // "yes, send", "go ahead, send it out"
  new RegExp(String.raw`^${OK}(?:go ahead(?:\s+and)?[,]?\s+)?send(?:\s+it)?${WHEN}$`, 'i'),
];

export const matchSendOutreach: Matcher = (c) => {
  if (/\b(?:portal|invite|invitation|invoice|csv|export|link|spreadsheet)\b/i.test(c.text)) return null;
  for (const re of SEND_FORMS) {
    const m = re.exec(c.text);
    if (!m) continue;
    const client = m[1] ? cleanRef(m[1]) : undefined;
    if (client && /^(?:them|their primary contact|the (?:primary )?contact|the client|him|her|it)$/i.test(client)) return call('sendOutreach', { draftId: 'latest' });
    return call('sendOutreach', { draftId: 'latest', client });
  }
  return null;
};

// Proposal fields by the words people use for them.
const FIELD_WORDS: Array<[RegExp, string]> = [
  [/^(?:industry|sector|vertical)$/i, 'industry'],
  [/^(?:phone(?:\s+number)?|telephone|number|tel)$/i, 'phone'],
  [/^(?:(?:billing\s+|postal\s+|street\s+)?address|location)$/i, 'address'],
  [/^(?:billing\s+e-?mail|invoice\s+e-?mail|accounts\s+e-?mail|e-?mail(?:\s+address)?)$/i, 'billingEmail'],
  [/^(?:description|about(?:\s+text)?|summary|blurb|bio)$/i, 'description'],
  [/^(?:linked-?in(?:\s+(?:page|url|profile))?)$/i, 'linkedin'],
];
const FIELD = String.raw`(?:(?:new|proposed|suggested|found|their|its)\s+)?(?:industry|sector|vertical|phone(?:\s+number)?|telephone|number|tel|(?:billing\s+|postal\s+|street\s+)?address|location|(?:billing\s+|invoice\s+|accounts\s+)?e-?mail(?:\s+address)?|description|about(?:\s+text)?|summary|blurb|bio|linked-?in(?:\s+(?:page|url|profile))?)`;
const FIELDS = String.raw`(${FIELD}(?:\s*(?:,|and|&|\+|plus)\s*(?:the\s+)?${FIELD})*)`;
const SOURCE = String.raw`(?:(?:the|their|its|that)\s+)?(?:website|web\s?site|site|web|enrichment|findings|proposals|suggestions|lookup|results|scan)(?:'s|’s)?`;
const FINDINGS = String.raw`(?:(?:all\s+(?:of\s+)?)?(?:the|those|these|its|their)\s+)?(?:(?:website|web|site|enrichment)\s+)?(?:findings|proposals|suggestions|proposed changes|suggested changes|changes|results|enrichment(?:\s+(?:results|data))?|enriched data|details (?:you )?found|what you found|everything(?: you found)?|them|those|these)`;
const TO = String.raw`(?:\s+(?:for|to|on|onto)\s+(.+?))?`;

const APPLY_ALL = new RegExp(String.raw`^${OK}(?:apply|accept|use|take|keep|save|approve|go with|confirm)\s+${FINDINGS}(?:\s+(?:from|off|of)\s+${SOURCE})?${TO}$`, 'i');
const APPLY_FIELDS = new RegExp(String.raw`^${OK}(?:apply|accept|use|take|keep|save|go with|copy|pull in|grab)\s+(?:the\s+)?${FIELDS}(?:\s+(?:that\s+|which\s+)?(?:you\s+)?found)?\s+(?:from|off|on|in|of)\s+${SOURCE}${TO}$`, 'i');
const OVERWRITE = new RegExp(String.raw`^${OK}(?:overwrite|replace|override|update)\s+(?:(.+?)(?:'s|’s|')\s+|the\s+)?${FIELDS}\s+(?:with|from|using|by)\s+(?:the\s+)?(?:ones?|values?|proposals?|what(?:'s| is)\s+on)?\s*(?:(?:from|on|in|of)\s+)?${SOURCE}${TO}$`, 'i');

function fieldList(words: string): string[] {
  const out: string[] = [];
  for (const part of words.split(/\s*(?:,|\band\b|&|\+|\bplus\b)\s*/i)) {
    const w = part.trim().replace(/^(?:the|new|proposed|suggested|found|their|its)\s+/i, '');
    const hit = FIELD_WORDS.find(([re]) => re.test(w));
    if (hit && !out.includes(hit[1])) out.push(hit[1]);
  }
  return out;
}

export const matchApplyEnrichment: Matcher = (c) => {
  const t = c.text;
  let m = OVERWRITE.exec(t);
  if (m) {
    const fields = fieldList(m[2]);
    if (fields.length) return call('applyEnrichment', { client: cleanRef(m[3] ?? m[1]) ?? 'it', fields, overwrite: fields });
  }
  m = APPLY_FIELDS.exec(t);
  if (m) {
    const fields = fieldList(m[1]);
    if (fields.length) return call('applyEnrichment', { client: cleanRef(m[2]) ?? 'it', fields });
  }
  m = APPLY_ALL.exec(t);
  // "apply them" or "use those" alone could be anything; they need the source or a word for findings.
  if (m && (/\b(?:findings|proposals|suggestions|changes|results|enrich\w*|found|website|site|web)\b/i.test(t))) {
    return call('applyEnrichment', { client: cleanRef(m[1]) ?? 'it' });
  }
  return null;
};
