// findClients / exportCsv with every filter and combinations, plus showClient, addNote, archive, unarchive, delete.
import { NOTES } from './tpl-clients';
import { client, clients, country, Ctx, INDUSTRIES, owner, ref, type Out } from './values';
import { chance, createdRange, int, pick, pickN } from './util';

const FIND_STATUS: [string, string][] = [['active clients', 'active'], ['leads', 'lead'], ['prospects', 'lead'], ['past clients', 'past'], ['churned clients', 'past'],
  ['former clients', 'past'], ['inactive clients', 'inactive'], ['dormant clients', 'inactive'], ['paused clients', 'inactive'], ['active customers', 'active']];
const QUERIES = ['bakery', 'dental', 'studio', 'logistics', 'acme', 'GmbH', 'café', 'design', 'müller', 'tech', 'sp. z o.o.', 'coffee', 'Pty Ltd', 'consulting'];

/** A filtered client list phrase: [noun phrase, args]. */
function filters(c: Ctx, n: number): [string, Record<string, unknown>] {
  const r = c.r; const args: Record<string, unknown> = {};
  const ks = pickN(r, ['status', 'archived', 'country', 'industry', 'owner', 'created', 'sort', 'limit', 'query'], n);
  if (ks.includes('archived') && ks.includes('status') && chance(r, 0.7)) ks.splice(ks.indexOf('archived'), 1);
  let noun = pick(r, ['clients', 'clients', 'customers', 'accounts']); let pre = ''; const post: string[] = [];
  if (ks.includes('status')) { const [t, v] = pick(r, FIND_STATUS); noun = t; args.status = v; }
  if (ks.includes('industry')) {
    const i = pick(r, INDUSTRIES); args.industry = i;
    if (chance(r, 0.4)) noun = `${i} ${noun}`; else post.push(pick(r, [`in the ${i} industry`, `in ${i}`, `in the ${i} sector`, `with industry ${i}`]));
  }
  if (ks.includes('archived')) {
    const [t, v] = pick(r, [['archived', 'archived'], ['archived', 'archived'], ['all', 'all'], ['active', 'active']] as const);
    if (t === 'archived') noun = `archived ${noun}`; else if (t === 'all') post.push(pick(r, ['including archived', 'including archived ones', 'incl. the archived ones', 'archived or not']));
    else post.push(pick(r, ['that are not archived', '(not archived)']));
    args.archived = v;
  }
  if (ks.includes('country')) { const [t, v] = country(r); args.country = v; post.push(pick(r, [`in ${t}`, `from ${t}`, `based in ${t}`, `located in ${t}`])); }
  if (ks.includes('owner')) { const o = owner(r); args.owner = o; if (chance(r, 0.35)) pre = `${o}'s `; else post.push(pick(r, [`owned by ${o}`, `assigned to ${o}`, `that ${o} owns`, `with owner ${o}`])); }
  if (ks.includes('query')) { const q = pick(r, QUERIES); args.query = q; post.push(pick(r, [`matching "${q}"`, `named like ${q}`, `with "${q}" in the name`, `matching ${q}`])); }
  if (ks.includes('created')) { const d = createdRange(r, c.today); if (d.from) args.createdFrom = d.from; if (d.to) args.createdTo = d.to; post.push(d.t); }
  let lim = '';
  if (ks.includes('limit')) { const l = pick(r, [3, 5, 10, 20, 25, 50]); args.limit = l; lim = pick(r, [`top ${l} `, `first ${l} `, `${l} `]); }
  if (ks.includes('sort')) {
    const [t, v] = pick(r, [['sorted by revenue', 'revenue'], ['by revenue', 'revenue'], ['sorted by name', 'name'], ['alphabetically', 'name'], ['A-Z', 'name'],
      ['sorted by last activity', 'lastActivity'], ['by most recent activity', 'lastActivity'], ['ordered by creation date', 'created'], ['sorted by date added', 'created'], ['newest first', 'created']] as const);
    args.sort = v; post.push(t);
  }
  return [`${lim}${pre}${noun}${post.length ? ` ${post.join(pick(r, [' ', ', ']))}` : ''}`, args];
}

