// A contact's role said as a fact rather than a command: "Jane Doe is the new billing contact for Acme Corp",
// "Jonas handles finance at Fjord", "Tom will be our main contact at Kestrel", "the finance contact at X is now Y".
// Someone already known gets updateContact; a person given with an email is new, so addContact.
import { call, type Matcher } from './clause';
import { cleanRef, isPronoun } from './clean-names';
import { findEmails, withoutEmails } from './find-contacts-info';
import { asPhrase, PERSON_OR_EMAIL } from './match-contacts';
import { ownerRef } from './parse-attributes';

const BE = String.raw`(?:is|will be|'ll be|becomes|has become|is going to be|remains|stays)`;
const DET = String.raw`(?:(?:the|our|their|its|a|an|his|her)\s+)?`;
const WHEN = String.raw`(?:\s+(?:now|from now on|going forward|as of today|again))?`;
const CLIENT_PREP = String.raw`(?:at|for|of|with|on|over at)`;

/** What a duty says about the contact: "finance" -> role, "billing" -> billing default. */
export const DUTIES: Array<[RegExp, Record<string, unknown>]> = [
  [/^(?:billing|invoices|invoicing|the invoices|their invoices)$/i, { billingDefault: true }],
  [/^(?:finance|finances|accounting|accounts(?: payable)?|the books|bookkeeping|payments|the money(?: side)?|budget|budgets)$/i, { role: 'finance' }],
  [/^(?:tech|technology|technical (?:stuff|matters|side|questions)|the tech(?: side)?|IT|engineering|development|dev|integrations?)$/i, { role: 'technical_lead' }],
  [/^(?:projects?|the projects?|delivery|project management|day-to-day|the day-to-day)$/i, { role: 'project_manager' }],
  [/^(?:decisions?|the decisions|sign-?off|signing off|purchasing|buying|approvals?|the budget decisions)$/i, { role: 'decision_maker' }],
];
export const DUTY_VERB = String.raw`(?:handles|will handle|is handling|does|runs|manages|looks after|will look after|takes care of|will take care of|is in charge of|is responsible for|deals with|owns|signs off on|approves)`;

function person(span: string): { ref?: string; email?: string; name?: string } {
  const s = span.trim().replace(/^(?:and\s+)?/i, '');
  const email = findEmails(s)[0];
  const bare = withoutEmails(s).replace(/[(),<>]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!PERSON_OR_EMAIL.test(bare || s) || isPronoun(bare)) return {};
  return { ref: bare || email, email, name: bare || undefined };
}

function roleCall(who: string, clientSpan: string | undefined, flags: Record<string, unknown>): ReturnType<Matcher> {
  const p = person(who);
  if (!p.ref || !Object.keys(flags).length) return null;
  const client = cleanRef(clientSpan) ?? 'it';
  if (p.email && p.name && p.name !== p.email) return call('addContact', { client, name: p.name, email: p.email, ...flags });
  return call('updateContact', { client, contact: p.email ?? p.ref, ...flags });
}

/** Flags of a role phrase, or null when it names no contact role ("the owner", "a client"). */
export function roleFlags(phrase: string, requireRole: boolean): Record<string, unknown> | null {
  const p = phrase.trim();
  const point = /^(?:(?:main|primary|key|lead|go-to|first)\s+)?(?:point of contact|poc|go-to (?:person|contact)|key contact|lead contact|main person)$/i.test(p);
  const flags = point ? { primary: true } : asPhrase(p);
  if (flags.role || flags.primary || flags.billingDefault) return flags;
  if (requireRole || /\b(?:client|customer|lead|account|owner|account manager|rep|admin|member|manager)\b/i.test(p)) return null;
  if (flags.jobTitle && (String(flags.jobTitle).split(/\s+/).length > 5 || /\bcontact\b/i.test(String(flags.jobTitle)))) return null;
  return flags;
}

export const matchDeclaredRole: Matcher = (c) => {
  const t = c.text;
  // "Lena is the new owner of Acme": the account owner is a team member, an updateClient.
  let m = new RegExp(String.raw`^(@?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)\s+${BE}\s+(?:now\s+)?${DET}(?:new\s+)?(?:owner|account manager|account owner)\s+(?:of|for|on)\s+(.+?)${WHEN}$`, 'u').exec(t);
  if (m) return call('updateClient', { client: cleanRef(m[2]) ?? 'it', owner: ownerRef(m[1]) });
  // "<person> is the new billing contact for <client>" (a job title only with "new"/"now").
  m = new RegExp(String.raw`^(.+?)\s+${BE}\s+(now\s+)?${DET}(new\s+)?(.+?)${WHEN}$`, 'i').exec(t);
  // The role phrase may itself hold "of"/"for" ("point of contact for X"): try each split, a contact role before a
  // job title, which needs "new" or "now" ("Tom is now the CTO at X").
  const splits = m ? [...m[4].matchAll(new RegExp(String.raw`\s+${CLIENT_PREP}\s+`, 'gi'))] : [];
  const titled = !!m && !!(m[2] || m[3] || /\bnow$/i.test(t));
  for (const requireRole of titled ? [true, false] : [true]) {
    for (const prep of splits) {
      const role = m![4].slice(0, prep.index), client = m![4].slice((prep.index ?? 0) + prep[0].length);
      if (/,/.test(client)) continue;
      const flags = roleFlags(role, requireRole);
      const out = flags ? roleCall(m![1], client, flags) : null;
      if (out) return out;
    }
  }
  // "jane@acme.com is Acme Corp's billing contact now" ("X is Acme's new CFO, x@..." stays an addContact).
  m = new RegExp(String.raw`^(.+?)\s+${BE}\s+(?:now\s+)?(.+?)(?:'s|’s|')\s+(?!new\b)([^,]+?)${WHEN}$`, 'i').exec(t);
  if (m) {
    const flags = roleFlags(m[3], true);
    const out = flags ? roleCall(m[1], m[2], flags) : null;
    if (out) return out;
  }
  // "<person> handles finance at <client>".
  m = new RegExp(String.raw`^(.+?)\s+${DUTY_VERB}\s+(?:all\s+)?(?:the\s+|their\s+)?(.+?)\s+(?:at|for|over at)\s+(.+?)${WHEN}$`, 'i').exec(t);
  if (m) {
    const duty = DUTIES.find(([re]) => re.test(m![2].trim()));
    if (duty) { const out = roleCall(m[1], m[3], duty[1]); if (out) return out; }
  }
  // "the (new) billing contact at <client> is (now) <person>".
  m = new RegExp(String.raw`^(?:the\s+|their\s+)?(?:new\s+)?(.+?)\s+(?:at|for|of)\s+(.+?)\s+(?:is|will be|is now|should be)\s+(?:now\s+)?(.+?)${WHEN}$`, 'i').exec(t);
  if (m && /\bcontact\b|\bdecision[- ]maker\b|\bproject manager\b|\btech(?:nical)? lead\b|\bpoint of contact\b/i.test(m[1])) {
    const flags = roleFlags(m[1], true);
    const out = flags ? roleCall(m[3], m[2], flags) : null;
    if (out) return out;
  }
  return null;
};
