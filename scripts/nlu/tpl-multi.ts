// Several actions in one message: one call per action, in the order said.
import { money, role } from './money';
import { attr, NOTES } from './tpl-clients';
import { PROJECTS } from './tpl-ledger';
import { client, clients, Ctx, genericEmail, GROUPS, person, personEmail, ref, STATUS_WORDS, website, type Call, type Out } from './values';
import { chance, int, pick } from './util';

const names = (c: Ctx, ws: string[]) => (ws.length === 1 ? ws[0] : ws.length === 2 ? `${ws[0]} and ${ws[1]}` : `${ws.slice(0, -1).join(', ')}${pick(c.r, [' and ', ', and ', ' & '])}${ws[ws.length - 1]}`);
const each = (tool: string, ws: string[], extra: Record<string, unknown> = {}): Call[] => ws.map((w) => ({ tool, args: { client: w, ...extra } }));
const them = (c: Ctx) => pick(c.r, ['them', 'them', 'them', 'it']);

export const multi: ((c: Ctx) => Out)[] = [
  (c) => { const w = client(c.r).name; return { text: `${pick(c.r, ['add', 'create'])} ${w} and ${pick(c.r, ['invite them to the portal', 'send them a portal invite', 'invite them'])}`, calls: [{ tool: 'createClient', args: { name: w } }, { tool: 'invitePortal', args: { client: w } }] }; },
  (c) => { const ws = clients(c.r, int(c.r, 2, 3)).map((x) => ref(c.r, x)); const [v, tool] = pick(c.r, [['archive', 'archiveClient'], ['unarchive', 'unarchiveClient'], ['delete', 'deleteClient'], ['enrich', 'enrichClient'], ['show me', 'showClient'], ['regenerate the portal links for', 'regeneratePortalLink']] as const); return { text: `${v} ${names(c, ws)}`, calls: each(tool, ws) }; },
  (c) => { const ws = clients(c.r, int(c.r, 2, 3)).map((x) => x.name); const st = chance(c.r, 0.4) ? pick(c.r, STATUS_WORDS) : null;
    return { text: `add ${pick(c.r, ['', 'two clients: ', 'these clients: ', 'new clients '])}${names(c, ws)}${st ? ` as ${st[1] === 'lead' ? `${st[0]}s` : `${st[0]} clients`}` : ''}`.replace('two clients: ', ws.length === 2 ? 'two clients: ' : 'three clients: '), calls: ws.map((w) => ({ tool: 'createClient', args: st ? { name: w, status: st[1] } : { name: w } })) }; },
  (c) => { const cl = client(c.r), p = person(c.r, cl.loc); const [u, uv] = c.url(website(c.r, cl)); const [e, ev] = c.mail(personEmail(c.r, p, cl));
    return { text: `${cl.name}: new lead, ${pick(c.r, ['site', 'website', 'web'])} ${u}, contact ${p.full} ${e}`, calls: [{ tool: 'createClient', args: { name: cl.name, status: 'lead', website: uv, contactName: p.full, email: ev } }] }; },
  (c) => { const cl = client(c.r), w = cl.name; const [e, ev] = c.mail(personEmail(c.r, person(c.r, cl.loc), cl)); const [rt, rv] = role(c.r);
    return { text: `add ${w} and add ${e} as their ${rt}`, calls: [{ tool: 'createClient', args: { name: w } }, { tool: 'addContact', args: { client: w, email: ev, role: rv } }] }; },
  (c) => { const w = ref(c.r, client(c.r)); const [t, v] = pick(c.r, STATUS_WORDS.filter((s) => s[1] === 'active'));
    return { text: `mark ${w} ${t} and ${pick(c.r, ['invite them to the portal', 'send them the portal invite'])}`, calls: [{ tool: 'updateClient', args: { client: w, status: v } }, { tool: 'invitePortal', args: { client: w } }] }; },
  (c) => { const w = ref(c.r, client(c.r)), n = pick(c.r, NOTES); const [t, v] = pick(c.r, STATUS_WORDS);
    return { text: `add a note to ${w}: ${n}, and set ${them(c)} to ${t}`, calls: [{ tool: 'addNote', args: { client: w, text: n } }, { tool: 'updateClient', args: { client: w, status: v } }] }; },
  (c) => { const w = ref(c.r, client(c.r)); return { text: `unarchive ${w} and ${pick(c.r, ['set status to active', 'mark them active', 'make them active again'])}`, calls: [{ tool: 'unarchiveClient', args: { client: w } }, { tool: 'updateClient', args: { client: w, status: 'active' } }] }; },
  (c) => { const cl = client(c.r), w = cl.name; const [e, ev] = c.mail(genericEmail(c.r, cl));
    return { text: `create ${w} with email ${e} and send ${pick(c.r, ['them', 'them'])} a portal invite`, calls: [{ tool: 'createClient', args: { name: w, email: ev } }, { tool: 'invitePortal', args: { client: w } }] }; },
  (c) => { const w = ref(c.r, client(c.r)); const st = pick(c.r, [['past', 'past'], ['churned', 'past'], ['inactive', 'inactive'], ['dormant', 'inactive']] as const);
    return { text: `move ${w} to ${st[0]} and draft a win-back email`, calls: [{ tool: 'updateClient', args: { client: w, status: st[1] } }, { tool: 'draftOutreach', args: { client: w } }] }; },
  (c) => { const g = pick(c.r, GROUPS), ws = clients(c.r, int(c.r, 1, 2)).map((x) => ref(c.r, x));
    return { text: `${pick(c.r, ['create a group', 'new group', 'make a group called'])} ${g} and put ${names(c, ws)} in it`, calls: [{ tool: 'createGroup', args: { name: g } }, ...ws.map((w) => ({ tool: 'updateClient', args: { client: w, group: g } }))] }; },
  (c) => { const w = ref(c.r, client(c.r)), p = pick(c.r, PROJECTS), m = money(c.r);
    return { text: `create project ${p} for ${w} and bill them ${m.t} for it`, calls: [{ tool: 'createProject', args: { client: w, name: p } }, { tool: 'createInvoice', args: { client: w, amount: m.amount, ...(m.currency ? { currency: m.currency } : {}), project: p } }] }; },
  (c) => { const a = money(c.r), b = money(c.r), i1 = `INV-${String(int(c.r, 1, 500)).padStart(4, '0')}`, i2 = `INV-${String(int(c.r, 501, 999)).padStart(4, '0')}`;
    return { text: `record ${a.t} on ${i1} and ${b.t} on ${i2}`, calls: [{ tool: 'recordPayment', args: { invoice: i1, amount: a.amount } }, { tool: 'recordPayment', args: { invoice: i2, amount: b.amount } }] }; },
  (c) => { const q = `Q-${String(int(c.r, 1, 99)).padStart(4, '0')}`, i = `INV-${String(int(c.r, 1, 999)).padStart(4, '0')}`; return { text: `send ${q} and ${i}`, calls: [{ tool: 'sendQuote', args: { quote: q } }, { tool: 'sendInvoice', args: { invoice: i } }] }; },
  (c) => { const cl = client(c.r), w = ref(c.r, cl), p = person(c.r, cl.loc);
    return { text: `add ${p.full} to ${w} and invite them to the portal`, calls: [{ tool: 'addContact', args: { client: w, name: p.full } }, { tool: 'invitePortal', args: { client: w, contact: p.full } }] }; },
  (c) => { const cl = client(c.r), w = cl.name; const pc = attr(c, pick(c.r, ['website', 'address', 'industry', 'phone']), cl)!;
    return { text: `add ${w}, ${pc[0]}, then enrich ${them(c)}`, calls: [{ tool: 'createClient', args: { name: w, ...pc[1] } }, { tool: 'enrichClient', args: { client: w } }] }; },
  (c) => { const ws = clients(c.r, 2).map((x) => ref(c.r, x)); const [t, v] = pick(c.r, STATUS_WORDS); return { text: `mark ${ws[0]} and ${ws[1]} as ${t}`, calls: each('updateClient', ws, { status: v }) }; },
  (c) => { const w = ref(c.r, client(c.r)); return { text: `show ${w} and ${pick(c.r, ['explain where their settings come from', 'explain their settings'])}`, calls: [{ tool: 'showClient', args: { client: w } }, { tool: 'explainSettings', args: { client: w } }] }; },
];
