// "Delete the last note on Acme": one note goes, found as the newest, by its number or by words from it; undo puts it
// back with its date and author. A note of someone else needs an owner or admin; an unclear reference asks which,
// and nothing crosses workspaces.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notes } from '../../../src/db/schema';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteNote } from '../../../src/domain/clients/delete-note';
import { useFixture } from './fixture';

const f = useFixture();
const bodies = async (clientId: number) => (await f.t.db.select().from(notes).where(eq(notes.clientId, clientId)).orderBy(notes.id)).map((n) => n.body);

describe('deleteNote', () => {
  it('deletes the newest note, one by its words or number, and undo restores it as it was (happy)', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Note Happy Ltd' } });
    const first = await addNote({ ctx: f.ctx(), input: { client: 'Note Happy', text: 'Called about the Friday workshop.' } });
    await addNote({ ctx: f.ctx(), input: { client: 'Note Happy', text: 'Prefers email over phone.' } });
    await addNote({ ctx: f.ctx(), input: { client: 'Note Happy', text: 'Typo note, ignore.' } });
    const last = await deleteNote({ ctx: f.ctx(), input: { client: 'Note Happy', note: 'last' } });
    expect(last.note.body).toBe('Typo note, ignore.');
    const byWords = await deleteNote({ ctx: f.ctx(), input: { client: 'Note Happy', note: 'friday WORKSHOP' } });
    expect(byWords.note.id).toBe(first.note.id);
    expect(await bodies(client.id)).toEqual(['Prefers email over phone.']);
    await undoActivity({ ctx: f.ctx(), input: { activityId: byWords.activityId } });
    const [back] = await f.t.db.select().from(notes).where(eq(notes.id, first.note.id));
    expect({ id: back.id, body: back.body, createdAt: back.createdAt.toISOString() }).toEqual(first.note);
    expect(back.authorId).toBe(f.a.actors.manager.memberId);
    await deleteNote({ ctx: f.ctx(), input: { client: 'Note Happy', note: `#${first.note.id}` } });
    expect(await bodies(client.id)).toEqual(['Prefers email over phone.']);
    await deleteNote({ ctx: f.ctx(), input: { client: 'Note Happy', note: 'the note' } });
    expect(await bodies(client.id)).toEqual([]);
  });

  it('asks which when words match several, and says none match, changing nothing (error)', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Note Errors Ltd' } });
    await addNote({ ctx: f.ctx(), input: { client: 'Note Errors', text: 'Call back on Monday.' } });
    await addNote({ ctx: f.ctx(), input: { client: 'Note Errors', text: 'Call the CFO next week.' } });
    const before = await f.counts();
    await expect(deleteNote({ ctx: f.ctx(), input: { client: 'Note Errors', note: 'call' } }))
      .rejects.toMatchObject({ code: 'ambiguous', candidates: [{ label: 'Call the CFO next week.' }, { label: 'Call back on Monday.' }] });
    await expect(deleteNote({ ctx: f.ctx(), input: { client: 'Note Errors', note: 'invoice' } })).rejects.toMatchObject({ code: 'not_found', message: 'No note matches "invoice".' });
    await expect(deleteNote({ ctx: f.ctx(), input: { client: 'Note Errors' } })).rejects.toMatchObject({ code: 'invalid' });
    // ("the note" of a client with two: which one?)
    await expect(deleteNote({ ctx: f.ctx(), input: { client: 'Note Errors', note: 'the note' } })).rejects.toMatchObject({ code: 'ambiguous', candidates: [{}, {}] });
    expect(await f.counts()).toEqual(before);
  });

  it("keeps another person's note from a manager, and from other workspaces and members (security)", async () => {
    await createClient({ ctx: f.ctx('owner'), input: { name: 'Note Guard Ltd' } });
    await addNote({ ctx: f.ctx('owner'), input: { client: 'Note Guard', text: "The owner's note." } });
    const before = await f.counts();
    await expect(deleteNote({ ctx: f.ctx('manager'), input: { client: 'Note Guard', note: 'last' } }))
      .rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining("delete another person's note") });
    await expect(deleteNote({ ctx: f.ctx('member'), input: { client: 'Note Guard', note: 'last' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteNote({ ctx: f.ctx('owner', 'b'), input: { client: 'Note Guard', note: 'last' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
    await deleteNote({ ctx: f.ctx('admin'), input: { client: 'Note Guard', note: 'last' } });
  });
});
