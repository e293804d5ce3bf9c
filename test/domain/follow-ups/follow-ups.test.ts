// Follow-ups: something to do for a client by a day. Planned, shown on the client and once due in the overview,
// done, and each step undone; a deleted client's follow-ups come back with it. Bad input and unknown follow-ups are
// refused with why, changing nothing; a member or another workspace cannot reach them.
import { beforeAll, describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { listAttention } from '../../../src/domain/clients/list-attention';
import { showClient } from '../../../src/domain/clients/show-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { completeFollowUp } from '../../../src/domain/follow-ups/complete-follow-up';
import { useFixture } from '../clients/fixture';

const f = useFixture();
const open = async (client: string) => (await showClient({ ctx: f.ctx(), input: { client } })).followUps.map((x) => x.text);
const today = () => f.ctx().now().toISOString().slice(0, 10);
const dayAfter = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  for (const name of ['Follow Acme', 'Follow Beta', 'Follow Gone']) await createClient({ ctx: f.ctx(), input: { name } });
  await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Follow Elsewhere' } });
});

describe('follow-ups', () => {
  it('are planned, shown once due, done, and each step undone (happy)', async () => {
    const later = await addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Acme', text: 'Send the renewal', due: dayAfter(today(), 7) } });
    const due = await addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Acme', text: 'Call about the renewal', due: dayAfter(today(), -1) } });
    expect(due.followUp).toMatchObject({ clientName: 'Follow Acme', overdue: true, done: false, owner: expect.any(String) });
    expect(await open('Follow Acme')).toEqual(['Call about the renewal', 'Send the renewal']);
    const attention = await listAttention({ ctx: f.ctx(), input: { scope: 'workspace' } });
    expect(attention.followUps.items.map((x) => x.text)).toEqual(['Call about the renewal']);

    const done = await completeFollowUp({ ctx: f.ctx(), input: { client: 'Follow Acme', followUp: 'call' } });
    expect(done.followUp).toMatchObject({ done: true, text: 'Call about the renewal' });
    expect(await open('Follow Acme')).toEqual(['Send the renewal']);
    await undoActivity({ ctx: f.ctx(), input: { activityId: done.activityId } });
    expect(await open('Follow Acme')).toEqual(['Call about the renewal', 'Send the renewal']);
    await undoActivity({ ctx: f.ctx(), input: { activityId: later.activityId } });
    expect(await open('Follow Acme')).toEqual(['Call about the renewal']);
  });

  it("come back with a deleted client, and stop a client's creation being undone", async () => {
    const created = await createClient({ ctx: f.ctx(), input: { name: 'Follow Fresh' } });
    await addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Fresh', text: 'Welcome call', due: today() } });
    await expect(undoActivity({ ctx: f.ctx(), input: { activityId: created.activityId } }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('1 follow-up added since it was created') });
    await addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Gone', text: 'Chase the brief', due: today() } });
    const gone = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Follow Gone' } });
    await undoActivity({ ctx: f.ctx('owner'), input: { activityId: gone.activityId } });
    expect(await open('Follow Gone')).toEqual(['Chase the brief']);
  });

  it('refuse an empty text, a date that is not one, an archived client and an unknown follow-up, changing nothing (error)', async () => {
    await archiveClient({ ctx: f.ctx(), input: { client: 'Follow Beta' } });
    const before = await f.counts();
    await expect(addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Acme', text: ' ', due: today() } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'text' }] });
    await expect(addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Acme', text: 'Call', due: 'next Friday' } }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'due', message: 'must be a date as YYYY-MM-DD' }] });
    await expect(addFollowUp({ ctx: f.ctx(), input: { client: 'Follow Beta', text: 'Call', due: today() } }))
      .rejects.toMatchObject({ code: 'conflict', message: 'Follow Beta is archived; unarchive it before planning work with it.' });
    await expect(completeFollowUp({ ctx: f.ctx(), input: { client: 'Follow Acme', followUp: 'the invoice' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(completeFollowUp({ ctx: f.ctx(), input: {} })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'followUp' }] });
    expect(await f.counts()).toEqual(before);
  });

  it('are refused to a member, and never reach another workspace (security)', async () => {
    await expect(addFollowUp({ ctx: f.ctx('member'), input: { client: 'Follow Acme', text: 'Call', due: today() } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(addFollowUp({ ctx: f.ctx('manager', 'b'), input: { client: 'Follow Acme', text: 'Call', due: today() } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(completeFollowUp({ ctx: f.ctx('manager', 'b'), input: { followUp: 'renewal' } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await listAttention({ ctx: f.ctx('manager', 'b'), input: { scope: 'workspace' } })).followUps.items).toEqual([]);
    expect(await open('Follow Acme')).toEqual(['Call about the renewal']);
  });
});
