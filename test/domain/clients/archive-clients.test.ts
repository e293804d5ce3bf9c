// "Archive all inactive clients": every active client the filters match is archived at once, each with its own
// history line; one undo brings back those still archived by it and leaves one changed since as it is. No filter,
// no match or too many (over 500) is refused with why, changing nothing; a member or another workspace cannot.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, clients } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { archiveClients, describeClientsToArchive } from '../../../src/domain/clients/archive-clients';
import { createClient } from '../../../src/domain/clients/create-client';
import { unarchiveClient } from '../../../src/domain/clients/unarchive-client';
import { useFixture } from './fixture';

const f = useFixture();
const archivedNames = async (ws: 'a' | 'b' = 'a') => (await f.t.db.select({ name: clients.name }).from(clients)
  .where(and(eq(clients.workspaceId, (ws === 'a' ? f.a : f.b).workspaceId), isNotNull(clients.archivedAt)))).map((r) => r.name).sort();

beforeAll(async () => {
  const ctx = f.ctx();
  for (const name of ['Quiet One', 'Quiet Two', 'Quiet Three']) await createClient({ ctx, input: { name, status: 'inactive' } });
  await createClient({ ctx, input: { name: 'Busy Co', status: 'active' } });
  await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Quiet Elsewhere', status: 'inactive' } });
});

describe('archiveClients', () => {
  it('archives the matching clients, shows each in its history, and one undo brings back those not changed since (happy)', async () => {
    expect(await describeClientsToArchive(f.ctx(), { status: 'inactive' })).toMatchObject({ count: 3, names: 'Quiet One, Quiet Three, Quiet Two' });
    const r = await archiveClients({ ctx: f.ctx(), input: { status: 'inactive' } });
    expect(r.count).toBe(3);
    expect(await archivedNames()).toEqual(['Quiet One', 'Quiet Three', 'Quiet Two']);
    expect(await archivedNames('b')).toEqual([]);
    const history = await listActivity({ ctx: f.ctx(), input: { client: 'Quiet One' } });
    expect(history.activities[0].summary).toBe('Archived Quiet One (with 2 others)');
    // One was unarchived and archived again by hand since: the set's undo leaves it archived.
    await unarchiveClient({ ctx: f.ctx(), input: { client: 'Quiet Two' } });
    await archiveClient({ ctx: f.ctx(), input: { client: 'Quiet Two' } });
    const undone = await undoActivity({ ctx: f.ctx(), input: { activityId: r.activityId } });
    expect(undone.summary).toBe('Undid: Archived 3 clients: Quiet One, Quiet Three, Quiet Two (1 of them changed since and was left as it was)');
    expect(await archivedNames()).toEqual(['Quiet Two']);
    // And the undo can itself be undone.
    await undoActivity({ ctx: f.ctx(), input: { activityId: undone.activityId } });
    expect(await archivedNames()).toEqual(['Quiet One', 'Quiet Three', 'Quiet Two']);
  });

  it('refuses no filter, no match and an unknown filter value, changing nothing (error)', async () => {
    const before = await f.counts();
    await expect(archiveClients({ ctx: f.ctx(), input: {} })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'filters' }] });
    await expect(archiveClients({ ctx: f.ctx(), input: { query: 'no such client anywhere' } }))
      .rejects.toMatchObject({ code: 'not_found', message: 'No active clients match; nothing to archive.' });
    await expect(archiveClients({ ctx: f.ctx(), input: { status: 'sleepy' } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'status' }] });
    expect(await f.counts()).toEqual(before);
    // More than 500 at once: narrowed first.
    const rows = Array.from({ length: 501 }, (_, i) => [`P${i}`, `Past ${i}`]);
    await f.t.db.run(sql`INSERT INTO clients (workspace_id, number, name, name_key, status)
      SELECT ${f.a.workspaceId}, j.value->>0, j.value->>1, lower(j.value->>1), 'past' FROM json_each(${JSON.stringify(rows)}) j`);
    const many = await f.counts();
    await expect(archiveClients({ ctx: f.ctx(), input: { status: 'past' } }))
      .rejects.toMatchObject({ code: 'conflict', message: 'More than 500 clients match; archive at most 500 at once: narrow the filters.' });
    expect(await f.counts()).toEqual(many);
  });

  it('is refused to a member and a portal contact, and never reaches another workspace (security)', async () => {
    const before = await f.counts();
    await expect(archiveClients({ ctx: f.ctx('member'), input: { status: 'active' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await f.counts()).toEqual(before);
    const r = await archiveClients({ ctx: f.ctx('manager', 'b'), input: { status: 'inactive' } });
    expect(r.names).toEqual(['Quiet Elsewhere']);
    expect((await f.t.db.select().from(activities).where(eq(activities.id, r.activityId)))[0].workspaceId).toBe(f.b.workspaceId);
    expect(await archivedNames()).toEqual(['Quiet One', 'Quiet Three', 'Quiet Two']);
  });
});
