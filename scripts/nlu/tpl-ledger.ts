// Projects, invoices, payments, quotes, documents and client messages.
import { money } from './money';
import { client, Ctx, ref, type Out } from './values';
import { chance, futureDate, int, pastDate, pick } from './util';

export const PROJECTS = ['Website Redesign', 'Mobile App MVP', 'Q1 Brand Refresh', 'SEO Audit', 'Office Fit-out', 'ERP Rollout', 'Annual Report 2026', 'Packaging Design',
  'Spring Campaign', 'Data Migration', 'Kitchen Renovation', 'Logo Design', 'Phase 2', 'Retainer 2027', 'Shopify Store', 'Trade Fair Stand'];
const DESCS = ['logo design', 'October consulting', 'the March retainer', 'hosting for 2026', 'photography day rate', 'workshop facilitation', 'translation of the catalogue',
  '20 hours of development', 'site visit and report', 'design revisions', 'monthly maintenance'];
const invNo = (r: () => number) => pick(r, [`INV-${String(int(r, 1, 999)).padStart(4, '0')}`, `INV-${String(int(r, 1, 99)).padStart(4, '0')}`, `#${int(r, 1000, 1400)}`, `INV-2026-${String(int(r, 1, 300)).padStart(3, '0')}`]);
const quoteNo = (r: () => number) => pick(r, [`Q-${String(int(r, 1, 200)).padStart(4, '0')}`, `Q-${String(int(r, 1, 40)).padStart(4, '0')}`, `Q-2026-${String(int(r, 1, 90)).padStart(3, '0')}`]);

const quoted = (c: Ctx, s: string) => pick(c.r, [s, s, `"${s}"`]);
export const createProject = [
  (w: string, n: string) => `create a project called ${n} for ${w}`, (w: string, n: string) => `new project "${n}" for ${w}`, (w: string, n: string) => `new project for ${w}: ${n}`,
  (w: string, n: string) => `start a ${n} project for ${w}`, (w: string, n: string) => `add project ${n} to ${w}`, (w: string, n: string) => `${w} - open a project named ${n}`,
  (w: string, n: string) => `set up the ${n} project under ${w}`,
].map((f, i) => (c: Ctx): Out => {
  const w = ref(c.r, client(c.r)); const n = pick(c.r, PROJECTS); const st = i < 3 && chance(c.r, 0.25) ? pick(c.r, ['active', 'on hold', 'planned', 'completed']) : '';
  const text = f(w, i === 1 ? n : n) + (st ? `, status ${st}` : '');
  return { text, calls: [{ tool: 'createProject', args: st ? { client: w, name: n, status: st } : { client: w, name: n } }] };
});

export const createInvoice = Array.from({ length: 9 }, (_, i) => (c: Ctx): Out => {
  const r = c.r, w = ref(r, client(r)), m = money(r);
  const due = chance(r, 0.45) ? futureDate(r, c.today) : null;
  const desc = chance(r, 0.35) ? pick(r, DESCS) : null;
  const proj = !desc && chance(r, 0.2) ? pick(r, PROJECTS) : null;
  const args: Record<string, unknown> = { client: w, amount: m.amount };
  if (m.currency) args.currency = m.currency;
  if (due) args.dueDate = due.v;
  if (desc) args.description = desc;
  if (proj) args.project = proj;
  const dueT = due ? ` ${pick(r, ['due', 'payable', 'due date'])} ${due.t}` : '';
  const dT = desc ? ` for ${desc}` : proj ? ` for the ${proj} project` : '';
  const frames = [
    () => `invoice ${w} ${m.t}${dT}${dueT}`, () => `bill ${w} ${m.t}${dT}${dueT}`, () => `create an invoice for ${w} for ${m.t}${dT}${dueT}`,
    () => `new invoice: ${w}, ${m.t}${dT}${due ? `,${dueT}` : ''}`, () => `send ${w} a bill of ${m.t}${dT}${dueT}`.replace(/^send/, 'raise'),
    () => `charge ${w} ${m.t}${dT}${dueT}`, () => `${w} owes us ${m.t}${dT}, make an invoice${dueT}`, () => `draw up an invoice to ${w} over ${m.t}${dT}${dueT}`,
    () => `invoice ${m.t} to ${w}${dT}${dueT}`,
  ];
  return { text: frames[i](), calls: [{ tool: 'createInvoice', args }] };
});

