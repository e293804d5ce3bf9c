import { describe, expect, it } from 'vitest';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { useFixture } from '../clients/fixture';

const f = useFixture();

describe('undo, permissions', () => {
  it("another workspace's change is NotFound; members are refused; restoring a deletion needs an owner or admin", async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Guarded Co' } });
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Guarded Co', status: 'active' } });
    const before = await f.counts();
    await expect(undoActivity({ ctx: f.ctx('owner', 'b'), input: { activityId: u.activityId } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(undoActivity({ ctx: f.ctx('member'), input: { activityId: u.activityId } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await f.counts()).toEqual(before);

    const made = await createClient({ ctx: f.ctx('admin'), input: { name: 'Admin Made' } });
    await expect(undoActivity({ ctx: f.ctx('manager'), input: { activityId: made.activityId } })).rejects.toMatchObject({ code: 'forbidden' });
    const del = await deleteClient({ ctx: f.ctx('admin'), input: { client: 'Admin Made' } });
    await expect(undoActivity({ ctx: f.ctx('manager'), input: { activityId: del.activityId } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: del.activityId } })).resolves.toMatchObject({ summary: expect.stringMatching(/Undid: Deleted Admin Made/) });
  });

  it('the history offers an Undo only to whom undoActivity would allow it', async () => {
    const made = await createClient({ ctx: f.ctx('admin'), input: { name: 'Admin Listed' } });
    const offered = async (role: 'admin' | 'manager') =>
      (await listActivity({ ctx: f.ctx(role), input: {} })).activities.find((a) => a.id === made.activityId)?.canUndo;
    expect(await offered('admin')).toBe(true);
    expect(await offered('manager')).toBe(false);
    const del = await deleteClient({ ctx: f.ctx('admin'), input: { client: 'Admin Listed' } });
    const undone = await undoActivity({ ctx: f.ctx('admin'), input: { activityId: del.activityId } });
    // Undoing the restore deletes the client again: as strong as the deletion.
    const redo = async (role: 'admin' | 'manager') =>
      (await listActivity({ ctx: f.ctx(role), input: {} })).activities.find((a) => a.id === undone.activityId)?.canUndo;
    expect(await redo('admin')).toBe(true);
    expect(await redo('manager')).toBe(false);
  });
});
