// createClient and updateClient: a name and any mix of attributes, in several sentence frames.
import { currencyWord, money, terms } from './money';
import { address, client, country, Ctx, genericEmail, ID_NUMBERS, INDUSTRIES, owner, person, personEmail, phone, ref, STATUS_WORDS, taxId, TONES, website, GROUPS, type Client, type Out } from './values';
import { chance, fillDigits, futureDate, int, pastDate, pick, pickN } from './util';

export const NOTES = ['met at Web Summit', 'referred by Priya', 'prefers WhatsApp over email', 'they want a quote for phase 2', 'worked with them in 2023 on the ERP rollout',
  'closed on Mondays, deliver before 10am', 'budget approved for Q1', 'CFO is leaving in December', 'renewal discussion pushed to January', 'only invoice after sign-off',
  'needs German-language invoices', 'ask about the Lisbon office', 'very price sensitive', 'send the NDA first', 'pays late but always pays'];

type Piece = [string, Record<string, unknown>];
const TAX_LABEL: Record<string, string[]> = { IN: ['GSTIN', 'GST no.'], AU: ['ABN'], US: ['EIN', 'tax id'], BR: ['CNPJ'], MX: ['RFC'], CH: ['UID', 'VAT'], NZ: ['GST number'], ZA: ['VAT no.'] };

/** One attribute of a client, as a phrase: [text, args]. */
function attr(c: Ctx, k: string, cl: Client, forUpdate = false): Piece | null {
  const r = c.r;
  switch (k) {
    case 'email': { const [t, v] = c.mail(chance(r, 0.5) ? genericEmail(r, cl) : personEmail(r, person(r, cl.loc), cl)); return [pick(r, [`email ${t}`, `email: ${t}`, `${t}`, `e-mail ${t}`, `reach them at ${t}`]), { email: v }]; }
    case 'phone': { const p = phone(r, cl.loc); return [pick(r, [`phone ${p}`, `tel. ${p}`, `phone: ${p}`, `mobile ${p}`, `call them on ${p}`]), { phone: p }]; }
    case 'contactName': { const p = person(r, cl.loc).full; return [pick(r, [`contact ${p}`, `contact person: ${p}`, `${p} is the contact`, `main contact ${p}`, `the contact is ${p}`]), { contactName: p }]; }
    case 'contactEmail': { const p = person(r, cl.loc); const [t, v] = c.mail(personEmail(r, p, cl)); return [pick(r, [`contact ${p.full} ${t}`, `contact ${p.full}, ${t}`, `contact person ${p.full} (${t})`]), { contactName: p.full, email: v }]; }
    case 'website': { const [t, v] = c.url(website(r, cl)); return [pick(r, [`website ${t}`, `site ${t}`, `web: ${t}`, `their site is ${t}`, `${t}`]), { website: v }]; }
    case 'industry': { const i = pick(r, INDUSTRIES); return [pick(r, [`industry ${i}`, `industry: ${i}`, `sector ${i}`, `they're in ${i}`]), { industry: i }]; }
    case 'taxId': { const t = taxId(r, cl.loc); const lab = pick(r, [...(TAX_LABEL[cl.loc.cc] ?? ['VAT', 'VAT number']), 'tax id', 'tax ID']); return [pick(r, [`${lab} ${t}`, `${lab}: ${t}`, `(${lab} ${t})`]), { taxId: t }]; }
    case 'idNumber': { const t = fillDigits(r, pick(r, ID_NUMBERS)); return [pick(r, [`company number ${t}`, `registration no. ${t}`, `reg number ${t}`, `company reg ${t}`]), { idNumber: t }]; }
    case 'currency': { const [t, v] = currencyWord(r); return [pick(r, [`billing in ${t}`, `invoices in ${t}`, `currency ${t}`, `they pay in ${t}`, `bill in ${t}`]), { currency: v }]; }
    case 'value': { const m = money(r); return [pick(r, [`deal value ${m.t}`, `worth about ${m.t}`, `contract value of ${m.t}`, `value ${m.t}`, `estimated value ${m.t}`]), m.currency ? { value: m.amount, currency: m.currency } : { value: m.amount }]; }
    case 'owner': { const o = owner(r); return [pick(r, [`owner ${o}`, `${o} is the owner`, `owned by ${o}`, `account owner: ${o}`, forUpdate ? `owner ${o}` : `assign to ${o}`]), { owner: o }]; }
    case 'address': { const [t, v] = address(r, cl.loc); return [pick(r, [`in ${t}`, `based in ${t}`, `address: ${t}`, `${t}`]), { address: v }]; }
    case 'status': { const [t, v] = pick(r, STATUS_WORDS); return [pick(r, [`status ${t}`, `status: ${t}`]), { status: v }]; }
    case 'paymentTerms': { const [t, v] = terms(r); return [pick(r, [`payment terms ${t}`, `terms ${t}`, `${t}`]), { paymentTerms: v }]; }
    case 'reminderTone': { const [t, v] = pick(r, TONES); return [pick(r, [`reminder tone ${t}`, `${t} reminders`, `tone: ${t}`]), { reminderTone: v }]; }
    case 'group': { const g = pick(r, GROUPS); return [pick(r, [`group ${g}`, `in the ${g} group`]), { group: g }]; }
    default: return null;
  }
}

