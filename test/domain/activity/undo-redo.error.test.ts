// Undo refuses, with the reason, whenever it would destroy or overwrite data that came later (security.md A4).
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, clients } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { updateClient } from '../../../src/domain/clients/update-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { removeContact } from '../../../src/domain/contacts/remove-contact';
import { createProject } from '../../../src/domain/ledger/create-project';
import { rejection, useLedgerFixture } from '../ledger/fixture';

const f = useLedgerFixture();
const undo = (activityId: number, role: 'manager' | 'owner' = 'manager') => undoActivity({ ctx: f.ctx(role), input: { activityId } });
const count = async (table: string, clientId: number) =>
  Number((await f.t.db.all<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table} WHERE client_id = ${clientId}`)))[0].n);

describe('undo, refused rather than lose later data', () => {
  it("a creation is not undone once contacts, notes or projects were added; the reason names them", async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Grown Co', contactName: 'Gia', notes: 'own note' } });
    await addContact({ ctx: f.ctx(), input: { client: 'Grown Co', name: 'Later Person', email: 'later@grown.test' } });
    await addNote({ ctx: f.ctx(), input: { client: 'Grown Co', text: 'a later note' } });
    await createProject({ ctx: f.ctx(), input: { client: 'Grown Co', name: 'Later project' } });
    const before = await f.counts();
    const err = await rejection(undo(made.activityId!));
    expect(err.code).toBe('conflict');
    expect(err.message).toBe('Grown Co has 1 contact, 1 note and 1 project added since it was created, so creating it can no longer be undone without losing that; archive or delete it instead.');
    expect(await f.counts()).toEqual(before);
    const kept = [await count('contacts', made.client.id), await count('notes', made.client.id), await count('projects', made.client.id)];
    expect(kept).toEqual([2, 2, 1]);
    console.log(`A4: undo of a creation after a contact, a note and a project were added: refused (${err.code}), ${kept.reduce((a, b) => a + b)} of 5 rows kept`);
  });

  it('a creation whose later contact was added and removed again is refused too (that history would go)', async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Churn Co', contactName: 'Stays' } });
    await addContact({ ctx: f.ctx(), input: { client: 'Churn Co', name: 'Brief Guest' } });
    await removeContact({ ctx: f.ctx(), input: { client: 'Churn Co', contact: 'Brief Guest' } });
    const err = await rejection(undo(made.activityId!));
    expect(err.message).toMatch(/^Churn Co was changed since it was created \("Removed Brief Guest/);
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).name).toBe('Churn Co');
  });

  it('a redo is refused when the record changed since, and leaves the later change in place', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Later Co', industry: 'A' } });
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Later Co', industry: 'B' } });
    const undone = await undo(u.activityId!);
    const c = await updateClient({ ctx: f.ctx(), input: { client: 'Later Co', industry: 'C' } });
    const err = await rejection(undo(undone.activityId));
    expect(err).toMatchObject({ code: 'conflict', message: expect.stringContaining('Only the last change to this record can be undone') });
    expect((await getClientView(f.t.db, f.ctx(), c.client.id)).industry).toBe('C');
    // Twice the same undo, or the original again while it stands undone: refused.
    await expect(undo(u.activityId!)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('deleting again (undoing the restore) is refused when the restored client gained a contact or was edited', async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Twice Co', contactName: 'Tom' } });
    const del = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Twice Co' } });
    const restored = await undo(del.activityId, 'owner');
    await addContact({ ctx: f.ctx(), input: { client: 'Twice Co', name: 'New Hire', email: 'new@twice.test' } });
    const err = await rejection(undo(restored.activityId, 'owner'));
    expect(err).toMatchObject({ code: 'conflict', message: 'The client has 1 contact added since; undoing this would delete them, so it was not done.' });
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).contacts.map((x) => x.name).sort()).toEqual(['New Hire', 'Tom']);
    // A direct edit that left no history is caught by the row check.
    const other = await createClient({ ctx: f.ctx(), input: { name: 'Edited Co' } });
    const del2 = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Edited Co' } });
    const back = await undo(del2.activityId, 'owner');
    await f.t.db.update(clients).set({ website: 'https://edited.test' }).where(eq(clients.id, other.client.id));
    await expect(undo(back.activityId, 'owner')).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/changed since/) });
    expect((await getClientView(f.t.db, f.ctx(), other.client.id)).name).toBe('Edited Co');
  });

  it('an undo recorded without a journal (before redo existed) cannot be undone, and says so', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Old Undo Co' } });
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Old Undo Co', industry: 'Z' } });
    const undone = await undo(u.activityId!);
    await f.t.db.update(activities).set({ after: null }).where(eq(activities.id, undone.activityId));
    await expect(undo(undone.activityId)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/cannot be reversed/) });
  });
});
