// Undoing an undo carries the same authority as the change itself: deleting a client again needs an owner or admin;
// another workspace's undo is not found.
import { describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { updateClient } from '../../../src/domain/clients/update-client';
import { useLedgerFixture } from '../ledger/fixture';

const f = useLedgerFixture();

describe('undo of an undo, permissions', () => {
  it('a manager cannot delete a client again by undoing its restore; an admin can', async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Guarded Redo' } });
    const del = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Guarded Redo' } });
    const restored = await undoActivity({ ctx: f.ctx('owner'), input: { activityId: del.activityId } });
    const before = await f.counts();
    await expect(undoActivity({ ctx: f.ctx('manager'), input: { activityId: restored.activityId } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(undoActivity({ ctx: f.ctx('member'), input: { activityId: restored.activityId } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(undoActivity({ ctx: f.ctx('owner', 'b'), input: { activityId: restored.activityId } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).name).toBe('Guarded Redo');
    await expect(undoActivity({ ctx: f.ctx('admin'), input: { activityId: restored.activityId } })).resolves.toMatchObject({ summary: expect.stringMatching(/^Redid: Deleted Guarded Redo/) });
  });

  it("another workspace cannot redo this workspace's undo", async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Private Redo', industry: 'A' } });
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Private Redo', industry: 'B' } });
    const undone = await undoActivity({ ctx: f.ctx(), input: { activityId: u.activityId } });
    await expect(undoActivity({ ctx: f.ctx('owner', 'b'), input: { activityId: undone.activityId } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getClientView(f.t.db, f.ctx(), u.client.id)).industry).toBe('A');
  });
});
