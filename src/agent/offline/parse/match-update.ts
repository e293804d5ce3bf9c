// Client field changes: status ("Acme is active now", "mark Globex as inactive"), owner ("assign X to Lena"),
// group, currency ("bill X in CAD from now on"), address ("X moved to ..."), dates, and "X's FIELD is VALUE".
import { call, type Matcher } from './clause';
import { cleanRef } from './clean-names';
import { findEmails, findWebsites, cleanWebsite } from './find-contacts-info';
import { fieldOf } from './lexicon';
import { parseAddress } from './parse-address';
import { normaliseStatus, ownerRef, parseClientAttributes } from './parse-attributes';
import { parseDate } from './parse-dates';
import { findCurrency, findMoney } from './parse-money';

const STATUS = String.raw`(active|inactive|in-active|past|former|lead|prospect|dormant|on hold|on ice|paused|a lead|a prospect|an? (?:active|inactive|past|former) (?:client|customer|account))`;
const FIELD = String.raw`(payment terms?|terms|reminder tone|reminders?|tone|billing currency|currency|tax ?id|tax number|vat(?: number| id)?|id number|customer number|account number|(?:(?:billing|invoicing|invoice|accounts|finance|main|general|contact)\s+)?e-?mail(?: address)?|phone(?: number)?|telephone|number|website|web ?site|site|url|homepage|domain|industry|sector|owner|account manager|group|start date|end date|deal value|contract value|value|billing address|address|status|name)`;

function statusOf(s: string): string {
  return normaliseStatus(s.replace(/^an?\s+/i, '').replace(/\s+(?:client|customer|account)$/i, '').replace('in-active', 'inactive'));
}

/** A field's value in its contract form. */
export function fieldValue(field: string, raw: string, today: Date): unknown {
  const v = raw.trim().replace(/[.!]+$/, '').replace(/\s+(?:now|from now on|going forward|please)$/i, '').trim();
  switch (field) {
    case 'email': return findEmails(v)[0] ?? v.toLowerCase();
    case 'website': return findWebsites(v)[0] ?? cleanWebsite(v);
    case 'currency': return findCurrency(v);
    case 'paymentTerms': { const n = /(\d{1,3})/.exec(v); return n ? Number(n[1]) : undefined; }
    case 'reminderTone': return v.toLowerCase().replace(/^(?:a|an)\s+/, '').replace(/\s+(?:tone|reminders?)$/, '');
    case 'owner': return ownerRef(v);
    case 'group': return cleanRef(v.replace(/\s+group$/i, ''));
    case 'startDate': case 'endDate': return parseDate(v, today, 'nearest');
    case 'value': return findMoney(v)[0]?.amount;
    case 'status': return statusOf(v);
    case 'address': {
      const segs = v.split(/\s*,\s*/);
      const { address } = parseAddress(segs);
      if (address) return address;
      return segs.length >= 2 ? { line1: segs[0], city: segs[segs.length - 1] } : { city: v };
    }
    default: return v;
  }
}

function fieldCall(client: string, fieldWords: string, value: string, today: Date) {
  const field = fieldOf(fieldWords);
  if (!field) return null;
  // "their site is x.io and the contact is Lucas Martin": the first part is the value, the rest more attributes.
  const cut = field === 'address' ? null : /\s+and\s+(?:the\s+|their\s+|its\s+)?(?=[a-z])|\s*[,;]\s+/i.exec(value);
  const more = cut ? parseClientAttributes(value.slice(cut.index + cut[0].length), { status: false }) : {};
  const own = cut ? value.slice(0, cut.index) : value;
  const out: Record<string, unknown> = { ...more, client: cleanRef(client) ?? 'it', [field]: fieldValue(field, own, today) };
  if (field === 'value') { const cur = findMoney(value)[0]?.currency; if (cur) out.currency = cur; }
  if (out[field] === undefined) return null;
  return call('updateClient', out);
}

