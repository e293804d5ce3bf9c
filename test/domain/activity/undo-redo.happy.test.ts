// Nothing is lost (security.md A4): undoing a delete brings back every row it removed, and any undo can be
// undone (and that again), each step restoring exactly the rows of the one before.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invoices } from '../../../src/db/schema';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { updateClient } from '../../../src/domain/clients/update-client';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { createProject } from '../../../src/domain/ledger/create-project';
import { draftOutreach } from '../../../src/domain/outreach/draft-outreach';
import { useLedgerFixture } from '../ledger/fixture';

const f = useLedgerFixture();
const undo = (activityId: number, role: 'manager' | 'owner' = 'owner') => undoActivity({ ctx: f.ctx(role), input: { activityId } });
const TABLES = ['clients', 'contacts', 'notes', 'projects', 'invoices', 'payments', 'outreach_drafts'];

/** Every row that belongs to a client, as stored (ids, numbers, statuses, bodies). */
async function rowsOf(clientId: number) {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const col = t === 'clients' ? 'id' : 'client_id';
    out[t] = (await f.t.db.all<Record<string, unknown>>(sql.raw(`SELECT * FROM ${t} WHERE ${col} = ${clientId} ORDER BY id`)))
      .map(({ updated_at: _u, last_activity_at: _l, ...rest }) => rest);
  }
  return out;
}

describe('undo never loses data', () => {
  it('undoing a delete restores the client with its contacts, notes, projects, draft and void invoices and outreach drafts', async () => {
    const c = await f.client('Phoenix Works', 'a', { contactName: 'Pia Stone', email: 'pia@phoenix.test', notes: 'Met at the fair' });
    await createProject({ ctx: f.ctx(), input: { client: 'Phoenix Works', name: 'Relaunch' } });
    const inv = await createInvoice({ ctx: f.ctx(), input: { client: 'Phoenix Works', amount: 120 } });
    await undo(inv.activityId, 'manager');
    await f.t.db.insert(invoices).values({ workspaceId: f.a.workspaceId, clientId: c.id, number: 'DRAFT-7', amountCents: 9900, currency: 'EUR', status: 'draft' });
    await updateClient({ ctx: f.ctx(), input: { client: 'Phoenix Works', status: 'past' } });
    const { draft } = await draftOutreach({ ctx: f.ctx(), input: { client: 'Phoenix Works' } });
    const before = await rowsOf(c.id);
    expect(before.invoices.map((i: any) => i.status)).toEqual(['void', 'draft']);
    expect(before.outreach_drafts).toHaveLength(1);

    const del = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Phoenix Works' } });
    expect(Object.values(await rowsOf(c.id)).flat()).toEqual([]);
    const restored = await undo(del.activityId);
    expect(restored.summary).toMatch(/^Undid: Deleted Phoenix Works/);
    expect(await rowsOf(c.id)).toEqual(before);
    const rows = Object.values(before).flat().length;
    console.log(`A4: undo of a delete: ${Object.values(await rowsOf(c.id)).flat().length} of the ${rows} rows it removed restored (contacts, notes, projects, draft and void invoices, outreach drafts)`);
    expect((await getClientView(f.t.db, f.ctx(), c.id)).name).toBe('Phoenix Works');

    // The undo is undone (the client is deleted again, all of it), and that too.
    const again = await undo(restored.activityId);
    expect(again.summary).toMatch(/^Redid: Deleted Phoenix Works/);
    expect(Object.values(await rowsOf(c.id)).flat()).toEqual([]);
    const back = await undo(again.activityId);
    expect(back.summary).toMatch(/^Undid: Deleted Phoenix Works/);
    expect(await rowsOf(c.id)).toEqual(before);
    expect((await rowsOf(c.id)).outreach_drafts).toMatchObject([{ id: draft.id, body: draft.body }]);
  });

  it('an undone update, note or creation can be redone and undone again; the history says which can', async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Redo Ltd', industry: 'Print', contactName: 'Rae', notes: 'first call' } });
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Redo Ltd', industry: 'Publishing' } });
    const undone = await undo(u.activityId!, 'manager');
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).industry).toBe('Print');
    let history = (await listActivity({ ctx: f.ctx(), input: { client: 'Redo Ltd' } })).activities;
    expect(history[0]).toMatchObject({ id: undone.activityId, verb: 'activity.undone', canUndo: true });
    const redone = await undo(undone.activityId, 'manager');
    expect(redone.summary).toMatch(/^Redid: Updated Redo Ltd/);
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).industry).toBe('Publishing');
    await undo(redone.activityId, 'manager');
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).industry).toBe('Print');
    history = (await listActivity({ ctx: f.ctx(), input: { client: 'Redo Ltd' } })).activities;
    expect(history.filter((a) => a.canUndo).map((a) => a.verb)).toEqual(['activity.undone', 'client.created']);

    const note = await addNote({ ctx: f.ctx(), input: { client: 'Redo Ltd', text: 'second call' } });
    const noteUndo = await undo(note.activityId, 'manager');
    await undo(noteUndo.activityId, 'manager');
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).notes.map((n) => n.body).sort()).toEqual(['first call', 'second call']);
    await undo(note.activityId, 'manager');

    // With only what it made itself, a creation goes, and comes back under the same id and number.
    const gone = await undo(made.activityId!, 'manager');
    expect(await rowsOf(made.client.id)).toMatchObject({ clients: [], contacts: [], notes: [] });
    await undo(gone.activityId, 'manager');
    const view = await getClientView(f.t.db, f.ctx(), made.client.id);
    expect(view).toMatchObject({ number: made.client.number, industry: 'Print', notes: [{ body: 'first call' }] });
    expect(view.contacts.map((x) => x.name)).toEqual(['Rae']);
  });
});
