// A new client named exactly like one the workspace has, with no word of adding: "Kettle Hill Farm bill in AUD",
// "Zephyr Kites Ltd isn't a lead anymore, they're an active customer", "Fjordsen Bygg AS addr Bryggen 12" say
// something about that client, so they change it ("Seoul Brew Co. / Min-ji Cho email ..." changes its contact)
// instead of the new client's values being dropped with "already exists; nothing was added".
import type { PlannedCall } from '../types';
import { perList } from './per-list';
import type { Clause } from './command-reader';

const ADDS = /\b(?:add|adding|added|create|creating|created|new|set up|setup|onboard\w*|register\w*|sign(?:ed)? up|open|opened|as an? (?:client|customer|lead|prospect))\b/i;
const CONTACT_FIELDS = new Set(['email', 'phone']);

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

const setOf = perList((names) => new Set(names.map(key)));

export function settleClientCalls<C extends PlannedCall & { clause?: Clause }>(calls: C[], known: { clients?: string[]; contacts?: string[] } | undefined): C[] {
  if (!known?.clients?.length) return calls;
  // (Only a new client is looked up: a turn that reads or changes builds no set of the workspace's names.)
  if (!calls.some((c) => c.tool === 'createClient')) return calls;
  const clients = setOf(known.clients);
  const out: C[] = [];
  for (const call of calls) {
    const text = call.clause?.text ?? '';
    const name = call.args.name;
    // ("Brightmoor Dental: hide pricing sheet" read as a new client with notes is read again as the action after the
    // colon, src/agent/offline/nlu/read-slash-name.ts: left as it is.)
    const notesOnly = Object.keys(call.args).every((k) => k === 'name' || k === 'notes' || k === 'status') && call.args.notes !== undefined;
    // "add Torres & Vega + Pinecrest Media to EU retainers", cut in two: a client the workspace has, "added" with
    // nothing of its own beside another put into a group, goes into that group too.
    const grouped = calls.find((c) => c.tool === 'updateClient' && typeof c.args.group === 'string' && Object.keys(c.args).length === 2);
    if (call.tool === 'createClient' && typeof name === 'string' && clients.has(key(name)) && Object.keys(call.args).length === 1 && grouped) {
      out.push({ ...call, tool: 'updateClient', args: { client: name, group: grouped.args.group } });
      continue;
    }
    if (call.tool !== 'createClient' || typeof name !== 'string' || !clients.has(key(name)) || ADDS.test(text) || notesOnly) {
      out.push(call);
      continue;
    }
    const { name: _, ...fields } = call.args;
    if (fields.status === 'lead' && !/\blead\b/i.test(text)) delete fields.status;
    // (Nothing said about it: "/client Acme Corp" answers that Acme Corp already exists, with its card.)
    if (!Object.keys(fields).length) {
      out.push(call);
      continue;
    }
    const person = Object.keys(fields).every((k) => CONTACT_FIELDS.has(k))
      ? known.contacts?.find((c) => c.trim().length > 1 && text.toLowerCase().includes(key(c))) : undefined;
    out.push(person
      ? { ...call, tool: 'updateContact', args: { client: name, contact: person, ...fields } }
      : { ...call, tool: 'updateClient', args: { client: name, ...fields } });
  }
  return out;
}
