// A contact introduced with apposition: the email or phone sits beside the name, in commas or brackets, and the
// sentence says who the person is at which client. "Ingrid Solberg from Fjordline, ingrid@f.no, is their finance
// lead", "Marcus Webb (marcus@tp.com) from Tall Pine is the project manager", "Quarry Labs' decision maker is Dana
// Ruiz, dana@q.io", "Hugo Brandt, finance contact at Elbe Logistik, hugo@e.de". The contact details are taken out
// first so they can never end up inside the client's name; what is left is read as person, client and role.
import { call, type Matcher } from './clause';
import { cleanRef, isPronoun } from './clean-names';
import { EMAIL_RE, findEmails, findPhones, withoutEmails } from './find-contacts-info';
import { fieldOf } from './lexicon';
import { DUTIES, DUTY_VERB, roleFlags } from './match-contact-roles';

const MARK = '\u0001';
const PERSON = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:van|von|de|der|den|da|di|du|del|la|le|al|bin|ter)\s+)*\p{Lu}[\p{L}'’-]*){0,3}`;
const BE = String.raw`(?:is|will be|'ll be|becomes|has become|is going to be|joins as|joined as|is joining as|is now|will now be)`;
const DET = String.raw`(?:(?:the|our|their|its|a|an|his|her)\s+)?(?:new\s+)?`;
const PREP = String.raw`(?:from|at|of|with|over at)`;
const WHEN = String.raw`(?:\s+(?:now|from now on|going forward|as of today))?`;
const INTRO = /^(?:meet|say hi to|say hello to|introducing|this is|fyi|heads up|btw|note that|just so you know)[,:]?\s+/i;

// A job title is a noun phrase ("CTO", "Head of Sales", "designer"), never a verb phrase ("handles their invoices").
const TITLE_LIKE = /^(?!(?:handles?|does|do|runs?|manages?|looks?|takes?|deals?|is|are|was|will|has|have|works?|helps?|knows?|said|says)\b)\S/i;

type Parts = { person?: string; client: string; role: string };
type Shape = { verbless?: boolean; read: (t: string) => Parts | null };

// A role may hold "of" ("Head of Sales at X"), a client too ("CFO at Bank of Lisbon"): "at/for/from/with" split first.
const SHAPES: Shape[] = [
  // "<person> from <client> is their <role>"
  { read: (t) => re(String.raw`^(?:(${PERSON})\s+)?${PREP}\s+(.+?),?\s+${BE}\s+${DET}(.+?)${WHEN}$`, t, [1, 2, 3]) },
  // "<client>'s (new) <role> is <person>"
  { read: (t) => re(String.raw`^(.+?)(?:'s|’s|')\s+(?:new\s+)?(.+?)(?:\s+(?:is|will be|is now|=)|\s*:)\s+(?:now\s+)?(${PERSON})?$`, t, [3, 1, 2]) },
  // "the <role> at <client> is <person>"
  { read: (t) => re(String.raw`^(?:the\s+|their\s+)?(?:new\s+)?(.+?)\s+(?:at|for|of)\s+(.+?)\s+(?:is|will be|is now)\s+(?:now\s+)?(${PERSON})?$`, t, [3, 2, 1]) },
  // "<person>, <role> at <client>"
  { verbless: true, read: (t) => re(String.raw`^(${PERSON})?\s*,\s*${DET}([^,]+)\s+(?:at|for|from|with)\s+([^,]+)$`, t, [1, 3, 2]) },
  { verbless: true, read: (t) => re(String.raw`^(${PERSON})?\s*,\s*${DET}([^,]+?)\s+of\s+([^,]+)$`, t, [1, 3, 2]) },
  // "<person> (<role>) at <client>"
  { verbless: true, read: (t) => re(String.raw`^(${PERSON})?\s*\(\s*${DET}([^)]+?)\s*\)\s*(?:at|from|of|with)\s+([^,]+)$`, t, [1, 3, 2]) },
  // "<person> from <client>, their <role>"
  { verbless: true, read: (t) => re(String.raw`^(?:(${PERSON})\s+)?${PREP}\s+([^,]+?)\s*,\s*${DET}([^,]+)$`, t, [1, 2, 3]) },
  // "<person> is the <role> at <client>"
  { read: (t) => re(String.raw`^(${PERSON})?\s*,?\s+${BE}\s+${DET}(.+)\s+(?:at|for|with)\s+([^,]+?)${WHEN}$`, t, [1, 3, 2]) },
];

function re(source: string, text: string, [p, c, r]: number[]): Parts | null {
  const m = new RegExp(source, 'u').exec(text);
  return m && m[c] && m[r] ? { person: m[p]?.trim(), client: m[c], role: m[r] } : null;
}

/** The text with emails and phone numbers (and their brackets) taken out, plus what was taken. */
export function withoutContactBits(text: string): { bare: string; email?: string; phone?: string } {
  const email = findEmails(text)[0];
  let bare = text.replace(new RegExp(String.raw`[(<\[]?\s*(?:mailto:)?(?:${EMAIL_RE.source})\s*[)>\]]?`, 'g'), MARK);
  const phone = findPhones(withoutEmails(text))[0];
  if (phone) bare = bare.replace(new RegExp(String.raw`[(<\[]?\s*(?:(?:phone|tel|mobile|cell)\s*:?\s*)?${phone.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*[)>\]]?`), MARK);
  bare = bare.replace(new RegExp(String.raw`\s*(,)?\s*${MARK}\s*(,)?`, 'g'), (_m, a?: string, b?: string) => (a && b ? ', ' : ' '))
    .replace(/\s*,\s*(?=,)/g, '').replace(/\s+/g, ' ').trim().replace(/^,\s*|\s*,$/g, '');
  return { bare, email, phone };
}

export const matchIntroduction: Matcher = (c) => {
  const { bare, email, phone } = withoutContactBits(c.text.replace(INTRO, ''));
  if (!email && !phone && !/^[^,(]+(?:,\s|\()/.test(bare)) return null;
  // "<person> from <client>, <email>, handles their invoices": a duty instead of a role.
  const duty = new RegExp(String.raw`^(?:(${PERSON})\s+)?${PREP}\s+(.+?),?\s+${DUTY_VERB}\s+(?:all\s+)?(?:the\s+|their\s+|its\s+)?(.+?)${WHEN}$`, 'u').exec(bare);
  const dutyFlags = duty && (email || phone) ? DUTIES.find(([r]) => r.test(duty[3].trim()))?.[1] : undefined;
  const dutyClient = duty ? cleanRef(duty[2]) : undefined;
  if (duty && dutyFlags && dutyClient && duty[1]) return call('addContact', { client: dutyClient, name: duty[1], email, phone, ...dutyFlags });
  for (const shape of SHAPES) {
    const parts = shape.read(bare);
    if (!parts || (!parts.person && !email)) continue;
    // Without an email or phone, only the verbless apposition ("Hugo Brandt, finance contact at Elbe") introduces.
    if (!email && !phone && !shape.verbless) continue;
    const client = cleanRef(parts.client);
    if (!client || isPronoun(client) || /,/.test(client) || /^(?:the|a|an)$/i.test(client)) continue;
    const flags = roleFlags(parts.role.replace(/^(?:the|our|their|its|a|an|new)\s+/gi, ''), false);
    if (!flags || (typeof flags.jobTitle === 'string' && !TITLE_LIKE.test(flags.jobTitle))) continue;
    if (!flags.role && !flags.primary && !flags.billingDefault && fieldOf(parts.role)) continue;
    // Only an email, no name: someone the client already has, now in this role (as matchDeclaredRole reads it).
    if (!parts.person) return call('updateContact', { client, contact: email, ...flags });
    return call('addContact', { client, name: parts.person, email, phone, ...flags });
  }
  return null;
};
