// Contacts (add/update/remove), portal access and links, outreach drafts, enrichment.
import { role, title } from './money';
import { client, Ctx, person, personEmail, personRef, phone, ref, type Client, type Out, type Person } from './values';
import { chance, pick, pickN } from './util';

type Bits = { parts: string[]; args: Record<string, unknown> };
/** Contact details beyond the name: email, phone, role or title, flags. */
function details(c: Ctx, cl: Client, p: Person, keys: string[]): Bits {
  const r = c.r; const b: Bits = { parts: [], args: {} };
  for (const k of keys) {
    if (k === 'email') { const [t, v] = c.mail(personEmail(r, p, cl)); b.parts.push(pick(r, [t, t, `email ${t}`, `<${t}>`.replace(/^<(.*)>$/, '($1)')])); b.args.email = v; }
    if (k === 'phone') { const ph = phone(r, cl.loc); b.parts.push(pick(r, [ph, `phone ${ph}`, `mobile ${ph}`])); b.args.phone = ph; }
    if (k === 'role') { const [t, v] = role(r); b.parts.push(pick(r, [`as ${/^[aeiou]/i.test(t) ? 'an' : 'a'} ${t}`, `${t}`, `as their ${t}`, `as the ${t}`])); b.args.role = v; }
    if (k === 'title') { const [t, v] = title(r); b.parts.push(pick(r, [t, `title ${t}`, `job title: ${t}`, `their ${t}`])); b.args.jobTitle = t; if (v) b.args.role = v; }
    if (k === 'primary') { const yes = chance(r, 0.85); b.parts.push(yes ? pick(r, ['as primary contact', 'primary', 'make them the primary contact']) : 'not the primary contact'); b.args.primary = yes; }
    if (k === 'billingDefault') { const yes = chance(r, 0.85); b.parts.push(yes ? pick(r, ['billing default', 'and make them the billing default', 'invoices go to them']) : 'not for billing'); b.args.billingDefault = yes; }
    if (k === 'portalEnabled') { const yes = chance(r, 0.5); b.parts.push(yes ? pick(r, ['with portal access', 'portal enabled', 'give them portal access']) : pick(r, ['no portal access', 'without portal access', 'portal off'])); b.args.portalEnabled = yes; }
  }
  return b;
}
const KEYS = ['email', 'phone', 'role', 'title', 'primary', 'billingDefault', 'portalEnabled'];
function pickKeys(c: Ctx, n: number): string[] {
  const ks = pickN(c.r, KEYS, n); if (ks.includes('role') && ks.includes('title')) ks.splice(ks.indexOf('title'), 1); return ks;
}

function addCase(c: Ctx, f: number): Out {
  const r = c.r, cl = client(r), who = ref(r, cl), p = person(r, cl.loc);
  const noName = f === 3 || (f === 6 && chance(r, 0.5));
  const ks = pickKeys(c, pick(r, [0, 1, 1, 2, 2, 3]));
  if (noName && !ks.includes('email')) ks.unshift('email');
  const d = details(c, cl, p, ks);
  const args: Record<string, unknown> = { client: who, ...(noName ? {} : { name: p.full }), ...d.args };
  const rest = d.parts.length ? `, ${d.parts.join(', ')}` : '';
  const frames = [
    () => `add ${p.full} to ${who}${rest}`,
    () => `add contact ${p.full} to ${who}${rest}`,
    () => `new contact at ${who}: ${p.full}${rest}`,
    () => `add ${d.parts[0]} to ${who}${d.parts.length > 1 ? `, ${d.parts.slice(1).join(', ')}` : ''}`,
    () => `${who} has a new contact, ${p.full}${rest}, please add them`,
    () => `add contact to ${who}: ${p.full}${rest}`,
    () => noName ? `${who}'s contact is ${d.parts.join(', ')}` : `${p.full}${rest} works at ${who}, add them as a contact`,
    () => `put ${p.full} on ${who} as a contact${rest}`,
  ];
  return { text: frames[f % frames.length](), calls: [{ tool: 'addContact', args }] };
}
export const addContact = Array.from({ length: 8 }, (_, i) => (c: Ctx) => addCase(c, i));

