// `npm run eval -- FILE.jsonl --workspace`: each case read as if in a workspace that holds what the command refers to
// (the clients, contacts and groups its calls name, except those the command itself creates) among other names, the
// way the agent hands the offline reader the workspace's names at run time.
import type { EvalCase } from './eval';

// Other names a workspace holds, so a case's own names are not the only ones the reader is offered.
const OTHER_CLIENTS = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Ltd', 'Hooli', 'Stark Logistics', 'Wayne Studio', 'Northwind Traders',
  'Blue Harbor Design', 'Maple & Co', 'Kiwi Peak', 'Orchard Row', 'Sunfold Studio', 'Ardent Architects', 'Pinecrest Labs', 'Quarry Lane',
  'Bellweather Co', 'Juniper & Vale', 'Lindqvist Marin AB', 'Rivera Hermanos'];
const OTHER_CONTACTS = ['Jane Doe', 'Tom Becker', 'Aiko Mori', 'Lucas Martin', 'Priya Shah', 'Olumide Ade', 'Sofia Rossi', 'Erik Lund'];
const OTHER_GROUPS = ['Agencies', 'Retainers', 'EU clients'];

export type EvalWorkspace = { clients: string[]; contacts: string[]; groups: string[] };

/** The names the case's workspace holds. */
export function workspaceOf(c: EvalCase): EvalWorkspace {
  const made = new Set<string>(), added = new Set<string>(), grouped = new Set<string>();
  for (const call of c.expect) {
    const name = typeof call.args.name === 'string' ? call.args.name.toLowerCase() : undefined;
    if (!name) continue;
    if (call.tool === 'createClient') made.add(name);
    if (call.tool === 'addContact') added.add(name);
    if (call.tool === 'createGroup') grouped.add(name);
  }
  const named = (key: string, skip: Set<string>) => c.expect.map((call) => call.args[key])
    .filter((v): v is string => typeof v === 'string' && !skip.has(v.toLowerCase()));
  const unique = (xs: string[]) => [...new Set(xs)];
  return {
    clients: unique([...named('client', made), ...OTHER_CLIENTS]),
    contacts: unique([...named('contact', added), ...OTHER_CONTACTS]),
    groups: unique([...named('group', grouped), ...OTHER_GROUPS]),
  };
}
