// Groups, workspace settings, settings explanations, members, CSV imports, outreach sending, and cases with no tool call.
import { currencyWord, terms } from './money';
import { client, Ctx, GROUPS, OWNERS_FOR_MEMBERS, person, ref, TONES, type Out } from './values';
import { chance, int, pick, pickN } from './util';

type Piece = [string, Record<string, unknown>];
function settings(c: Ctx, n: number): Piece[] {
  return pickN(c.r, ['currency', 'paymentTerms', 'reminderTone'], n).map((k): Piece => {
    if (k === 'currency') { const [t, v] = currencyWord(c.r); return [pick(c.r, [`currency ${t}`, `billing in ${t}`, `in ${t}`]), { currency: v }]; }
    if (k === 'paymentTerms') { const [t, v] = terms(c.r); return [pick(c.r, [`payment terms ${t}`, `${t}`, `terms ${t}`]), { paymentTerms: v }]; }
    const [t, v] = pick(c.r, TONES); return [pick(c.r, [`${t} reminders`, `reminder tone ${t}`, `a ${t} tone`]), { reminderTone: v }];
  });
}
const list = (c: Ctx, ps: Piece[]) => (ps.length > 1 && chance(c.r, 0.5) ? `${ps.slice(0, -1).map((p) => p[0]).join(', ')} and ${ps[ps.length - 1][0]}` : ps.map((p) => p[0]).join(', '));

export const createGroup = Array.from({ length: 6 }, (_, i) => (c: Ctx): Out => {
  const g = pick(c.r, GROUPS), ps = settings(c, pick(c.r, [0, 1, 1, 2, 3])), args = Object.assign({ name: g }, ...ps.map((p) => p[1]));
  const s = ps.length ? list(c, ps) : '';
  const frames = [() => `create a group called ${g}${s ? ` with ${s}` : ''}`, () => `new group ${g}${s ? `: ${s}` : ''}`, () => `make a client group "${g}"${s ? `, ${s}` : ''}`,
    () => `add a group named ${g}${s ? ` - ${s}` : ''}`, () => `set up a ${g} group${s ? ` with ${s}` : ''}`, () => `create group ${g}${s ? `, ${s}` : ''}`];
  return { text: frames[i](), calls: [{ tool: 'createGroup', args }] };
});
export const updateGroup = Array.from({ length: 6 }, (_, i) => (c: Ctx): Out => {
  const g = pick(c.r, GROUPS), ps = settings(c, pick(c.r, [1, 1, 2])), args = Object.assign({ group: g }, ...ps.map((p) => p[1]));
  const s = list(c, ps);
  const frames = [() => `set the ${g} group to ${s}`, () => `update group ${g}: ${s}`, () => `change the ${g} group's settings to ${s}`, () => `${g} group should use ${s}`,
    () => `for the group ${g}, use ${s}`, () => `edit group ${g} - ${s}`];
  return { text: frames[i](), calls: [{ tool: 'updateGroup', args }] };
});
export const updateWorkspace = Array.from({ length: 7 }, (_, i) => (c: Ctx): Out => {
  if (i === 6) { const n = pick(c.r, ['Studio Nord', 'Kowalski Design', 'Acme Agency', 'Bright & Bold', 'Tanaka Works']); return { text: pick(c.r, [`rename the workspace to ${n}`, `our workspace should be called ${n}`]), calls: [{ tool: 'updateWorkspace', args: { name: n } }] }; }
  const ps = settings(c, pick(c.r, [1, 1, 2, 3])), args = Object.assign({}, ...ps.map((p) => p[1])), s = list(c, ps);
  const frames = [() => `set the workspace defaults to ${s}`, () => `workspace settings: ${s}`, () => `by default use ${s} for all clients`, () => `change our default to ${s}`,
    () => `update the workspace: ${s}`, () => `everyone should default to ${s} unless set otherwise`];
  return { text: frames[i](), calls: [{ tool: 'updateWorkspace', args }] };
});
export const explainSettings = Array.from({ length: 7 }, (_, i) => (c: Ctx): Out => {
  const w = ref(c.r, client(c.r));
  const [st, sv] = pick(c.r, [['', undefined], ['currency', 'currency'], ['payment terms', 'paymentTerms'], ['reminder tone', 'reminderTone'], ['', undefined]] as const);
  const frames = st
    ? [`why is ${w} billed in that currency?`.replace('that currency', st === 'currency' ? 'this currency' : st), `where does ${w}'s ${st} come from?`, `explain the ${st} for ${w}`,
      `why does ${w} have these ${st}?`, `which ${st} applies to ${w} and why?`, `what ${st} does ${w} get, and from where?`, `how is ${w}'s ${st} decided?`]
    : [`explain ${w}'s settings`, `where do ${w}'s settings come from?`, `why does ${w} have these settings?`, `show me how ${w}'s billing settings are inherited`,
      `which settings apply to ${w}?`, `explain the effective settings for ${w}`, `what defaults does ${w} use?`];
  const text = st === 'currency' && i === 0 ? `why is ${w} billed in this currency?` : frames[i];
  return { text, calls: [{ tool: 'explainSettings', args: sv ? { client: w, setting: sv } : { client: w } }] };
});

