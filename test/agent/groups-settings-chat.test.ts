// Groups and settings by chat: the model's tool calls (forced by the mock model) create a group, put a client in
// it, answer "why is Acme billed in EUR?" from explainSettings, and change workspace defaults (owners and admins).
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/agent/run-agent';
import { undoChange } from '../../src/agent/undo';
import { clients, groups, workspaces } from '../../src/db/schema';
import { createClient } from '../../src/domain/clients/create-client';
import { chatModel } from './mock-model';
import { agentFixture, type AgentFixture } from './setup';

let fx: AgentFixture;
afterEach(() => fx?.deps.testDb.cleanup());

describe('groups and settings by chat', () => {
  it('creates a group, puts Acme in it, explains why Acme is billed in EUR, and takes Acme out again', async () => {
    const chat = chatModel();
    fx = await agentFixture(chat.model);
    const ctx = fx.ctxFor('manager');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    const turn = (text: string) => runAgent({ deps: fx.deps, ctx, conversationId: 'groups', text, surface: 'web' });

    chat.say({ toolName: 'createGroup', input: { name: 'Agencies', currency: 'EUR', paymentTerms: 'net 45' } });
    const made = await turn('create a group Agencies billed in EUR, net 45');
    expect(made.results[0].result).toMatchObject({ ok: true, text: 'Created the group Agencies (EUR, 45 days).' });

    chat.say({ toolName: 'updateClient', input: { client: 'Acme', group: 'Agencies' } });
    const joined = await turn('put Acme in Agencies');
    expect(joined.results[0].result).toMatchObject({ ok: true });
    const [acme] = await fx.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(acme.groupId).toEqual(expect.any(Number));

    chat.say({ toolName: 'explainSettings', input: { client: 'Acme', setting: 'currency' } });
    const why = await turn('why is Acme billed in EUR?');
    expect(why.results[0].result).toMatchObject({ ok: true, text: 'Acme Corp is billed in EUR, from the group Agencies.' });
    expect(why.text).toContain('from the group Agencies');

    chat.say({ toolName: 'updateGroup', input: { group: 'Agencies', name: 'Partner agencies', paymentTerms: 60 } });
    await turn('rename Agencies to Partner agencies, net 60');
    chat.say({ toolName: 'explainSettings', input: { client: 'Acme', setting: 'paymentTerms' } });
    expect((await turn("what are Acme's payment terms?")).text).toBe("Acme Corp's payment terms are 60 days, from the group Partner agencies.");

    chat.say({ toolName: 'updateClient', input: { client: 'Acme', group: null } });
    await turn('take Acme out of its group');
    expect((await fx.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp')))[0].groupId).toBeNull();
  });

  it('lets an admin change the workspace defaults (undoable) and refuses a manager, changing nothing', async () => {
    const chat = chatModel();
    fx = await agentFixture(chat.model);
    chat.say({ toolName: 'updateWorkspace', input: { currency: 'GBP' } });
    const refused = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'ws-m', text: 'bill everyone in GBP', surface: 'slack' });
    expect(refused.results[0].result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const ws = () => fx.deps.db.select().from(workspaces).where(eq(workspaces.id, fx.ws.workspaceId)).then((r) => r[0]);
    expect((await ws()).defaultCurrency).toBe('EUR');

    chat.say({ toolName: 'updateWorkspace', input: { currency: 'GBP', paymentTerms: 14, reminderTone: 'firm' } });
    const done = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('admin'), conversationId: 'ws-a', text: 'default to GBP, 14 days, firm', surface: 'slack' });
    const result = done.results[0].result;
    expect(result).toMatchObject({ ok: true, text: expect.stringContaining('Defaults are now GBP, 14 days, firm reminders.') });
    expect(await ws()).toMatchObject({ defaultCurrency: 'GBP', paymentTerms: 14, reminderTone: 'firm' });
    if (!result.ok || !result.undo) throw new Error('expected an undo');
    await undoChange({ deps: fx.deps, ctx: fx.ctxFor('admin'), activityId: result.undo.activityId });
    expect(await ws()).toMatchObject({ defaultCurrency: 'EUR', paymentTerms: 30, reminderTone: 'friendly' });
    expect(await fx.deps.db.select().from(groups)).toEqual([]);
  });
});
