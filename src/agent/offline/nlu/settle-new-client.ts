// "Kowalczyk Consulting Sp. z o.o. → lead, Warsaw, PLN, owner Ewa": a change to a client the workspace does not have,
// said with no word of changing, that the reader also read as a new client, adds that client (updating it could
// only fail: there is nothing to update). A name close to one the workspace has is left a change, for the typo rule.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';
import { mayBeKnown, nameKey } from './match-known';

const CHANGES = /\b(?:update|updated|change|changed|set|switch|switched|move|moved|make|made|mark|marked|edit|now|no longer|anymore|instead|from|becomes|became|is|are)\b/i;
// How many of the reader's first readings may come before a new client's, for the change to be read as one.
const CREATE_AMONG = 3;

const POINTER = /^(?:them|they|it|this|that|these|those|the client|this client|that client|us|him|her)$/i;

export function settleNewClient<C extends PlannedCall & { clause?: Clause }>(calls: C[], clients: string[] | undefined): C[] {
  if (!clients?.length) return calls;
  // (A client this message adds is known by the time it is changed: "add X, then put them in the India group".)
  const made = calls.flatMap((c) => (c.tool === 'createClient' && typeof c.args.name === 'string' ? [nameKey(c.args.name)] : []));
  return calls.map((call) => {
    const ref = call.args.client;
    if (call.tool !== 'updateClient' || typeof ref !== 'string' || !call.clause || CHANGES.test(call.clause.text)) return call;
    if (POINTER.test(ref) || made.includes(nameKey(ref))) return call;
    const create = call.clause.ranking.slice(0, CREATE_AMONG).some((r) => r.label === 'createClient');
    if (!create || mayBeKnown(ref, clients)) return call;
    const { client: _, ...fields } = call.args;
    // (A change that says nothing is asked about, not made a client of: its values were not read.)
    if (!Object.keys(fields).length) return call;
    return { ...call, tool: 'createClient', args: { name: ref, ...fields } };
  });
}
