// "/client Kettle Hill Farm bill in AUD" about a client the workspace has: said of that client, so it is changed (as a
// new client, the tool had answered "already exists; nothing was added" and dropped the AUD); words of adding still add.
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { workspaceOf } from '../../../src/agent/eval-workspace';
import { runAgent } from '../../../src/agent/run-agent';
import { clients } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kettle Hill Farm', 'Zephyr Kites Ltd', 'Fjordsen Bygg AS', 'Seoul Brew Co.', 'Ricci Studio'], contacts: ['Min-ji Cho'], groups: [] };
// In a workspace with other names besides (the eval's, src/agent/eval-workspace.ts), as a real one has.
const workspace = (calls: Array<{ tool: string; args: Record<string, unknown> }>) =>
  workspaceOf({ id: 't', today: '2026-06-10', channel: 'web', text: '', expect: calls });
const read = (text: string, names: object = known) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known: names });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('a known client is changed, not added again', () => {
  it.each([
    ['/client Kettle Hill Farm bill in AUD', [{ tool: 'updateClient', args: { client: 'Kettle Hill Farm', currency: 'AUD' } }]],
    ["Zephyr Kites Ltd isn't a lead anymore, they're an active customer", [{ tool: 'updateClient', args: { client: 'Zephyr Kites Ltd', status: 'active' } }]],
    ['<@U07BOT123> Fjordsen Bygg AS addr Bryggen 12, 5003 Bergen', [{ tool: 'updateClient', args: { client: 'Fjordsen Bygg AS', address: { line1: 'Bryggen 12', postalCode: '5003', city: 'Bergen' } } }]],
    ['/client Seoul Brew Co. / Min-ji Cho email minji@seoulbrew.kr', [{ tool: 'updateContact', args: { client: 'Seoul Brew Co.', contact: 'Min-ji Cho', email: 'minji@seoulbrew.kr' } }]],
  ])('%s', (text, calls) => {
    expect(read(text, workspace(calls))).toEqual(calls);
  });

  it('leaves a known name alone when nothing is said about it (the tool answers that it exists), and adds when asked to add', () => {
    expect(read('/client Ricci Studio')).toEqual([{ tool: 'createClient', args: { name: 'Ricci Studio' } }]);
    expect(read('add Kettle Hill Farm as a new client, billed in AUD')).toEqual([{ tool: 'createClient', args: { name: 'Kettle Hill Farm', currency: 'AUD' } }]);
  });
});

describe("what a client is worth is its value", () => {
  it.each([
    ['Hollow Oak Furniture is worth about £40k a year', 'Hollow Oak Furniture', 40000],
    ['Would you kindly give Oduya Freight Ltd an annual value of £60,000?', 'Oduya Freight Ltd', 60000],
  ])('%s', (text, client, value) => {
    expect(read(text, {})).toEqual([{ tool: 'updateClient', args: { client, currency: 'GBP', value } }]);
  });
  it('an invoice or a payment worth an amount is not the value', () => {
    expect(read('Acme paid an invoice worth 500 EUR', {})).toEqual([{ tool: 'recordPayment', args: { client: 'Acme', amount: 500 } }]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('changes the status of the Kettle Hill Farm it has, and makes no second one', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Kettle Hill Farm' } });
    const turn = await runAgent({ deps: fx.deps, ctx, conversationId: 'known-client', text: "Kettle Hill Farm isn't a lead anymore, they're an active customer", surface: 'web' });
    expect(turn.results[0]).toMatchObject({ toolName: 'updateClient', result: { ok: true } });
    const rows = await fx.deps.db.select().from(clients).where(eq(clients.name, 'Kettle Hill Farm'));
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('active');
  });
});