const findFrames: ((c: Ctx, np: string) => string)[] = [
  (c, np) => `${pick(c.r, ['show', 'show me', 'list', 'list all', 'find', 'get'])} ${np}`,
  (_c, np) => np,
  (c, np) => `${pick(c.r, ['which', 'what'])} ${np} do we have?`,
  (c, np) => `can you pull up ${pick(c.r, ['the ', 'my ', ''])}${np}`,
  (_c, np) => `I need a list of ${np}`,
  (c, np) => `${pick(c.r, ['how many', 'give me'])} ${np}${pick(c.r, ['?', ''])}`,
  (_c, np) => `who are our ${np}?`,
  (c, np) => `${pick(c.r, ['search', 'filter'])} ${np}`,
];
export const findClients = [
  ...findFrames.map((f) => (c: Ctx): Out => { const [np, args] = filters(c, pick(c.r, [1, 1, 2, 2, 3])); return { text: f(c, np), calls: [{ tool: 'findClients', args }] }; }),
  (c: Ctx): Out => { const q = pick(c.r, [...QUERIES, client(c.r).name.split(' ')[0]]); return { text: `${pick(c.r, ['find', 'search for', 'look up', 'search clients for', 'any clients called'])} ${q}`, calls: [{ tool: 'findClients', args: { query: q } }] }; },
  (c: Ctx): Out => { const d = createdRange(c.r, c.today); const args: Record<string, unknown> = {}; if (d.from) args.createdFrom = d.from; if (d.to) args.createdTo = d.to;
    return { text: pick(c.r, [`who did we add ${d.t.replace(/^(added|created) /, '')}?`, `clients ${d.t}`, `new clients ${d.t}`]), calls: [{ tool: 'findClients', args }] }; },
];
const exportFrames: ((c: Ctx, np: string) => string)[] = [
  (c, np) => `export ${np}${pick(c.r, [' as csv', ' to CSV', '', ' as a CSV file'])}`,
  (_c, np) => `download a CSV of ${np}`,
  (c, np) => `csv of ${np}${pick(c.r, ['', ' please'])}`,
  (_c, np) => `can I get a spreadsheet export of ${np}?`,
  (c, np) => `${pick(c.r, ['send me', 'give me'])} ${np} as a csv`,
  (_c, np) => `export the list of ${np}`,
];
export const exportCsv = [
  ...exportFrames.map((f) => (c: Ctx): Out => { const [np, args] = filters(c, pick(c.r, [0, 1, 1, 2, 3])); return { text: f(c, np), calls: [{ tool: 'exportCsv', args }] }; }),
  (c: Ctx): Out => ({ text: pick(c.r, ['export my clients to CSV', 'export all clients', 'csv export of everything', 'download all my clients as csv']), calls: [{ tool: 'exportCsv', args: {} }] }),
];

const one = (tool: string, frames: ((who: string, c: Ctx) => string)[]) => frames.map((f) => (c: Ctx): Out => {
  const who = ref(c.r, client(c.r)); return { text: f(who, c), calls: [{ tool, args: { client: who } }] };
});
export const showClient = one('showClient', [
  (w) => `show me ${w}`, (w) => `show ${w}`, (w, c) => `${pick(c.r, ['pull up', 'open', 'bring up'])} ${w}`, (w) => `what do we have on ${w}?`,
  (w) => `details for ${w}`, (w) => `what's missing on ${w} before I can invoice them?`, (w) => `${w} - show the client card`,
  (w) => `what's the balance for ${w}?`, (w) => `tell me about ${w}`, (w) => `look at ${w}`,
]);
export const archiveClient = one('archiveClient', [
  (w) => `archive ${w}`, (w) => `can you move ${w} to the archive`, (w) => `please archive ${w}`, (w) => `${w} can be archived`,
  (w) => `hide ${w} from the active list`, (w) => `we're done with ${w}, archive them`, (w) => `archive the client ${w}`, (w) => `put ${w} in the archive`,
]);
export const unarchiveClient = one('unarchiveClient', [
  (w) => `unarchive ${w}`, (w) => `restore ${w} from the archive`, (w) => `bring ${w} back from the archive`, (w) => `un-archive ${w}`,
  (w) => `${w} is back, unarchive them`, (w) => `move ${w} out of the archive`, (w) => `reactivate ${w} from archived`,
]);
export const deleteClient = one('deleteClient', [
  (w) => `delete ${w}`, (w) => `permanently delete ${w}`, (w) => `delete the client ${w}`, (w) => `remove ${w} completely`,
  (w) => `get rid of ${w}, delete it for good`, (w) => `erase ${w} from the system`, (w) => `${w} was a test, delete it`,
]);
export const addNote = [
  (w: string, n: string) => `add a note to ${w}: ${n}`, (w: string, n: string) => `note on ${w}: ${n}`, (w: string, n: string) => `note ${w}: ${n}`,
  (w: string, n: string) => `add note to ${w} - ${n}`, (w: string, n: string) => `jot down for ${w} that ${n}`, (w: string, n: string) => `remember for ${w}: ${n}`,
  (w: string, n: string) => `${w} note: ${n}`, (w: string, n: string) => `log a note on ${w} saying ${n}`, (w: string, n: string) => `add to ${w}'s notes: ${n}`,
].map((f) => (c: Ctx): Out => { const who = ref(c.r, client(c.r)); const n = pick(c.r, NOTES); return { text: f(who, n), calls: [{ tool: 'addNote', args: { client: who, text: n } }] }; });

export { filters, clients, int };