export const recordPayment = Array.from({ length: 8 }, (_, i) => (c: Ctx): Out => {
  const r = c.r, m = money(r), d = chance(r, 0.5) ? pastDate(r, c.today) : null;
  const byInv = i % 2 === 0; const target = byInv ? invNo(r) : ref(r, client(r));
  const args: Record<string, unknown> = { [byInv ? 'invoice' : 'client']: target, amount: m.amount };
  if (d) args.date = d.v;
  const dT = d ? ` ${d.t}` : '';
  const frames = byInv
    ? [() => `record a payment of ${m.t} on invoice ${target}${dT}`, () => `${target} was paid${dT}, ${m.t}`, () => `mark ${m.t} received against ${target}${dT}`, () => `payment for ${target}: ${m.t}${dT}`]
    : [() => `${target} paid ${m.t}${dT}`, () => `payment of ${m.t} from ${target} received${dT}`, () => `we got ${m.t} from ${target}${dT}`, () => `log a ${m.t} payment from ${target}${dT}`];
  return { text: frames[Math.floor(i / 2) % 4](), calls: [{ tool: 'recordPayment', args }] };
});

const QUOTE_TITLES = ['Website Redesign', 'Brand Identity Package', 'SEO Retainer 2027', 'Office Move', 'Mobile App Phase 1', 'Catering for Summer Party', 'Annual Maintenance'];
export const createQuote = Array.from({ length: 7 }, (_, i) => (c: Ctx): Out => {
  const r = c.r, w = ref(r, client(r)), m = money(r), t = pick(r, QUOTE_TITLES), v = chance(r, 0.4) ? futureDate(r, c.today) : null;
  const args: Record<string, unknown> = { client: w, title: t, amount: m.amount };
  if (m.currency) args.currency = m.currency; if (v) args.validUntil = v.v;
  const vT = v ? `, valid ${pick(r, ['until', 'till', 'through'])} ${v.t.replace(/^(on|by) /, '')}` : '';
  const frames = [
    () => `quote ${w} ${m.t} for ${t}${vT}`, () => `create a quote for ${w}: ${t}, ${m.t}${vT}`, () => `draft a quote "${t}" for ${w} at ${m.t}${vT}`,
    () => `new quote for ${w} - ${t} - ${m.t}${vT}`, () => `prepare a ${m.t} quote for ${w} titled ${t}${vT}`, () => `${w} wants a quote for ${t}, ${m.t}${vT}`,
    () => `make a quote: ${t} for ${w}, ${m.t}${vT}`,
  ];
  return { text: frames[i](), calls: [{ tool: 'createQuote', args }] };
});
export const sendQuote = [
  (q: string) => `send quote ${q}`, (q: string) => `send ${q} to the client`, (q: string) => `email quote ${q} to them for approval`, (q: string) => `${q} is ready, send it`,
  (q: string) => `please send the quote ${q}`, (q: string) => `share quote ${q} in the portal and notify them`,
].map((f) => (c: Ctx): Out => { const q = quoteNo(c.r); return { text: f(q), calls: [{ tool: 'sendQuote', args: { quote: q } }] }; });
export const sendInvoice = [
  (q: string) => `send invoice ${q}`, (q: string) => `email ${q} to the client`, (q: string) => `${q} is ready, send it out`, (q: string) => `send out ${q} please`,
  (q: string) => `resend invoice ${q}`, (q: string) => `deliver invoice ${q} to their billing contact`, (q: string) => `send the invoice for ${q}`,
].map((f, i) => (c: Ctx): Out => { const q = i === 6 ? ref(c.r, client(c.r)) : invNo(c.r); return { text: f(q), calls: [{ tool: 'sendInvoice', args: { invoice: q } }] }; });