export const matchUpdate: Matcher = (c) => {
  const t = c.text;
  // A subject never starts with a verb or spans a comma ("add Sakura Foods, they pay in yen" is a create).
  const subjectOk = (s: string) => !/,/.test(s) && !/^(?:add|create|new|please|register|onboard|make|set|put|send|invite|show|find|list)\b/i.test(s);
  let m: RegExpExecArray | null;
  m = new RegExp(String.raw`^(.+?)\s+(?:is|are|'s|has become|became|went|turned|is now back)\s+(?:now\s+)?(?:officially\s+)?${STATUS}(?:\s+(?:client|customer|account))?(?:\s+(?:now|again|as of today))?$`, 'i').exec(t);
  if (m && subjectOk(m[1]) && !/^(?:who|which|what|how many)\b/i.test(m[1])) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', status: statusOf(m[2]) });
  m = new RegExp(String.raw`^(?:set|change|update|switch|move)\s+(?:the\s+)?(?:status|stage)\s+(?:of|for|on)\s+(.+?)\s+to\s+${STATUS}$`, 'i').exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', status: statusOf(m[2]) });
  m = new RegExp(String.raw`^(?:set|change|update|switch|move)\s+(?:the\s+|their\s+|its\s+)?(?:status|stage)\s+to\s+${STATUS}(?:\s+(?:for|on)\s+(.+))?$`, 'i').exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[2]) ?? 'it', status: statusOf(m[1]) });
  m = new RegExp(String.raw`^(?:mark|set|move|change|switch|flag|make|put|update|turn)\s+(.+?)\s+(?:as\s+|to\s+|status\s+to\s+|into\s+|back\s+to\s+)?${STATUS}(?:\s+(?:client|customer|account|status))?(?:\s+(?:now|again))?$`, 'i').exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', status: statusOf(m[2]) });
  m = /^(.+?)\s+(?:has\s+|have\s+)?(?:churned|cancell?ed (?:on us|their contract|the contract))$/i.exec(t);
  if (m && subjectOk(m[1])) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', status: 'past' });
  m = /^we\s+(?:just\s+|finally\s+|have\s+|'ve\s+)?(won|lost|signed|closed)\s+(?:with\s+|on\s+)?(.+)$/i.exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[2]) ?? 'it', status: /lost/i.test(m[1]) ? 'past' : 'active' });
  m = /^(?:assign|give|hand(?:\s+over)?|transfer|reassign|move)\s+(.+?)\s+(?:over\s+)?to\s+(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)$/u.exec(t.replace(/^(\w)/, (x) => x.toLowerCase()));
  if (m && !/\b(?:archive|group|portal)\b/i.test(m[2])) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', owner: ownerRef(m[2]) });
  m = /^(?:make|set)\s+(@[A-Z0-9]+|\S+(?:\s+\S+)??)\s+(?:as\s+)?(?:the\s+)?(?:owner|account manager)\s+(?:of|for|on)\s+(.+)$/i.exec(t)
    ?? /^(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*)\s+(?:owns|will own|is taking over|takes over|will handle|handles|will manage|manages)\s+(.+)$/u.exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[2]) ?? 'it', owner: ownerRef(m[1]) });
  // The passive: "X is now owned by Tomasz", "X will be handled by @U02", "X belongs to Lena now".
  m = /^(.+?)\s+(?:is|are|will be|should be|gets|is going to be)\s+(?:now\s+)?(?:owned|managed|handled|run|looked after|taken over|covered)\s+by\s+(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)(?:\s+(?:now|from now on|going forward))?$/u.exec(t)
    ?? /^(.+?)\s+(?:belongs|goes)\s+to\s+(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)(?:\s+(?:now|from now on|going forward))?$/u.exec(t);
  if (m && subjectOk(m[1]) && !/\bgroup\b/i.test(t)) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', owner: ownerRef(m[2]) });
  m = /^(?:put|move|add|assign|place|file)\s+(.+?)\s+(?:in|into|to|under)\s+(?:the\s+)?(.+?)\s+group$/i.exec(t)
    ?? /^(?:put|move|add|assign|place|file)\s+(.+?)\s+(?:in|into|to|under)\s+(?:the\s+)?group\s+(.+)$/i.exec(t) ?? /^(.+?)\s+(?:belongs|goes)\s+(?:in|into|to)\s+(?:the\s+)?(.+?)\s+group$/i.exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', group: cleanRef(m[2]) });
  m = /^(?:bill|invoice|charge)\s+(.+?)\s+in\s+(.+?)(?:\s+(?:from now on|going forward|in (?:the )?future|instead|now|from here on))?$/i.exec(t)
    ?? /^(.+?)\s+(?:pays?|will pay|wants to pay|prefers to pay|(?:is|are|should be|gets|get|will be|wants to be|needs to be|must be|prefers to be|would like to be)\s+(?:billed|invoiced|charged))\s+in\s+(.+?)(?:\s+(?:from now on|going forward|now|instead))?$/i.exec(t)
    ?? /^(?:switch|change|move)\s+(.+?)(?:'s\s+(?:billing\s+)?currency)?\s+to\s+([A-Z]{3}|[a-z ]*(?:dollars?|euros?|pounds?|yen|francs?|kron\w+))(?:\s+billing)?$/i.exec(t);
  if (m && (subjectOk(m[1]) || /^(?:bill|invoice|charge|switch|change|move)\b/i.test(t))) { const cur = findCurrency(m[2]); if (cur) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', currency: cur }); }
  m = /^(.+?)\s+(?:has\s+)?(?:moved|relocated|is moving)\s+(?:offices?\s+)?to\s+(.+)$/i.exec(t) ?? /^(?:new|update(?: the)?)\s+address\s+(?:for|of)\s+(.+?)\s*[:,-]\s*(.+)$/i.exec(t);
  if (m && subjectOk(m[1])) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', address: fieldValue('address', m[2], c.today) });
  const placed = declaredPlace(t, c.today);
  if (placed && subjectOk(placed.client)) return call('updateClient', { client: cleanRef(placed.client) ?? 'it', address: placed.address });
  m = /^(.+?)\s+(?:started|began|start(?:ed)? working|came on board|signed on|joined|has been a client)\s+(?:with us\s+)?(?:on|in|from|since)?\s*(.+)$/i.exec(t);
  if (m && subjectOk(m[1])) { const d = parseDate(m[2], c.today, 'past'); if (d) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', startDate: d }); }
  m = /^(.+?)(?:'s|’s|'|’)?\s+(?:engagement|contract|project|relationship|work|retainer|collaboration)?\s*(?:ended|ends|finished|stopped|wrapped up|will end|is ending|concluded)\s+(?:on|in|at)?\s*(.+)$/i.exec(t);
  if (m && subjectOk(m[1])) { const d = parseDate(m[2], c.today, 'nearest'); if (d) return call('updateClient', { client: cleanRef(m[1].replace(/(?:'s|’s|'|’)?\s+(?:engagement|contract|relationship|work|retainer|collaboration)$/i, '')) ?? 'it', endDate: d }); }
  m = /^(.+?)\s+(?:is|'s)\s+(?:now\s+)?(?:worth|valued at)\s+(?:about\s+|around\s+|roughly\s+)?(.+)$/i.exec(t);
  if (m && subjectOk(m[1])) { const v = findMoney(m[2])[0]; if (v) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', value: v.amount, currency: v.currency }); }
  m = /^rename\s+(.+?)\s+(?:to|as)\s+(.+)$/i.exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', name: cleanRef(m[2]) });
  m = new RegExp(String.raw`^(?:change|update|set|fix|correct|edit|make)\s+(.+?)(?:'s|’s|'|’)\s+${FIELD}\s+(?:to|=|:|as|is)\s*(.+)$`, 'i').exec(t);
  if (m) return fieldCall(m[1], m[2], m[3], c.today);
  m = new RegExp(String.raw`^(?:change|update|set|fix|correct|edit|put)\s+(?:the\s+)?${FIELD}\s+(?:for|of|on|at)\s+(.+?)\s+(?:to|=|:|as)\s*(.+)$`, 'i').exec(t);
  if (m) return fieldCall(m[2], m[1], m[3], c.today);
  m = new RegExp(String.raw`^(.+?)(?:'s|’s|'|’)\s+(?:new\s+)?${FIELD}\s+(?:is|are|should be|has changed to|changed to|will be)\s+(?:now\s+)?(.+)$`, 'i').exec(t);
  if (m && subjectOk(m[1])) return fieldCall(m[1], m[2], m[3], c.today);
  m = new RegExp(String.raw`^(?:set|change|update)\s+(?:the\s+|their\s+|its\s+)?${FIELD}\s+(?:to|=|:)\s*(.+)$`, 'i').exec(t)
    ?? new RegExp(String.raw`^(?:their|its)\s+(?:new\s+)?${FIELD}\s+(?:is|are|will be)\s+(.+)$`, 'i').exec(t);
  if (m) return fieldCall('it', m[1], m[2], c.today);
  m = new RegExp(String.raw`^(?:change|update|set|edit)\s+(.+?)\s+${FIELD}\s+(?:to|=|:)\s*(.+)$`, 'i').exec(t);
  if (m) return fieldCall(m[1], m[2], m[3], c.today);
  m = new RegExp(String.raw`^(.+?)\s+(?:has|got|now has)\s+(?:a\s+)?new\s+${FIELD}\s*[:,-]?\s*(.+)$`, 'i').exec(t);
  if (m && subjectOk(m[1])) return fieldCall(m[1], m[2], m[3], c.today);
  m = new RegExp(String.raw`^(?:the\s+)?${FIELD}\s+(?:for|of|on)\s+(.+?)\s+(?:is|should be|will be|is now|has changed to|changed to|=)\s+(.+)$`, 'i').exec(t);
  if (m) return fieldCall(m[2], m[1], m[3], c.today);
  m = /^(?:update|change|edit|amend)\s+(?:the\s+)?(?:client\s+)?(.+?)\s*(?::|,|\s-\s|\swith\s)\s*(.+)$/i.exec(t);
  if (m && subjectOk(m[1])) {
    const attrs = parseClientAttributes(m[2]);
    if (Object.keys(attrs).length) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', ...attrs });
  }
  m = /^(.+?)\s+(?:is|pays|are)\s+(?:on\s+)?net\s?(\d{1,3})(?:\s+terms)?$/i.exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[1]) ?? 'it', paymentTerms: Number(m[2]) });
  return null;
};

const STREET_LIKE = /\d|\b(?:street|st|avenue|ave|road|rd|lane|boulevard|blvd|way|drive|calle|strasse|straße|str|weg|platz|rue|via|plaza|square|gracht|kade|laan)\b/i;

/** Where a client is, said as a fact: "X is in Berlin, Germany", "X is based in Chicago now", "X is at 1 Main St, ...",
 *  "X's office is at ...". "is in" needs a known place ("X is in trouble" is not an address). */
function declaredPlace(t: string, today: Date): { client: string; address: unknown } | null {
  const text = t.replace(/[.!]+$/, '').replace(/\s+(?:now|these days|nowadays|from now on)$/i, '');
  const office = /^(.+?)(?:'s|’s|'|’)\s+(?:new\s+)?(?:office|offices|hq|headquarters|head office|main office|location|premises|studio)\s+(?:is|are)\s+(?:now\s+)?(?:at|in|located at|located in)?\s*(.+)$/i.exec(text);
  const at = office ?? /^(.+?)\s+(?:is|are)\s+(?:now\s+)?(?:at|located at|based at)\s+(.+)$/i.exec(text);
  if (at && (office || STREET_LIKE.test(at[2].split(',')[0]))) return { client: at[1], address: fieldValue('address', at[2], today) };
  const based = /^(.+?)\s+(?:is|are)\s+(?:now\s+)?(?:based|located|headquartered|situated|registered)\s+in\s+(.+)$/i.exec(text);
  const isIn = based ?? /^(.+?)\s+(?:is|are)\s+(?:now\s+)?in\s+(.+)$/i.exec(text);
  if (!isIn) return null;
  const segs = isIn[2].split(/\s*,\s*/);
  const { address } = parseAddress(segs);
  if (address && (address.city || address.country)) return { client: isIn[1], address };
  if (based && segs.length === 1 && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(segs[0])) return { client: isIn[1], address: { city: segs[0] } };
  return null;
}
