// updateWorkspace's messagesChannel (issue 14): the Slack channel where client message threads are mirrored, set
// and stopped through the tool runner as every surface calls it; a bad id is refused naming the field, nothing
// changes; only owners and admins; a model's call that picks a channel waits for the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undoActivity } from '../../src/domain/activity/undo-activity';
import { readMessagesChannel } from '../../src/domain/messages/messages-channel';
import { getTool } from '../../tools/index';
import { classifyCall } from '../../tools/risk';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let t: TestDb;
let ws: SeededWorkspace;
let other: SeededWorkspace;
beforeAll(async () => {
  t = await createTestDb();
  ws = await seedWorkspace(t.db);
  other = await seedWorkspace(t.db, { name: 'Other Studio' });
});
afterAll(() => t?.cleanup());

const channelOf = (w: SeededWorkspace) => readMessagesChannel(t.db, w.workspaceId, null);
const as = (role: 'owner' | 'admin' | 'manager' | 'member', w = ws) => testCtx(t.db, w.actors[role]);

describe('updateWorkspace messagesChannel', () => {
  it('an owner sets the channel by its id; the answer says where threads go and the change can be undone', async () => {
    const r = await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'C0CLIENTMSG' });
    expect(r).toMatchObject({ ok: true, data: { workspace: { messagesChannel: 'C0CLIENTMSG' } } });
    expect(r.ok && r.text).toContain('Slack channel C0CLIENTMSG');
    expect(await channelOf(ws)).toBe('C0CLIENTMSG');
    expect(await channelOf(other)).toBeNull();
    const undo = r.ok ? r.undo?.activityId : undefined;
    expect(undo).toBeTypeOf('number');
    await undoActivity({ ctx: as('owner'), input: { activityId: undo } });
    expect(await channelOf(ws)).toBeNull();
  });

  it('takes a channel as Slack writes it in a message, and a lower-case id; an admin may', async () => {
    expect(await runTool(as('admin'), 'updateWorkspace', { messagesChannel: '<#C0LINKED1|client-messages>' })).toMatchObject({ ok: true });
    expect(await channelOf(ws)).toBe('C0LINKED1');
    expect(await runTool(as('admin'), 'updateWorkspace', { messagesChannel: ' g0private9 ' })).toMatchObject({ ok: true });
    expect(await channelOf(ws)).toBe('G0PRIVATE9');
  });

  it('"off" and null stop the workspace channel; again is "nothing changed"', async () => {
    await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'C0CLIENTMSG' });
    const off = await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'off' });
    expect(off).toMatchObject({ ok: true, data: { workspace: { messagesChannel: 'off' } } });
    expect(off.ok && off.text).toContain('not mirrored in Slack');
    expect(await channelOf(ws)).toBeNull();
    await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'C0CLIENTMSG' });
    expect(await runTool(as('owner'), 'updateWorkspace', { messagesChannel: null })).toMatchObject({ ok: true });
    expect(await channelOf(ws)).toBeNull();
    const again = await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'OFF' });
    expect(again.ok && again.text).toMatch(/^Nothing changed/);
  });

  it.each(['#client-messages', 'client-messages', 'D0DIRECTMSG', 'C01', 'C0BAD!ID', ''])('refuses %j naming the field, and changes nothing', async (bad) => {
    await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'C0KEEPTHIS' });
    const r = await runTool(as('owner'), 'updateWorkspace', { messagesChannel: bad, currency: 'GBP' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const issue = !r.ok ? r.error.issues?.find((i) => i.field === 'messagesChannel') : undefined;
    expect(issue?.message).toMatch(/Slack channel id like C0123ABCD.*"off"/);
    expect(await channelOf(ws)).toBe('C0KEEPTHIS');
    expect(await runTool(as('owner'), 'updateWorkspace', {})).toMatchObject({ ok: true, data: { workspace: { currency: 'USD' } } });
  });

  it('is refused to managers and members; another workspace is untouched', async () => {
    await runTool(as('owner'), 'updateWorkspace', { messagesChannel: 'off' });
    for (const role of ['manager', 'member'] as const) {
      expect(await runTool(as(role), 'updateWorkspace', { messagesChannel: 'C0SNEAKY01' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await runTool(as('owner', other), 'updateWorkspace', { messagesChannel: 'C0OTHER001' })).toMatchObject({ ok: true });
    expect(await channelOf(ws)).toBeNull();
    expect(await channelOf(other)).toBe('C0OTHER001');
  });

  it("a model's call that picks a channel waits for the person; stopping it or changing defaults does not", async () => {
    const tool = getTool('updateWorkspace')!;
    const ctx = as('owner');
    const risk = (input: unknown) => classifyCall(tool, { ctx, input });
    expect(await risk({ messagesChannel: 'C0CLIENTMSG' })).toBe('sendsOutside');
    expect(await risk({ messagesChannel: 'off' })).toBe('write');
    expect(await risk({ messagesChannel: null })).toBe('write');
    expect(await risk({ currency: 'EUR' })).toBe('write');
  });
});
