// Undo from a change's activity row, and the agent failing closed when its parts break (L12).
import { count, eq, sql } from 'drizzle-orm';
import { MockLanguageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/agent/run-agent';
import { undoChange } from '../../src/agent/undo';
import { clients, conversations } from '../../src/db/schema';
import { createClient } from '../../src/domain/clients/create-client';
import { callThenText, scriptedModel } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
afterEach(() => fx.deps.testDb.cleanup());

describe('undoChange', () => {
  it('reverses the change a tool result offered to undo', async () => {
    fx = await agentFixture(callThenText({ toolName: 'updateClient', input: { client: 'Acme Corp', status: 'active', email: 'ap@acme.io' } }));
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Acme Corp' } });
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'u', text: 'Acme is active now', surface: 'web' });
    const result = turn.results[0].result;
    expect(result.ok && result.undo?.label).toBe('Undo the change to Acme Corp');
    const undone = await undoChange({ deps: fx.deps, ctx: fx.ctxFor('manager'), activityId: result.ok ? result.undo!.activityId : 0 });
    expect(undone.text).toMatch(/Acme Corp/);
    const [acme] = await fx.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(acme.status).toBe('lead');
    expect(acme.email).toBeNull();
    // A member cannot undo anything.
    await expect(undoChange({ deps: fx.deps, ctx: fx.ctxFor('member'), activityId: result.ok ? result.undo!.activityId : 0 }))
      .rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('failing closed', () => {
  it('runs no destructive tool when the approval store is broken, and says something went wrong', async () => {
    fx = await agentFixture(scriptedModel([{ calls: [{ toolName: 'deleteClient', input: { client: 'Acme Corp' } }] }]));
    await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Acme Corp' } });
    await fx.deps.db.run(sql`DROP TABLE approvals`);
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('owner'), conversationId: 'broken', text: 'delete Acme', surface: 'web' });
    expect(turn.approvals).toEqual([]);
    expect(turn.results[0].result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(turn.text).toMatch(/went wrong/);
    const [{ n }] = await fx.deps.db.select({ n: count() }).from(clients);
    expect(n).toBe(1);
  });

  it('surfaces a model failure to the channel and keeps no half turn in memory', async () => {
    const model = new MockLanguageModelV4({ doStream: async () => { throw new Error('model unavailable'); } });
    fx = await agentFixture(model);
    await expect(runAgent({ deps: fx.deps, ctx: fx.ctxFor('owner'), conversationId: 'down', text: 'hi', surface: 'cli' }))
      .rejects.toThrow(/model unavailable/);
    expect(await fx.deps.db.select().from(conversations)).toEqual([]);
  });
});
