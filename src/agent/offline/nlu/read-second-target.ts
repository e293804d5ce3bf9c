// A second target said in a few words after the first, that the one reading dropped: "switch the portal off for
// Brightline and on for Rua Azul" (the other switch for the other client), "send the Kiri & Co invoice + the Halcyon
// one" (the same send for another client's invoice).
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';

const ON_OFF = /^(?:on|off)$/i;
const SENT = { sendInvoice: 'invoice', sendQuote: 'quote' } as Record<string, string>;
const THE_OTHER_ONE = /(?:\+|&|\band|\bplus)\s+(?:also\s+)?the\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\s+one\b/u;

export function withSecondTarget(calls: PlannedCall[], clause: Clause): PlannedCall[] {
  if (calls.length !== 1) return calls;
  const [call] = calls;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (call.tool === 'setPortalAccess' && call.args.contact === undefined && clients.length === 2 && call.args.client === clients[0].text) {
    // (Each client's switch is the word said before it: the one reading gave both the clause's one polarity.)
    const first = clause.words.slice(clause.from, clients[0].from).filter((w) => ON_OFF.test(w)).at(-1)?.toLowerCase();
    const between = clause.words.slice(clients[0].to + 1, clients[1].from);
    const second = between.find((w) => ON_OFF.test(w))?.toLowerCase();
    if (between.includes('and') && first && second && first !== second) {
      return [{ tool: call.tool, args: { client: clients[0].text, enabled: first === 'on' } }, { tool: call.tool, args: { client: clients[1].text, enabled: second === 'on' } }];
    }
  }
  const key = SENT[call.tool];
  const other = key ? THE_OTHER_ONE.exec(clause.text)?.[1] : undefined;
  if (key && other && other !== call.args[key]) return [call, { tool: call.tool, args: { [key]: other } }];
  return calls;
}
