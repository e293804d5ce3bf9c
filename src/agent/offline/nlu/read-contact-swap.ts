// "remove Pedro from Rua Azul and add Inês Carvalho instead": a second action "add <person>" right after a change to
// a client's contacts adds that person to the same client; it is no new client named after them.
import type { PlannedCall } from '../types';

const CONTACT_TOOLS = new Set(['removeContact', 'addContact', 'updateContact']);
// Words that ask for a client, not a contact.
const CLIENT_WORDS = /\b(?:client|customer|company|account|lead|prospect|business|firm|new|create|creat|set up|onboard)\b/i;
// Legal forms and shapes of a company's name.
const COMPANY = /\b(?:ltd|llc|inc|gmbh|ag|sa|sas|srl|spa|bv|nv|plc|pty|oy|ab|as|kk|co|corp|group|studio|labs?|partners|&)\b|\d/i;

type Call = PlannedCall & { clause?: { text: string } };

/** The calls with such a person added as a contact of the client just changed. */
export function withContactsForPeople<C extends Call>(calls: C[]): C[] {
  return calls.map((call, k) => {
    const prev = calls[k - 1];
    if (call.tool !== 'createClient' || !prev || !CONTACT_TOOLS.has(prev.tool) || typeof prev.args.client !== 'string') return call;
    const name = call.args.name;
    if (typeof name !== 'string' || name.split(/\s+/).length > 3 || COMPANY.test(name) || CLIENT_WORDS.test(call.clause?.text ?? '')) return call;
    const { name: _, contactName: __, ...rest } = call.args;
    const args: Record<string, unknown> = { client: prev.args.client, name };
    for (const key of ['email', 'phone'] as const) if (rest[key] !== undefined) args[key] = rest[key];
    return { ...call, tool: 'addContact', args };
  });
}