function contactRef(c: Ctx, cl: Client, p: Person): string {
  if (chance(c.r, 0.15)) return personEmail(c.r, p, cl).toLowerCase();
  return personRef(c.r, p);
}
function updCase(c: Ctx, f: number): Out {
  const r = c.r, cl = client(r), who = ref(r, cl), p = person(r, cl.loc), cref = contactRef(c, cl, p);
  const at = pick(r, [` at ${who}`, ` from ${who}`, ` (${who})`]);
  const base = { client: who, contact: cref };
  const k = f % 8;
  const out = (text: string, args: Record<string, unknown>): Out => ({ text, calls: [{ tool: 'updateContact', args: { ...base, ...args } }] });
  if (k === 0) { const [t, v] = c.mail(personEmail(r, person(r, cl.loc), cl)); return out(pick(r, [`change ${cref}'s email${at} to ${t}`, `update the email of ${cref}${at}: ${t}`, `${cref}${at} has a new email, ${t}`]), { email: v }); }
  if (k === 1) { const ph = phone(r, cl.loc); return out(pick(r, [`update ${cref}'s phone${at} to ${ph}`, `${cref}${at} has a new number: ${ph}`, `change phone for ${cref}${at} to ${ph}`]), { phone: ph }); }
  if (k === 2) return out(pick(r, [`make ${cref} the primary contact at ${who}`, `set ${cref}${at} as primary`, `${cref} should be the main contact for ${who}`]), { primary: true });
  if (k === 3) return out(pick(r, [`set ${cref}${at} as billing default`, `invoices for ${who} should go to ${cref}`, `make ${cref}${at} the billing contact by default`]), { billingDefault: true });
  if (k === 4) { const [t, v] = title(r); return out(pick(r, [`${cref}${at} is now their ${t}`, `change ${cref}'s title${at} to ${t}`, `${cref}${at} got promoted to ${t}`]), v ? { jobTitle: t, role: v } : { jobTitle: t }); }
  if (k === 5) { const [t, v] = role(r); return out(pick(r, [`${cref}${at} is the ${t} now`, `set ${cref}'s role${at} to ${t}`, `change ${cref}${at} to ${t}`]), { role: v }); }
  if (k === 6) { const [t, v] = title(r); return out(pick(r, [`set ${cref}'s job title${at} to ${t}`, `${cref}${at} is ${/^[AEIOU]/.test(t) ? 'an' : 'a'} ${t}`]), v ? { jobTitle: t, role: v } : { jobTitle: t }); }
  const d = details(c, cl, person(r, cl.loc), pickN(r, ['email', 'phone', 'title', 'primary'], 2));
  return out(`update contact ${cref}${at}: ${d.parts.join(', ')}`, d.args);
}
export const updateContact = Array.from({ length: 8 }, (_, i) => (c: Ctx) => updCase(c, i));

export const removeContact = [
  (p: string, w: string) => `remove ${p} from ${w}'s contacts`, (p: string, w: string) => `delete the contact ${p} at ${w}`, (p: string, w: string) => `remove contact ${p} from ${w}`,
  (p: string, w: string) => `${p} left ${w}, remove them`, (p: string, w: string) => `take ${p} off ${w}`, (p: string, w: string) => `drop ${p} as a contact for ${w}`,
  (p: string, w: string) => `${p} no longer works at ${w} - delete the contact`,
].map((f) => (c: Ctx): Out => { const cl = client(c.r), w = ref(c.r, cl), p = contactRef(c, cl, person(c.r, cl.loc)); return { text: f(p, w), calls: [{ tool: 'removeContact', args: { client: w, contact: p } }] }; });

// ---- portal ----
const withContact = (c: Ctx, cl: Client): string | null => (chance(c.r, 0.45) ? contactRef(c, cl, person(c.r, cl.loc)) : null);
export const invitePortal = [
  (w: string, p: string | null) => p ? `send ${p} at ${w} a portal invite` : `invite ${w} to the client portal`,
  (w: string, p: string | null) => p ? `invite ${p} from ${w} to the portal` : `send ${w} a portal invite`,
  (w: string, p: string | null) => p ? `email the portal magic link to ${p} at ${w}` : `email ${w} their portal link`,
  (w: string, p: string | null) => p ? `give ${p} (${w}) access to the portal and send the invite` : `portal invite for ${w}`,
  (w: string, p: string | null) => p ? `${p} at ${w} needs a login link for the portal` : `${w} needs the portal invite again`,
  (w: string, p: string | null) => `send the portal invitation to ${p ? `${p} at ` : ''}${w}`,
  (w: string, p: string | null) => `invite ${w}${p ? `'s ${p}` : ''} to the portal`,
].map((f) => (c: Ctx): Out => { const cl = client(c.r), w = ref(c.r, cl), p = withContact(c, cl); return { text: f(w, p), calls: [{ tool: 'invitePortal', args: p ? { client: w, contact: p } : { client: w } }] }; });

