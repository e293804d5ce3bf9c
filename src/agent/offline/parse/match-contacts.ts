// Contacts: add ("add Tom Becker to Kestrel as project manager, tom@k.de"), update ("make Jane the primary contact
// at Acme", "change Aiko's email at Initech to ..."), remove ("remove Bob Smith from Acme Corp's contacts").
import { call, type Clause, type Matcher } from './clause';
import { cleanRef, leadingPersonName } from './clean-names';
import { findEmails, findPhones, withoutEmails } from './find-contacts-info';
import { findRole, contactFieldOf } from './lexicon';
import { countryCode } from './find-country';
import { isKnownCity, regionOf } from './find-region';

const isPlace = (s: string) => !!(countryCode(s) || regionOf(s) || isKnownCity(s));

const NOT_A_CLIENT = /^(?:my|our|the|all)?\s*(?:clients?|customers?|client list|list|crm|archive|portal|group|.*\bgroup)$/i;
export const PERSON_OR_EMAIL = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}(?:\s+\S+@\S+)?$|^\S+@\S+$/u;

/** A person as typed: "Don Draper", "don@y.com", "Don Draper (don@y.com)", "Don Draper <don@y.com>". */
export function isPerson(span: string): boolean {
  const bare = withoutEmails(span).replace(/[()<>,]/g, ' ').replace(/\s+/g, ' ').trim();
  return PERSON_OR_EMAIL.test(bare || span.trim());
}

/** Details said about a contact: email, phone, role, flags and a title. */
export function contactDetails(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const email = findEmails(text)[0];
  if (email) out.email = email;
  const noMail = withoutEmails(text);
  const phone = findPhones(noMail)[0];
  if (phone) out.phone = phone;
  const role = findRole(noMail);
  if (role) out.role = role;
  if (/\bprimary\b|\bmain contact\b/i.test(noMail) && !/\bnot (?:the )?primary\b/i.test(noMail)) out.primary = true;
  if (/\bbilling (?:default|contact|person)\b|\bdefault (?:for )?billing\b|\bbilling\b.*\bdefault\b|\binvoices? go(?:es)? to\b/i.test(noMail)) out.billingDefault = true;
  if (/\b(?:no|without|disable[ds]?|not? (?:give|grant)?)\s*(?:client\s+)?portal(?: access)?\b/i.test(noMail)) out.portalEnabled = false;
  else if (/\b(?:with|enable[ds]?|give|grant)\s+(?:client\s+)?portal(?: access)?\b/i.test(noMail)) out.portalEnabled = true;
  const title = /\b(?:title|job title|position)\s*(?::|is|=)?\s*([^,;]+)/i.exec(noMail);
  if (title) out.jobTitle = title[1].trim();
  return out;
}

/** "as project manager" / "as primary contact" / "as Head of Marketing" -> role, flags or jobTitle. */
export function asPhrase(phrase: string): Record<string, unknown> {
  const details = contactDetails(phrase);
  delete details.phone;
  if (!details.role && !details.primary && !details.billingDefault && !('portalEnabled' in details)) {
    const title = phrase.replace(/^(?:their|the|our|a|an|new)\s+/gi, '').replace(/(?:^|\s+)contact(?:\s+person)?$/i, '').trim();
    if (title && !/@/.test(title)) details.jobTitle = title;
  }
  return details;
}

function personFields(person: string): Record<string, unknown> {
  const email = findEmails(person)[0];
  const name = leadingPersonName(withoutEmails(person).trim());
  return { name: name && !/@/.test(name) ? name : undefined, email };
}

function addCall(client: string | undefined, person: string, rest: string): ReturnType<Matcher> {
  const details = contactDetails(rest);
  const who = personFields(person);
  if (!who.name && !who.email && !details.email) return null;
  return call('addContact', { client: client ?? 'it', ...who, ...details, email: who.email ?? details.email });
}