const MESSAGES = ['the designs are ready for review', 'we will be closed between Christmas and New Year', 'can you send the signed contract?', 'your site goes live on Monday',
  'thanks for the quick payment!', 'please upload your logo files', 'the workshop moves to 10am', 'invoice INV-0042 is now overdue'];
export const messageClient = [
  (w: string, m: string) => `message ${w}: ${m}`, (w: string, m: string) => `tell ${w} that ${m}`, (w: string, m: string) => `send ${w} a message saying ${m}`,
  (w: string, m: string) => `post to ${w}'s thread: ${m}`, (w: string, m: string) => `let ${w} know ${m}`, (w: string, m: string) => `write to ${w} in the portal: "${m}"`,
  (w: string, m: string) => `reply to ${w}: ${m}`,
].map((f) => (c: Ctx): Out => { const w = ref(c.r, client(c.r)), m = pick(c.r, MESSAGES); return { text: f(w, m), calls: [{ tool: 'messageClient', args: { client: w, text: m } }] }; });

const FILES = ['./contract.pdf', './docs/SOW-2026.pdf', '~/Downloads/NDA signed.pdf', 'proposal_v3.docx', './brand-guidelines.pdf', 'invoice-scan.png', '../shared/Q3 report.xlsx', 'floorplan.dwg'];
const DOC_TITLES = ['Signed contract', 'Statement of Work', 'NDA', 'Brand guidelines', 'Q3 report', 'Proposal v3'];
export const addDocument = Array.from({ length: 7 }, (_, i) => (c: Ctx): Out => {
  const r = c.r, w = ref(r, client(r)), f = pick(r, FILES), t = chance(r, 0.35) ? pick(r, DOC_TITLES) : null, sh = chance(r, 0.45) ? chance(r, 0.75) : null;
  const args: Record<string, unknown> = { client: w, file: f }; if (t) args.title = t; if (sh !== null) args.shared = sh;
  const tT = t ? `${pick(r, [' as ', ', title ', ' titled '])}"${t}"` : '';
  const sT = sh === null ? '' : sh ? pick(r, [' and share it in the portal', ', visible in the portal', ' and show it to them in the portal']) : pick(r, [', internal only', ', not shared', " but don't show it in the portal"]);
  const frames = [() => `attach ${f} to ${w}${tT}${sT}`, () => `upload ${f} to ${w}${tT}${sT}`, () => `add document ${f} to ${w}${tT}${sT}`, () => `add ${f} to ${w}'s documents${tT}${sT}`,
    () => `save ${f} under ${w}${tT}${sT}`, () => `store the file ${f} for ${w}${tT}${sT}`, () => `${w}: add file ${f}${tT}${sT}`];
  return { text: frames[i](), calls: [{ tool: 'addDocument', args }] };
});
export const shareDocument = Array.from({ length: 6 }, (_, i) => (c: Ctx): Out => {
  const r = c.r, w = ref(r, client(r)), d = pick(r, [...DOC_TITLES, 'contract.pdf', 'SOW-2026.pdf']), on = chance(r, 0.6);
  const frames = on
    ? [() => `share the ${d} with ${w} in the portal`, () => `make ${d} visible to ${w}`, () => `show ${d} in ${w}'s portal`, () => `publish ${d} to ${w}'s portal`, () => `let ${w} see the ${d}`, () => `share ${d} with ${w}`]
    : [() => `hide the ${d} from ${w}'s portal`, () => `unshare ${d} for ${w}`, () => `stop sharing ${d} with ${w}`, () => `make ${d} internal for ${w}`, () => `${w} shouldn't see ${d} anymore`, () => `remove ${d} from ${w}'s portal view`];
  return { text: frames[i](), calls: [{ tool: 'shareDocument', args: { client: w, document: d, shared: on } }] };
});
export { invNo, quoteNo, quoted };