export const setPortalAccess = [
  (w: string, p: string | null, on: boolean) => `${on ? pick0(['enable', 'turn on', 'switch on']) : pick0(['disable', 'turn off', 'switch off'])} portal access for ${p ? `${p} at ` : ''}${w}`,
  (w: string, p: string | null, on: boolean) => `${on ? 'enable' : 'disable'} the portal for ${p ? `${p} at ` : ''}${w}`,
  (w: string, p: string | null, on: boolean) => p ? `${p} at ${w} ${on ? 'should be able to log into the portal' : "shouldn't be able to log into the portal anymore"}` : `${w} ${on ? 'should get portal access' : 'should lose portal access'}`,
  (w: string, p: string | null, on: boolean) => `${on ? 'give' : 'revoke'} portal access ${on ? 'to' : 'from'} ${p ? `${p} at ` : ''}${w}`,
  (w: string, p: string | null, on: boolean) => `${on ? 'open' : 'close'} the portal for ${p ? `${p} (${w})` : w}`,
  (w: string, p: string | null, on: boolean) => `portal ${on ? 'on' : 'off'} for ${p ? `${p} at ` : ''}${w}`,
  (w: string, p: string | null, on: boolean) => `${on ? 'allow' : 'block'} ${p ? `${p} at ${w}` : w} ${on ? 'to use' : 'from'} the client portal`,
].map((f) => (c: Ctx): Out => {
  const cl = client(c.r), w = ref(c.r, cl), p = withContact(c, cl), on = chance(c.r, 0.5); seed = c.r;
  return { text: f(w, p, on), calls: [{ tool: 'setPortalAccess', args: { client: w, enabled: on, ...(p ? { contact: p } : {}) } }] };
});
let seed: () => number = Math.random;
const pick0 = <T>(xs: T[]): T => xs[Math.floor(seed() * xs.length)];

const one = (tool: string, frames: ((w: string) => string)[]) => frames.map((f) => (c: Ctx): Out => { const w = ref(c.r, client(c.r)); return { text: f(w), calls: [{ tool, args: { client: w } }] }; });
export const regeneratePortalLink = one('regeneratePortalLink', [
  (w) => `regenerate the portal link for ${w}`, (w) => `new portal link for ${w}`, (w) => `the portal link for ${w} got forwarded around, please reset it`,
  (w) => `reset ${w}'s portal link`, (w) => `rotate the portal link of ${w}`, (w) => `${w}'s portal link leaked, make a new one`, (w) => `invalidate the old portal link for ${w}`,
]);
export const enrichClient = one('enrichClient', [
  (w) => `enrich ${w}`, (w) => `run enrichment on ${w}`, (w) => `look up ${w} online and fill in the details`, (w) => `can you enrich ${w} from their website`,
  (w) => `find more info about ${w} from their site`, (w) => `auto-fill ${w}'s company details`, (w) => `pull company data for ${w}`,
]);
export const applyEnrichment = one('applyEnrichment', [
  (w) => `apply the enrichment for ${w}`, (w) => `save the enriched details to ${w}`, (w) => `accept the enrichment suggestions for ${w}`,
  (w) => `looks good, apply the enrichment to ${w}`, (w) => `use the enriched data for ${w}`, (w) => `apply ${w}'s enrichment`,
]);
const GOALS = ['book a call about spring maintenance', 'offer the new retainer package', 'check in about next year\'s budget', 'get them back for phase 2',
  'invite them to our open day', 'propose a website refresh', 'ask for a testimonial'];
export const draftOutreach = [
  (w: string, g: string | null) => `draft outreach to ${w}${g ? `, goal: ${g}` : ''}`, (w: string, g: string | null) => `write a win-back email to ${w}${g ? ` to ${g}` : ''}`,
  (w: string, g: string | null) => `draft a re-engagement email for ${w}${g ? `, the goal is to ${g}` : ''}`, (w: string, g: string | null) => `reach out to ${w} again${g ? ` - ${g}` : ''}, draft something`,
  (w: string, g: string | null) => `${w} went quiet, draft an email${g ? ` to ${g}` : ''}`, (w: string, g: string | null) => `prepare an outreach draft for ${w}${g ? ` (goal: ${g})` : ''}`,
  (w: string, g: string | null) => `can you write to ${w} to reconnect${g ? ` and ${g}` : ''}? just a draft`,
].map((f) => (c: Ctx): Out => { const w = ref(c.r, client(c.r)), g = chance(c.r, 0.4) ? pick(c.r, GOALS) : null; return { text: f(w, g), calls: [{ tool: 'draftOutreach', args: g ? { client: w, goal: g } : { client: w } }] }; });