const CREATE_ATTRS = ['email', 'phone', 'contactName', 'contactEmail', 'website', 'industry', 'taxId', 'idNumber', 'currency', 'value', 'owner', 'address'];
function attrs(c: Ctx, cl: Client, n: number, keys = CREATE_ATTRS, forUpdate = false): Piece[] {
  const ks = pickN(c.r, keys, n);
  if (ks.includes('contactEmail')) { for (const x of ['email', 'contactName']) if (ks.includes(x)) ks.splice(ks.indexOf(x), 1); }
  if (ks.includes('value') && ks.includes('currency')) ks.splice(ks.indexOf('currency'), 1);
  return ks.map((k) => attr(c, k, cl, forUpdate)).filter((p): p is Piece => !!p);
}
const joinPieces = (c: Ctx, ps: Piece[]): string => {
  const ts = ps.map((p) => p[0]);
  if (ts.length > 1 && chance(c.r, 0.4)) return `${ts.slice(0, -1).join(', ')} and ${ts[ts.length - 1]}`;
  return ts.join(pick(c.r, [', ', ', ', '; ', ' - ']));
};
const merge = (...as: Record<string, unknown>[]) => Object.assign({}, ...as);

function createCase(c: Ctx, frame: number): Out {
  const r = c.r, cl = client(r);
  const n = pick(r, [0, 0, 1, 1, 1, 2, 2, 3, 4]);
  const ps = attrs(c, cl, n);
  const note = chance(r, 0.12) ? pick(r, NOTES) : '';
  const st = chance(r, 0.25) ? pick(r, STATUS_WORDS) : null;
  const args: Record<string, unknown> = merge({ name: cl.name }, ...ps.map((p) => p[1]));
  if (st) args.status = st[1];
  if (note) args.notes = note;
  const rest = ps.length ? joinPieces(c, ps) : '';
  const tail = `${rest ? `, ${rest}` : ''}${note ? `${pick(r, ['. Notes: ', ', notes: ', ' - note: '])}${note}` : ''}`;
  const asSt = st ? ` as ${st[0] === 'active' || st[0] === 'inactive' ? 'an' : 'a'} ${st[0]}${st[0] === 'lead' || st[0] === 'prospect' ? '' : ' client'}` : '';
  const a = (s: string) => (/^[aeiou]/i.test(s) ? 'an' : 'a');
  const frames = [
    () => `${pick(r, ['add', 'Add', 'please add', 'can you add', 'add client'])} ${cl.name}${asSt}${tail}`,
    () => `${pick(r, ['new client', 'New client', 'new client:', 'New client -'])} ${cl.name}${st ? `, status ${st[0]}` : ''}${tail}`,
    () => `${pick(r, ['create client', 'create a client called', 'Create client', 'create a new client'])} ${cl.name}${asSt}${rest ? ` with ${rest}` : ''}${note ? `, notes: ${note}` : ''}`,
    () => `${cl.name}${rest ? pick(r, [`, ${rest}`, ` ${rest}`]) : ''}${st ? `, ${st[0]}` : ''}${note ? `, notes: ${note}` : ''}`,
    () => `${cl.name}: new ${st ? (st[1] === 'lead' ? st[0] : `${st[0]} client`) : 'lead'}${tail}`,
    () => `please add ${cl.name} to my clients${rest ? `. ${rest}` : ''}${st ? `. status ${st[0]}` : ''}${note ? `. Note: ${note}` : ''}`,
    () => `${pick(r, ['can you set up', 'set up', 'onboard'])} ${cl.name}${asSt}${tail}`,
    () => `${cl.name} is ${st ? `${a(st[0])} ${st[0]}${st[1] === 'lead' ? '' : ' client'}` : 'a new client, add them'}${rest ? `; ${rest}` : ''}${note ? `; notes: ${note}` : ''}`,
    () => `${pick(r, ['add', 'create'])} ${st ? `${a(st[0])} ${st[0]}${st[1] === 'lead' ? '' : ' client'}` : 'a client'}: ${cl.name}${tail}`,
    () => `${pick(r, ['register', 'save', 'put'])} ${cl.name} ${pick(r, ['as a new client', 'in the CRM', 'into my clients'])}${st ? `, status ${st[0]}` : ''}${tail}`,
  ];
  const f = frame % frames.length === 3 && c.ch !== 'slash' ? 0 : frame % frames.length;
  const text = frames[f]();
  if (f === 4 && !st) args.status = 'lead';
  return { text, calls: [{ tool: 'createClient', args }] };
}

