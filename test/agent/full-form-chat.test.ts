// The full New client form by chat ("add a client with all the invoice details"): the model's createClient call
// with complete: true names every missing detail at once and saves nothing; the next turn, with them, adds an
// invoice-ready client (a model forced by the mock; the tools and domain are the real ones).
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/agent/run-agent';
import { clients } from '../../src/db/schema';
import { chatModel } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
afterEach(() => fx?.deps.testDb.cleanup());

describe('the full form by chat', () => {
  it('asks for every missing invoice detail at once, then adds the client when they are given', async () => {
    const chat = chatModel({ errors: true });
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