export const matchAddContact: Matcher = (c) => {
  const t = c.text;
  let m = /^(?:add|create|new)\s+(?:a\s+)?(?:new\s+)?contact(?:\s+person)?\s+(?:to|for|at|on)\s+(.+?)\s*[:,-]\s*(.+)$/i.exec(t);
  if (m) {
    const name = leadingPersonName(m[2]);
    return addCall(cleanRef(m[1]), name ?? m[2].split(',')[0], m[2]);
  }
  m = /^(?:add|create|new)\s+(?:a\s+)?(?:new\s+)?contact(?:\s+person)?(?:\s*[:,-]\s*|\s+(?=\p{Lu}|\S+@))(.+)$/iu.exec(t);
  if (m && !/\s(?:to|for|at)\s+\p{Lu}/u.test(m[1])) return addCall('it', leadingPersonName(m[1]) ?? m[1].split(',')[0], m[1]);
  m = /^(?:add|create|new)\s+(?:a\s+)?(?:new\s+)?contact(?:\s+person)?\s*:?\s+(.+?)\s+(?:to|for|at|on)\s+([^,]+?)(?:\s+as\s+([^,]+))?(?:,\s*(.+))?$/i.exec(t);
  if (m) return addWithAs(m[2], m[1], m[3], m[4]);
  m = /^(?:add|put)\s+(.+?)\s*,?\s+(to|for|at|on|in)\s+(?!the\s+portal)([^,]+?)(?:\s+as\s+([^,]+?))?(?:,\s*(.+))?$/i.exec(t);
  // "add Globex in Berlin": "in" a place is where a new client is, not a contact at a client.
  if (m && /^(?:in|at)$/i.test(m[2]) && (isPlace(m[3]) || (m[2].toLowerCase() === 'in' && !/\bcontacts?\b|\bteam\b/i.test(m[3])))) m = null;
  if (m) m.splice(2, 1);
  // "Add Jane Roe, jane@acme.com, to Acme": the person's details may sit between the name and "to".
  if (m && /,/.test(m[1]) && isPerson(m[1]) && /@/.test(m[1])) {
    return addWithAs(m[2].replace(/(?:'s|’s)?\s+contacts?$/i, ''), m[1], m[3], m[4]);
  }
  if (m && PERSON_OR_EMAIL.test(m[1].trim()) && !NOT_A_CLIENT.test(m[2].trim()) && !/\bgroup\b/i.test(m[2])
    && (/@/.test(m[1]) || m[3] || m[4] || /\bcontacts?\b/i.test(m[2]) || c.text.split(/\s+/).length <= 8)) {
    return addWithAs(m[2].replace(/(?:'s|’s)?\s+contacts?$/i, ''), m[1], m[3], m[4]);
  }
  m = /^add\s+([^,]+?),\s*([^,@]+?)\s+(?:at|from)\s+([^,]+)(?:,\s*(.+))?$/i.exec(t);
  if (m && PERSON_OR_EMAIL.test(m[1].trim())) {
    const call0 = addCall(cleanRef(m[3]), m[1], m[4] ?? '');
    if (call0) call0[0].args = { ...call0[0].args, ...asPhrase(m[2]) };
    return call0;
  }
  m = /^add\s+(.+?)\s+as\s+(?:a\s+|an\s+|the\s+|their\s+|our\s+)?(?:new\s+)?(.*?)\s*contact(?:\s+person)?\s+(?:at|for|to|of|with)\s+([^,]+?)(?:,\s*(.+))?$/i.exec(t);
  if (m && PERSON_OR_EMAIL.test(m[1].trim())) return addWithAs(m[3], m[1], m[2] ? `${m[2]} contact` : undefined, m[4]);
  m = /^(.+?)\s+is\s+(?:now\s+)?(.+?)(?:'s|’s|')\s+(new\s+)?([^,]+?)(?:,\s*(.+))?$/i.exec(t);
  if (m && PERSON_OR_EMAIL.test(m[1].trim()) && (m[3] || m[5])) {
    const call0 = addCall(cleanRef(m[2]), m[1], m[5] ?? '');
    if (call0) call0[0].args = { ...call0[0].args, ...asPhrase(m[4]) };
    return call0;
  }
  m = /^(.+?)\s+has\s+(?:a|an)\s+new\s+([^,:]+?)\s*[,:-]\s*(.+)$/i.exec(t);
  if (m) {
    const rest = m[3].replace(/[,.;]?\s*(?:please\s+)?add\s+(?:her|him|them|it)\b.*$/i, '');
    const call0 = addCall(cleanRef(m[1]), leadingPersonName(rest) ?? rest, rest);
    if (call0) call0[0].args = { ...call0[0].args, ...asPhrase(m[2]) };
    return call0;
  }
  // "create Yolo Ltd and add don@yolo.com as their decision maker": a person added to the client just named.
  m = /^add\s+(.+?)\s+as\s+(?:(?:their|its|the|a|an|our)\s+)?(?:new\s+)?([^,]+?)(?:,\s*(.+))?$/i.exec(t);
  if (m && c.previousClient && isPerson(m[1]) && !/\b(?:clients?|customers?|leads?|prospects?|accounts?|active|inactive|past|former)\b/i.test(m[2])) {
    const call0 = addCall('it', m[1], m[3] ?? '');
    if (call0) call0[0].args = { ...call0[0].args, ...asPhrase(m[2]) };
    return call0;
  }
  // "add jane@acme.com as their finance contact", "make jane@acme.com their finance contact" (client named before).
  m = /^(?:add|make|set)\s+(.+?)\s+(?:as\s+)?(?:their|its|the)\s+(.+?\s+contact|contact|primary|billing default)(?:,\s*(.+))?$/i.exec(t);
  if (m && c.previousClient && (c.previousCreated || /^add\b/i.test(t)) && PERSON_OR_EMAIL.test(m[1].trim())) {
    const call0 = addCall('it', m[1], m[3] ?? '');
    if (call0) call0[0].args = { ...call0[0].args, ...asPhrase(m[2]) };
    return call0;
  }
  return null;
};

function addWithAs(client: string, person: string, as?: string, rest?: string): ReturnType<Matcher> {
  const call0 = addCall(cleanRef(client), person, rest ?? '');
  if (call0 && as) call0[0].args = { ...call0[0].args, ...asPhrase(as) };
  return call0;
}

export const matchUpdateContact: Matcher = (c) => {
  const t = c.text;
  const ROLE_PART = String.raw`(primary(?: contact)?|billing (?:default|contact)|main contact|(?:\S+\s+){0,2}contact|decision[- ]maker|project manager|technical lead|tech lead)`;
  let m = new RegExp(String.raw`^(?:make|set|mark)\s+(.+?)\s+(?:at|from|of)\s+(.+?)\s+(?:as\s+)?(?:the\s+|their\s+|a\s+)?${ROLE_PART}$`, 'i').exec(t);
  if (m) return call('updateContact', { client: cleanRef(m[2]) ?? 'it', contact: cleanRef(m[1]), ...asPhrase(m[3]) });
  m = new RegExp(String.raw`^(?:make|set|mark)\s+(.+?)\s+(?:as\s+)?(?:the\s+|their\s+|a\s+)?${ROLE_PART}(?:\s+(?:at|for|of|on)\s+(.+))?$`, 'i').exec(t);
  if (m && !c.previousCreated && (m[3] || c.previousClient || /^(?:her|him|them)$/i.test(m[1]))) {
    return call('updateContact', { client: cleanRef(m[3]) ?? 'it', contact: cleanRef(m[1]), ...asPhrase(m[2]) });
  }
  m = /^(.+?)\s+(?:at|from)\s+(.+?)\s+is\s+(?:now\s+)?(?:their|the|our)\s+(?:new\s+)?(.+?)(?:\s+now)?$/i.exec(t);
  if (m && PERSON_OR_EMAIL.test(m[1].trim())) return call('updateContact', { client: cleanRef(m[2]), contact: cleanRef(m[1]), ...asPhrase(m[3]) });
  m = /^(?:change|update|set|fix|correct|edit)\s+(?:the\s+)?(.+?)(?:'s|’s)\s+(e-?mail(?: address)?|phone(?: number)?|mobile|number|job title|title|position|role|name)\s+(?:at|for|from|of)\s+(.+?)\s+(?:to|=|:)\s*(.+)$/i.exec(t)
    ?? /^(?:change|update|set|fix|correct|edit)\s+(?:the\s+)?(e-?mail(?: address)?|phone(?: number)?|mobile|number|job title|title|position|role)\s+(?:of|for)\s+(.+?)\s+(?:at|from|of)\s+(.+?)\s+(?:to|=|:)\s*(.+)$/i.exec(t);
  if (m) {
    const fieldFirst = /^(?:e-?mail|phone|mobile|number|job|title|position|role)/i.test(m[1]);
    const [person, fieldWords, client, value] = fieldFirst ? [m[2], m[1], m[3], m[4]] : [m[1], m[2], m[3], m[4]];
    return contactFieldCall(person, fieldWords, client, value);
  }
  // Said as a fact: "Ingrid's new email at Fjordline is ...", "Ingrid at Fjordline has a new phone: ...".
  const F = String.raw`(e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|cell(?: number)?|direct line|job title|title|position)`;
  m = new RegExp(String.raw`^(.+?)(?:'s|’s)\s+(?:new\s+|current\s+|updated\s+)?${F}\s+(?:at|for|from|with)\s+(.+?)\s+(?:is|should be|will be|is now|has changed to|changed to|=|:)\s+(?:now\s+)?(.+)$`, 'i').exec(t);
  if (m && PERSON_OR_EMAIL.test(m[1].trim())) return contactFieldCall(m[1], m[2], m[3], m[4]);
  m = new RegExp(String.raw`^(.+?)\s+(?:at|from)\s+(.+?)\s+(?:has|got|now has)\s+(?:a\s+)?new\s+${F}\s*[:,-]?\s*(.+)$`, 'i').exec(t)
    ?? new RegExp(String.raw`^(.+?)\s+(?:at|from)\s+(.+?)(?:'s|’s)\s+(?:new\s+)?${F}\s+(?:is|should be|will be|is now|has changed to|changed to)\s+(?:now\s+)?(.+)$`, 'i').exec(t);
  if (m && PERSON_OR_EMAIL.test(m[1].trim())) return contactFieldCall(m[1], m[3], m[2], m[4]);
  return null;
};

function contactFieldCall(person: string, fieldWords: string, client: string, value: string): ReturnType<Matcher> {
  const field = contactFieldOf(fieldWords) ?? 'name';
  const v = field === 'email' ? findEmails(value)[0] : field === 'role' ? findRole(value) : value.trim().replace(/[.]$/, '');
  return v ? call('updateContact', { client: cleanRef(client), contact: cleanRef(person), [field]: v }) : null;
}

export const matchRemoveContact: Matcher = (c) => {
  const left = /^(.+?)\s+(?:has\s+)?(?:left|quit|no longer works (?:at|for|with)|doesn't work (?:at|for) )\s*([^,.;]+?)(?:[,.;].*)?$/i.exec(c.text);
  if (left && PERSON_OR_EMAIL.test(left[1].trim())) return call('removeContact', { client: cleanRef(left[2]), contact: cleanRef(left[1]) });
  const m = /^(?:remove|delete|drop|take off|take|unlink)\s+(?:the\s+)?(?:contact\s+(?:person\s+)?)?(.+?)\s+(?:from|at|of|off)\s+(?:the\s+)?(.+?)(?:(?:'s|’s)?\s+(?:contacts?|contact list|team|people))?(?:\s+as\s+a\s+contact)?$/i.exec(c.text);
  if (!m) return null;
  const isContactWord = /^(?:remove|delete|drop|take off|take|unlink)\s+(?:the\s+)?contact\b/i.test(c.text) || /\bcontacts?\b/i.test(c.text);
  if (NOT_A_CLIENT.test(m[2].trim().replace(/^(?:the\s+)?(?:contacts?|contact list|team|people)\s+(?:of|at|for)\s+.+$/i, 'Acme')) || /\barchive|\bclients?\b|\bportal\b/i.test(m[2])) return null;
  if (!isContactWord && !PERSON_OR_EMAIL.test(m[1].trim())) return null;
  if (!isContactWord && !/@/.test(m[1]) && m[1].trim().split(/\s+/).length > 3) return null;
  return call('removeContact', { client: cleanRef(m[2].replace(/^(?:the\s+)?(?:contacts?|contact list|team|people)\s+(?:of|at|for)\s+/i, '')), contact: cleanRef(m[1]) });
};

export const contactMatchers: Matcher[] = [matchRemoveContact, matchUpdateContact, matchAddContact];
export type { Clause };
