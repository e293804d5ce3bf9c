// The full New client form by chat ("add a client with all the invoice details"): the model's createClient call
// with complete: true names every missing detail at once and saves nothing; the next turn, with them, adds an
// invoice-ready client (a model forced by the mock; the tools and domain are the real ones).
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/agent/run-agent';
import { clients } from '../../src/db/schema';
import { scriptedModel, type Call } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
afterEach(() => fx?.deps.testDb.cleanup());

/** The tool result's sentence in a tool message: its text, or its error's message. */
function findSaid(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (o.ok === true && typeof o.text === 'string') return o.text;
  if (o.ok === false && o.error && typeof (o.error as { message?: unknown }).message === 'string') return (o.error as { message: string }).message;
  for (const x of Object.values(o)) { const t = findSaid(x); if (t) return t; }
  return undefined;
}

/** Each user message runs the calls queued for it; then the model says the tool's message, success or not. */
function chatModel() {
  const queue: Call[][] = [];
  const model = scriptedModel((opts) => {
    const last = opts.prompt.at(-1)!;
    if (last.role === 'user') return { calls: queue.shift() ?? [] };
    return { text: findSaid(last.content) ?? 'Done.' };
  });
  return { model, say: (...calls: Call[]) => queue.push(calls) };
}

describe('the full form by chat', () => {
  it('asks for every missing invoice detail at once, then adds the client when they are given', async () => {
    const chat = chatModel();
    fx = await agentFixture(chat.model);
    const ctx = fx.ctxFor('manager');
    const turn = (text: string) => runAgent({ deps: fx.deps, ctx, conversationId: 'full-form', text, surface: 'web' });
    const clientCount = async () => (await fx.deps.db.select({ n: count() }).from(clients))[0].n;

    chat.say({ toolName: 'createClient', input: { name: 'Northwind Traders', complete: true } });
    const asked = await turn('add Northwind Traders with all the invoice details');
    expect(asked.results[0].result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(asked.text).toContain('it still needs: contact person, billing email, billing address: street, billing address: city, '
      + 'billing address: postal code, billing address: country');
    expect(await clientCount()).toBe(0);

    chat.say({ toolName: 'createClient', input: {
      name: 'Northwind Traders', complete: true, contactName: 'Nancy Davolio', email: 'ap@northwind.test',
      address: { line1: '1 Harbour Rd', city: 'Hamburg', postalCode: '20457', country: 'DE' },
    } });
    const added = await turn('Nancy Davolio, ap@northwind.test, 1 Harbour Rd, 20457 Hamburg, Germany');
    expect(added.results[0].result).toMatchObject({ ok: true, data: { client: { name: 'Northwind Traders', missingForInvoicing: [] } } });
    expect(await clientCount()).toBe(1);
  });
});
