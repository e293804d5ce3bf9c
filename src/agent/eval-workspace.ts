// `npm run eval -- FILE.jsonl --workspace`: each case read as if in a workspace that holds what the command refers to
// (the clients, contacts and groups its calls name, except those the command itself creates) among other names, the
// way the agent hands the offline reader the workspace's names at run time.
import type { EvalCase } from './eval';

// Other names a workspace holds, so a case's own names are not the only ones the reader is offered; none of them is
// named in any corpus, so they never stand in for a name a case creates.
const OTHER_CLIENTS = ['Vellacott Joinery', 'Brisbane Kite Works', 'Oddfellow Print Co', 'Marrowbone Ceramics', 'Quillon Analytics',
  'Tamsin & Rook', 'Halvard Freight AS', 'Pemberly Orchards', 'Ostrander Labs', 'Cobblestone Media', 'Yarrow & Finch', 'Deepwell Pumps Ltd',
  'Santorelli Caffè', 'Wexcombe Studio', 'Kestrel Ridge Farm', 'Ivel Valley Brewing', 'Mokoena Builders', 'Orla Textiles', 'Lantern Bay Goods',
  'Glasswing Toys'];
const OTHER_CONTACTS = ['Imogen Vance', 'Tobias Wren', 'Keiko Hale', 'Nkechi Obi', 'Lena Brandt', 'Oskar Nyberg', 'Maya Castell', 'Mirela Petrova'];
const OTHER_GROUPS = ['Non-profits', 'Seafarer Group'];
const OTHER_MEMBERS = ['Ada Lovelace', 'Bram Kuiper', 'Chidi Okeke', 'Dolores Vidal'];

export type EvalWorkspace = { clients: string[]; contacts: string[]; groups: string[]; members: string[]; contactClients: Record<string, string> };

/** The names the case's workspace holds. */
export function workspaceOf(c: EvalCase): EvalWorkspace {
  const made = new Set<string>(), added = new Set<string>(), grouped = new Set<string>(), invited = new Set<string>();
  for (const call of c.expect) {
    const name = typeof call.args.name === 'string' ? call.args.name.toLowerCase() : undefined;
    if (!name) continue;
    if (call.tool === 'createClient') made.add(name);
    if (call.tool === 'addContact') added.add(name);
    if (call.tool === 'createGroup') grouped.add(name);
    if (call.tool === 'inviteMember') invited.add(name);
  }
  const named = (key: string, skip: Set<string>) => c.expect.map((call) => call.args[key])
    .filter((v): v is string => typeof v === 'string' && !skip.has(v.toLowerCase()));
  const unique = (xs: string[]) => [...new Set(xs)];
  // "send the quote to oakridge": a quote or invoice named by its client's name names that client.
  const byClient = [...named('quote', made), ...named('invoice', made)].filter((ref) => !/\d/.test(ref));
  return {
    clients: unique([...named('client', made), ...byClient, ...OTHER_CLIENTS]),
    contacts: unique([...named('contact', added), ...OTHER_CONTACTS]),
    groups: unique([...named('group', grouped), ...OTHER_GROUPS]),
    // The teammates a list's owner, a client's owner or a role change names are the workspace's members.
    members: unique([...named('owner', new Set()), ...named('member', invited), ...named('reassignTo', new Set()), ...OTHER_MEMBERS]),
    // The contact a call names is at the client it names (as the workspace's contact list says at run time).
    contactClients: Object.fromEntries(c.expect.filter((call) => typeof call.args.contact === 'string' && typeof call.args.client === 'string' && !added.has(String(call.args.contact).toLowerCase()))
      .map((call) => [String(call.args.contact).toLowerCase(), call.args.client as string])),
  };
}
