import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, clients, contacts } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { addNote } from '../../../src/domain/clients/add-note';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { updateClient } from '../../../src/domain/clients/update-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { removeContact } from '../../../src/domain/contacts/remove-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { useFixture } from '../clients/fixture';

const f = useFixture();

describe('undo', () => {
  it('restores the before values of a client update, once, and records the undo', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Undo Co', industry: 'Old' } });
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Undo Co', name: 'Renamed Co', industry: 'New', status: 'active' } });
    const r = await undoActivity({ ctx: f.ctx(), input: { activityId: u.activityId } });
    expect(r.summary).toMatch(/^Undid: Updated Renamed Co/);
    const view = await getClientView(f.t.db, f.ctx(), client.id);
    expect(view).toMatchObject({ name: 'Undo Co', industry: 'Old', status: 'lead' });
    const [orig] = await f.t.db.select().from(activities).where(eq(activities.id, u.activityId!));
    expect(orig.undoneAt).not.toBeNull();
    const [undoRow] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId));
    expect(undoRow).toMatchObject({ undoOf: u.activityId, clientId: client.id });
    await expect(undoActivity({ ctx: f.ctx(), input: { activityId: u.activityId } })).rejects.toMatchObject({ code: 'conflict' });
    // The name key follows: the duplicate rule finds it under its old name again.
    expect((await createClient({ ctx: f.ctx(), input: { name: 'UNDO co.' } })).created).toBe(false);
  });

  it('undoes archive, a note, a contact add (restoring the old primary) and a contact update', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Many Undo', contactName: 'Ann' } });
    const arch = await archiveClient({ ctx: f.ctx(), input: { client: 'Many Undo' } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: arch.activityId } });
    expect((await getClientView(f.t.db, f.ctx(), client.id)).archived).toBe(false);

    const note = await addNote({ ctx: f.ctx(), input: { client: 'Many Undo', text: 'oops' } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: note.activityId } });
    expect((await getClientView(f.t.db, f.ctx(), client.id)).notes).toEqual([]);

    const ben = await addContact({ ctx: f.ctx(), input: { client: 'Many Undo', name: 'Ben', primary: true } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: ben.activityId } });
    let view = await getClientView(f.t.db, f.ctx(), client.id);
    expect(view.contacts.map((c) => [c.name, c.isPrimary])).toEqual([['Ann', true]]);

    const cat = await addContact({ ctx: f.ctx(), input: { client: 'Many Undo', name: 'Cat', email: 'cat@undo.co' } });
    const up = await updateContact({ ctx: f.ctx(), input: { client: 'Many Undo', contact: 'Cat', primary: true, jobTitle: 'CEO' } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: up.activityId! } });
    view = await getClientView(f.t.db, f.ctx(), client.id);
    expect(view.contacts.map((c) => [c.name, c.isPrimary, c.jobTitle])).toEqual([['Ann', true, null], ['Cat', false, null]]);

    const rm = await removeContact({ ctx: f.ctx(), input: { client: 'Many Undo', contact: 'Ann' } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: rm.activityId } });
    view = await getClientView(f.t.db, f.ctx(), client.id);
    expect(view.contacts.map((c) => [c.name, c.isPrimary])).toEqual([['Ann', true], ['Cat', false]]);
    expect(cat.contact.id).toBe(view.contacts[1].id);
  });

  it('undoes a client creation while it has no invoices, and restores a deleted client', async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Regret Co', contactName: 'R', email: 'r@regret.co' } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: made.activityId } });
    expect(await f.t.db.select().from(clients).where(eq(clients.id, made.client.id))).toEqual([]);
    expect(await f.t.db.select().from(contacts).where(eq(contacts.clientId, made.client.id))).toEqual([]);

    const kept = await createClient({ ctx: f.ctx(), input: { name: 'Phoenix Co', contactName: 'P', email: 'p@phoenix.co', notes: 'history' } });
    const del = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Phoenix Co' } });
    await undoActivity({ ctx: f.ctx('owner'), input: { activityId: del.activityId } });
    const back = await getClientView(f.t.db, f.ctx(), kept.client.id);
    expect(back).toMatchObject({ name: 'Phoenix Co', number: kept.client.number, notes: [{ body: 'history' }] });
    expect(back.contacts.map((c) => c.email)).toEqual(['p@phoenix.co']);
  });

  it('listActivity shows the history newest first, with what can still be undone', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'History Co' } });
    const a = await updateClient({ ctx: f.ctx(), input: { client: 'History Co', status: 'active' } });
    const b = await updateClient({ ctx: f.ctx(), input: { client: 'History Co', status: 'past' } });
    const { activities: rows } = await listActivity({ ctx: f.ctx(), input: { client: 'History Co' } });
    expect(rows.map((r) => r.verb)).toEqual(['client.updated', 'client.updated', 'client.created']);
    expect(rows.map((r) => r.canUndo)).toEqual([true, false, false]);
    expect(rows[0]).toMatchObject({ id: b.activityId, actorName: 'Manager 1', channel: 'web', clientId: client.id, before: { status: 'active' } });
    await undoActivity({ ctx: f.ctx(), input: { activityId: b.activityId } });
    const after = (await listActivity({ ctx: f.ctx(), input: { client: `id:${client.id}`, limit: 10 } })).activities;
    // The undo itself can be undone (a redo), and the change before it is undoable again.
    expect(after[0]).toMatchObject({ verb: 'activity.undone', undoOf: b.activityId, canUndo: true });
    expect(after.find((r) => r.id === a.activityId)?.canUndo).toBe(true);
  });
});