/** Slash command: the whole text is the new client (optionally an email or site). */
function slashCreate(c: Ctx): Out {
  const r = c.r, cl = client(r);
  if (chance(r, 0.6)) return { text: chance(r, 0.1) ? `  ${cl.name} ` : cl.name, calls: [{ tool: 'createClient', args: { name: cl.name } }] };
  const [p] = attrs(c, cl, 1, ['email', 'website', 'phone', 'contactName']);
  return { text: `${cl.name}${pick(r, [' ', ', '])}${p[0]}`, calls: [{ tool: 'createClient', args: { name: cl.name, ...p[1] } }] };
}

export const createClient = Array.from({ length: 10 }, (_, i) => (c: Ctx) => (c.ch === 'slash' && i < 3 ? slashCreate(c) : createCase(c, i)));

// ---- updateClient ----
const UPDATE_KEYS = ['email', 'phone', 'website', 'industry', 'taxId', 'idNumber', 'currency', 'value', 'owner', 'address', 'status', 'paymentTerms', 'reminderTone', 'group'];
function single(c: Ctx, k: string, cl: Client, who: string): Out {
  const r = c.r; const up = (args: Record<string, unknown>, text: string): Out => ({ text, calls: [{ tool: 'updateClient', args: { client: who, ...args } }] });
  const poss = /s$/i.test(who) ? `${who}'` : `${who}'s`;
  switch (k) {
    case 'status': { const [t, v] = pick(r, STATUS_WORDS); return up({ status: v }, pick(r, [`mark ${who} as ${t}`, `${who} is ${t} now`, `set ${who} to ${t}`, `change ${poss} status to ${t}`, `move ${who} to ${t}`, `${who} -> ${t}`, `${who} should be ${t}`, `update ${who}: status ${t}`, `${who}: status ${t}`])); }
    case 'email': { const [t, v] = c.mail(genericEmail(r, cl)); return up({ email: v }, pick(r, [`${poss} email is now ${t}`, `update ${poss} email to ${t}`, `change the email for ${who} to ${t}`, `${poss} billing email is ${t}`, `new email for ${who}: ${t}`])); }
    case 'phone': { const p = phone(r, cl.loc); return up({ phone: p }, pick(r, [`change the phone number for ${who} to ${p}`, `${poss} phone is ${p}`, `new number for ${who}: ${p}`, `update ${poss} phone to ${p}`])); }
    case 'website': { const [t, v] = c.url(website(r, cl)); return up({ website: v }, pick(r, [`update ${poss} website to ${t}`, `${poss} site is ${t}`, `set website for ${who}: ${t}`, `${who} has a new website, ${t}`])); }
    case 'name': { const nn = client(r).name; return up({ name: nn }, pick(r, [`rename ${who} to ${nn}`, `${who} is now called ${nn}`, `change ${poss} name to ${nn}`])); }
    case 'industry': { const i = pick(r, INDUSTRIES); return up({ industry: i }, pick(r, [`set ${poss} industry to ${i}`, `${poss} industry is ${i}`, `change industry of ${who} to ${i}`])); }
    case 'taxId': { const t = taxId(r, cl.loc); return up({ taxId: t }, pick(r, [`${poss} tax ID is ${t}`, `add VAT number ${t} to ${who}`, `set the tax id for ${who} to ${t}`, `${poss} VAT no. is ${t}`])); }
    case 'idNumber': { const t = fillDigits(r, pick(r, ID_NUMBERS)); return up({ idNumber: t }, pick(r, [`set ${poss} company number to ${t}`, `${poss} registration number is ${t}`])); }
    case 'currency': { const [t, v] = currencyWord(r); return up({ currency: v }, pick(r, [`bill ${who} in ${t} from now on`, `${who} pays in ${t}`, `set currency for ${who} to ${t}`, `switch ${who} to ${t}`, `${poss} billing currency is ${t}`])); }
    case 'value': { const m = money(r); return up(m.currency ? { value: m.amount, currency: m.currency } : { value: m.amount }, pick(r, [`${poss} deal value is now ${m.t}`, `update ${poss} value to ${m.t}`, `set the value of ${who} to ${m.t}`])); }
    case 'owner': { const o = owner(r); return up({ owner: o }, pick(r, [`assign ${who} to ${o}`, `${o} owns ${who} now`, `make ${o} the owner of ${who}`, `hand ${who} over to ${o}`, `change ${poss} owner to ${o}`])); }
    case 'address': { const [t, v] = address(r, cl.loc); return up({ address: v }, pick(r, [`${who} moved to ${t}`, `update ${poss} address: ${t}`, `${poss} address is ${t}`, `new address for ${who}: ${t}`])); }
    case 'paymentTerms': { const [t, v] = terms(r); return up({ paymentTerms: v }, pick(r, [`set payment terms for ${who} to ${t}`, `${who} pays ${t}`, `give ${who} ${t} payment terms`, `${poss} payment terms are ${t} now`])); }
    case 'reminderTone': { const [t, v] = pick(r, TONES); return up({ reminderTone: v }, pick(r, [`set the reminder tone for ${who} to ${t}`, `use a ${t} tone in ${poss} payment reminders`, `${poss} reminders should be ${t}`, `make reminders to ${who} ${t}`])); }
    case 'startDate': { const d = pastDate(r, c.today); return up({ startDate: d.v }, pick(r, [`${who} started with us ${d.t}`, `set ${poss} start date to ${d.t.replace(/^on /, '')}`, `our work with ${who} began ${d.t}`])); }
    case 'endDate': {
      if (chance(r, 0.5)) { const d = futureDate(r, c.today); return up({ endDate: d.v }, pick(r, [`the contract with ${who} ends ${d.t}`, `set ${poss} end date to ${d.t.replace(/^(on|by) /, '')}`])); }
      const d = pastDate(r, c.today); const st = chance(r, 0.5);
      return up(st ? { endDate: d.v, status: 'past' } : { endDate: d.v }, `${poss} engagement ended ${d.t}${st ? ', change status to past' : ''}`);
    }
    default: { const g = pick(r, GROUPS); return up({ group: g }, pick(r, [`put ${who} in the ${g} group`, `add ${who} to group ${g}`, `move ${who} to the ${g} group`, `${who} belongs in ${g}`, `assign ${who} to the group ${g}`])); }
  }
}
function multiUpdate(c: Ctx): Out {
  const r = c.r, cl = client(r), who = ref(r, cl);
  const ps = attrs(c, cl, int(r, 2, 3), UPDATE_KEYS, true);
  return { text: `${pick(r, ['update', 'edit', 'change'])} ${who}: ${joinPieces(c, ps)}`, calls: [{ tool: 'updateClient', args: merge({ client: who }, ...ps.map((p) => p[1])) }] };
}
const ALL_SINGLE = [...UPDATE_KEYS, 'name', 'startDate', 'endDate', 'status', 'owner', 'group', 'paymentTerms'];
export const updateClient = [
  ...Array.from({ length: 9 }, (_, i) => (c: Ctx) => { const cl = client(c.r); return single(c, ALL_SINGLE[(i * 7 + int(c.r, 0, 100)) % ALL_SINGLE.length], cl, ref(c.r, cl)); }),
  multiUpdate,
];
export { attr, attrs, joinPieces, country };