const MEMBER_ROLES: [string, string][] = [['owner', 'owner'], ['admin', 'admin'], ['an admin', 'admin'], ['manager', 'manager'], ['a manager', 'manager'], ['member', 'member'], ['a member', 'member']];
export const inviteMember = Array.from({ length: 7 }, (_, i) => (c: Ctx): Out => {
  const p = person(c.r); const raw = `${p.first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'teammate'}@${pick(c.r, ['ourstudio.com', 'agency.io', 'kowalski-design.pl', 'studio-nord.de'])}`;
  const [t, e] = c.mail(raw); const withName = chance(c.r, 0.5); const ro = chance(c.r, 0.6) ? pick(c.r, MEMBER_ROLES) : null;
  const args: Record<string, unknown> = { email: e }; if (withName) args.name = p.full; if (ro) args.role = ro[1];
  const who = withName ? `${p.full} (${t})` : t; const asR = ro ? ` as ${ro[0]}` : '';
  const frames = [() => `invite ${who} to the workspace${asR}`, () => `add ${who} to our team${asR}`, () => `invite a teammate: ${who}${asR}`, () => `give ${who} access to Clientele${asR}`,
    () => `add a new member ${who}${asR}`, () => `send a workspace invite to ${who}${asR}`, () => `${who} is joining us, invite them${asR}`];
  return { text: frames[i](), calls: [{ tool: 'inviteMember', args }] };
});
export const setMemberRole = Array.from({ length: 6 }, (_, i) => (c: Ctx): Out => {
  const m = chance(c.r, 0.7) ? pick(c.r, OWNERS_FOR_MEMBERS) : `${pick(c.r, OWNERS_FOR_MEMBERS).toLowerCase()}@ourstudio.com`; const ro = pick(c.r, MEMBER_ROLES);
  const frames = [() => `make ${m} ${ro[0]}`, () => `change ${m}'s role to ${ro[1]}`, () => `set ${m} as ${ro[0]}`, () => `promote ${m} to ${ro[1]}`, () => `${m} should be ${ro[0]} in the workspace`, () => `give ${m} the ${ro[1]} role`];
  return { text: frames[i](), calls: [{ tool: 'setMemberRole', args: { member: m, role: ro[1] } }] };
});
const PATHS = ['./leads.csv', 'clients.csv', '~/Downloads/export.csv', './data/crm-export-2026.csv', '../old-crm/contacts.csv', 'hubspot_export.csv', './import/customers.txt'];
const importId = (c: Ctx) => Array.from({ length: int(c.r, 14, 22) }, () => 'abcdefghijkmnpqrstuvwxyz0123456789'[int(c.r, 0, 33)]).join('');
export const importCsv = Array.from({ length: 7 }, (_, i) => (c: Ctx): Out => {
  if (i >= 5) { const id = importId(c); return { text: i === 5 ? `show import ${id}` : `what does import ${id} look like?`, calls: [{ tool: 'importCsv', args: { importId: id } }] }; }
  const f = pick(c.r, PATHS);
  const frames = [`import clients from ${f}`, `import ${f}`, `load ${f} into my clients`, `dry run the import of ${f}`, `bring in the leads from ${f}`];
  return { text: frames[i], calls: [{ tool: 'importCsv', args: { file: f } }] };
});
export const applyImport = Array.from({ length: 6 }, (_, i) => (c: Ctx): Out => {
  const id = importId(c); const frames = [`apply import ${id}`, `run the import ${id}`, `confirm import ${id}`, `go ahead with import ${id}`, `apply the csv import ${id}`, `finish import ${id}`];
  return { text: frames[i], calls: [{ tool: 'applyImport', args: { importId: id } }] };
});

const EMPTY = ['hi!', 'hello', 'thanks!', 'thank you', 'good morning', 'how are you?', "what's the weather in Berlin today?", 'can you book me a flight to Lisbon?',
  'tell me a joke', 'what can you do?', 'help', 'how do I add a client?', "what's the difference between archiving and deleting a client?", 'how does the client portal work?',
  'what is a billing default contact?', 'can clients pay online?', 'which currencies do you support?', 'who won the match last night?', 'write me a poem about invoices',
  'update the client', 'send it', 'delete them', 'archive it', 'change the email', 'add a contact', 'invoice them', 'mark it as paid', 'set the payment terms',
  'what is 15% of 2400?', 'translate "thank you" into German', 'ok', 'cool', '?', 'never mind', 'cancel', 'how do groups work?', 'is my data backed up?',
  'how do I export my data?', 'rename it', 'remove her', 'share the document', 'create a quote', 'send the invoice', 'what time is it in Tokyo?', 'lol',
  'can you recommend a good accountant?', 'what does reminder tone mean?', 'do you integrate with Xero?', 'how much does Clientele cost?', 'good night'];
export const none = Array.from({ length: 6 }, () => (c: Ctx): Out => ({ text: pick(c.r, EMPTY), calls: [] }));
export const slashEmpty = (): Out => ({ text: '', calls: [] });

export const sendOutreach = Array.from({ length: 4 }, (_, i) => (c: Ctx): Out => {
  const id = String(int(c.r, 3, 400));
  const frames = [`send outreach draft ${id}`, `send draft #${id}`, `approve and send outreach draft ${id}`, `send the outreach draft with id ${id}`];
  return { text: frames[i], calls: [{ tool: 'sendOutreach', args: { draftId: id } }] };
});
