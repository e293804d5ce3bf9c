// An open follow-up moved to another day, reworded, or given to a teammate; each change undone, and an undo refused
// once it changed again. Bad input, a follow-up already like that and an unknown one change nothing; a member or
// another workspace cannot reach it.
import { beforeAll, describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { updateFollowUp } from '../../../src/domain/follow-ups/update-follow-up';
import { useFixture } from '../clients/fixture';

const f = useFixture();
const today = () => f.ctx().now().toISOString().slice(0, 10);
const dayAfter = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const open = async (client: string) => (await showClient({ ctx: f.ctx(), input: { client } })).followUps
  .map((x) => ({ text: x.text, dueOn: x.dueOn, owner: x.owner }));

beforeAll(async () => {
  for (const name of ['Move Acme', 'Move Beta']) await createClient({ ctx: f.ctx(), input: { name } });
  await addFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', text: 'Call about the renewal', due: today() } });
  await addFollowUp({ ctx: f.ctx(), input: { client: 'Move Beta', text: 'Send the brief', due: today() } });
  await addFollowUp({ ctx: f.ctx(), input: { client: 'Move Beta', text: 'Chase the deposit', due: dayAfter(today(), 1) } });
});

describe('updateFollowUp', () => {
  it('moves, rewords and hands over a follow-up, and each undo gives back what it was (happy)', async () => {
    const later = dayAfter(today(), 4);
    const moved = await updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', due: later } });
    expect(moved.followUp).toMatchObject({ clientName: 'Move Acme', dueOn: later, text: 'Call about the renewal', owner: 'Manager 1', overdue: false });
    const given = await updateFollowUp({ ctx: f.ctx(), input: { followUp: 'deposit', owner: 'Admin 1', text: 'Chase the 30% deposit' } });
    expect(given.followUp).toMatchObject({ clientName: 'Move Beta', owner: 'Admin 1', text: 'Chase the 30% deposit' });
    expect(await open('Move Beta')).toEqual([
      { text: 'Send the brief', dueOn: today(), owner: 'Manager 1' },
      { text: 'Chase the 30% deposit', dueOn: dayAfter(today(), 1), owner: 'Admin 1' },
    ]);
    await undoActivity({ ctx: f.ctx(), input: { activityId: given.activityId } });
    expect((await open('Move Beta'))[1]).toEqual({ text: 'Chase the deposit', dueOn: dayAfter(today(), 1), owner: 'Manager 1' });
    await undoActivity({ ctx: f.ctx(), input: { activityId: moved.activityId } });
    expect(await open('Move Acme')).toEqual([{ text: 'Call about the renewal', dueOn: today(), owner: 'Manager 1' }]);
  });

  it('refuses to undo a change made before a later one, keeping the later one', async () => {
    const first = await updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', due: dayAfter(today(), 2) } });
    await updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', due: dayAfter(today(), 3) } });
    await expect(undoActivity({ ctx: f.ctx(), input: { activityId: first.activityId } }))
      .rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Only the last change to this record can be undone') });
    expect((await open('Move Acme'))[0].dueOn).toBe(dayAfter(today(), 3));
  });

  it('refuses nothing to change, a wrong date, an unclear or unknown follow-up, changing nothing (error)', async () => {
    const before = await f.counts();
    const now = (await open('Move Acme'))[0];
    await expect(updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', due: now.dueOn } }))
      .rejects.toMatchObject({ code: 'conflict', message: `The follow-up for Move Acme is already like that (due ${now.dueOn}: Call about the renewal).` });
    await expect(updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme' } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'due' }] });
    await expect(updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', due: 'Friday' } }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'due', message: 'must be a date as YYYY-MM-DD' }] });
    await expect(updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Beta', due: today() } })).rejects.toMatchObject({ code: 'ambiguous' });
    await expect(updateFollowUp({ ctx: f.ctx(), input: { followUp: 'the invoice', due: today() } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateFollowUp({ ctx: f.ctx(), input: { client: 'Move Acme', owner: 'Nobody Here' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
    expect((await open('Move Acme'))[0]).toEqual(now);
  });

  it('is refused to a member and never reaches another workspace (security)', async () => {
    await expect(updateFollowUp({ ctx: f.ctx('member'), input: { client: 'Move Acme', due: today() } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateFollowUp({ ctx: f.ctx('manager', 'b'), input: { followUp: 'renewal', due: today() } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateFollowUp({ ctx: f.ctx('manager', 'b'), input: { client: 'Move Acme', due: today() } })).rejects.toMatchObject({ code: 'not_found' });
  });
});
