import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_STEPS, runAgent, type AgentEvent } from '../../src/agent/run-agent';
import { clients, conversations } from '../../src/db/schema';
import { seedWorkspace } from '../support/factories';
import { callThenText, scriptedModel } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
afterEach(() => fx?.deps.testDb.cleanup());

const promptText = (prompt: unknown) => JSON.stringify(prompt);

describe('runAgent', () => {
  it('runs a tool the model calls, streams the answer and returns the structured result', async () => {
    const model = callThenText({ toolName: 'createClient', input: { name: 'Acme Corp', email: 'hello@acme.io' } }, 'Added Acme Corp.');
    fx = await agentFixture(model);
    const events: AgentEvent[] = [];
    const turn = await runAgent({
      deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'c1', text: 'add Acme Corp, hello@acme.io', surface: 'web',
      onEvent: (e) => events.push(e),
    });
    expect(turn.text).toBe('Added Acme Corp.');
    expect(turn.approvals).toEqual([]);
    expect(turn.results).toHaveLength(1);
    const [{ toolName, result }] = turn.results;
    expect(toolName).toBe('createClient');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data?.kind).toBe('client');
    expect(result.undo?.activityId).toEqual(expect.any(Number));
    expect(result.missing?.length).toBeGreaterThan(0);
    const [row] = await fx.deps.db.select().from(clients).where(eq(clients.workspaceId, fx.ws.workspaceId));
    expect(row.name).toBe('Acme Corp');
    // Text arrives in deltas; the tool result is announced before the answer.
    expect(events.filter((e) => e.type === 'text-delta').map((e) => (e as { delta: string }).delta).join('')).toBe('Added Acme Corp.');
    expect(events.findIndex((e) => e.type === 'tool-result')).toBeLessThan(events.findIndex((e) => e.type === 'text-delta'));
    // The model saw the system prompt with the workspace's clock and the tool result on its second step.
    expect(model.doStreamCalls).toHaveLength(2);
    expect(promptText(model.doStreamCalls[0].prompt)).toContain('2026-11-22');
    expect(promptText(model.doStreamCalls[1].prompt)).toContain('"ok":true');
  });

  it('stops a model that calls tools forever at the step cap', async () => {
    const model = scriptedModel(() => ({ calls: [{ toolName: 'findClients', input: { query: 'acme' } }] }));
    fx = await agentFixture(model);
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('owner'), conversationId: 'loop', text: 'find acme', surface: 'cli' });
    expect(model.doStreamCalls).toHaveLength(MAX_STEPS);
    expect(MAX_STEPS).toBe(8);
    expect(turn.results).toHaveLength(MAX_STEPS);
    expect(turn.text).toContain('No clients match.');
  });

  it('turns refusals and bad input into tool failures the model reads, never exceptions', async () => {
    const model = scriptedModel([
      { calls: [{ toolName: 'createClient', input: { name: 'Acme' } }, { toolName: 'showClient', input: { client: 'Nobody Ltd' } }] },
      { text: 'Sorry.' },
    ]);
    fx = await agentFixture(model);
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('member'), conversationId: 'm', text: 'add Acme', surface: 'web' });
    expect(turn.results.map((r) => r.result.ok)).toEqual([false, false]);
    const [create] = turn.results;
    if (create.result.ok) return;
    expect(create.result.error.code).toBe('forbidden');
    expect(create.result.error.message).toMatch(/member/);
    const [{ n }] = await fx.deps.db.select({ n: count() }).from(clients);
    expect(n).toBe(0);
    expect(promptText(model.doStreamCalls[1].prompt)).toContain('forbidden');
  });

  it('keeps the conversation across turns and scopes it to the member and workspace', async () => {
    const seen: string[] = [];
    const model = scriptedModel((opts) => {
      seen.push(promptText(opts.prompt));
      return { text: 'Noted.' };
    });
    fx = await agentFixture(model);
    const first = fx.ctxFor('owner');
    await runAgent({ deps: fx.deps, ctx: first, conversationId: 'thread-1', text: 'remember the word pineapple', surface: 'slack' });
    await runAgent({ deps: fx.deps, ctx: first, conversationId: 'thread-1', text: 'and what next?', surface: 'slack' });
    expect(seen[1]).toContain('pineapple');
    // Same conversation id, another member of the workspace, and a member of another workspace: nothing leaks.
    await runAgent({ deps: fx.deps, ctx: fx.ctxFor('admin'), conversationId: 'thread-1', text: 'hello', surface: 'slack' });
    const other = await seedWorkspace(fx.deps.db, { name: 'Other' });
    await runAgent({ deps: fx.deps, ctx: fx.ctxFor('owner', other), conversationId: 'thread-1', text: 'hello', surface: 'slack' });
    expect(seen[2]).not.toContain('pineapple');
    expect(seen[3]).not.toContain('pineapple');
    const rows = await fx.deps.db.select().from(conversations);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.memberId === fx.ws.actors.owner.memberId)?.messages).toHaveLength(4);
  });
});
