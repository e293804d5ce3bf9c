// "What changed on Acme last week?" in chat: listActivity lists a client's (or the workspace's) changes, newest first,
// with who made them, when, from where and which were undone; it changes nothing, and is refused without client access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { undoActivity } from '../../src/domain/activity/undo-activity';
import { createClient } from '../../src/domain/clients/create-client';
import { updateClient } from '../../src/domain/clients/update-client';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
beforeAll(async () => {
  db = await createTestDb();
  ws = await seedWorkspace(db.db);
  const ctx = testCtx(db.db, ws.actors.owner, { now: new Date('2026-11-01T09:00:00Z') });
  await createClient({ ctx, input: { name: 'Acme Corp' } });
  await createClient({ ctx, input: { name: 'Lumen Forge' } });
  ctx.clock.now = new Date('2026-11-20T09:30:00Z');
  await updateClient({ ctx, input: { client: 'Acme Corp', status: 'active' } });
  const phone = await updateClient({ ctx, input: { client: 'Acme Corp', phone: '+44 20 7946 0958' } });
  await undoActivity({ ctx, input: { activityId: phone.activityId } });
});
afterAll(() => db.cleanup());

const run = (input: Record<string, unknown>, actor = ws.actors.owner) => runTool(testCtx(db.db, actor, { now: new Date('2026-11-22T10:00:00Z') }), 'listActivity', input);

describe('listActivity', () => {
  it("lists one client's changes newest first, the undone one marked (happy)", async () => {
    const r = await run({ client: 'Acme' });
    expect(r).toMatchObject({ ok: true, data: { kind: 'activity' } });
    const lines = (r.ok ? r.text : '').split('\n');
    expect(lines[0]).toBe('Changes to Acme Corp, newest first:');
    expect(lines.slice(1).map((l) => l.replace(/^• \S+ \S+ UTC, /, ''))).toEqual([
      expect.stringMatching(/^\S.* \(web\): Undid: /),
      expect.stringMatching(/ \(web\): .*phone.* \(undone\)$/i),
      expect.stringMatching(/ \(web\): .*status/i),
      expect.stringMatching(/ \(web\): Created Acme Corp/),
    ]);
    expect(r.ok && r.text).not.toContain('Lumen Forge');
  });

  it('since a day leaves older changes out, and says when there are none', async () => {
    const r = await run({ client: 'Acme Corp', since: '2026-11-15' });
    expect(r.ok && r.text).not.toContain('Created Acme Corp');
    expect(r.ok && r.text).toContain('(undone)');
    expect((await run({ client: 'Lumen Forge', since: '2026-11-15' }))).toMatchObject({ ok: true, text: 'No changes to Lumen Forge since 2026-11-15.' });
  });

  it('refuses an unknown client, a bad day and a role without client access (error, security)', async () => {
    expect(await run({ client: 'Nobody Ltd' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await run({ since: 'last week' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await run({}, ws.actors.member)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
