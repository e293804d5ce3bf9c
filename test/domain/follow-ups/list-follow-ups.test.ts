// The open follow-ups as a list: the person's own or everyone's, all or due by a day, soonest first, overdue said;
// done ones and archived clients' left out. A wrong day is refused; a member and another workspace see none.
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { completeFollowUp } from '../../../src/domain/follow-ups/complete-follow-up';
import { listFollowUps } from '../../../src/domain/follow-ups/list-follow-ups';
import { useFixture } from '../clients/fixture';

const f = useFixture();
const today = () => f.ctx().now().toISOString().slice(0, 10);
const dayAfter = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const texts = async (input: Record<string, unknown>, role: 'manager' | 'admin' = 'manager') =>
  (await listFollowUps({ ctx: f.ctx(role), input })).items.map((x) => `${x.dueOn === today() ? 'today' : x.overdue ? 'late' : 'later'} ${x.text}`);

beforeAll(async () => {
  for (const name of ['List Acme', 'List Beta', 'List Gone']) await createClient({ ctx: f.ctx(), input: { name } });
  const plan = (client: string, text: string, due: string, owner?: string) => addFollowUp({ ctx: f.ctx(), input: { client, text, due, ...(owner ? { owner } : {}) } });
  await plan('List Acme', 'Send the renewal', dayAfter(10));
  await plan('List Beta', 'Chase the deposit', dayAfter(-3));
  await plan('List Acme', 'Call about the brief', today());
  await plan('List Beta', "Admin's call", dayAfter(2), 'Admin 1');
  const done = await plan('List Acme', 'Already done', today());
  await completeFollowUp({ ctx: f.ctx(), input: { followUp: done.followUp.id } });
  await plan('List Gone', 'Archived call', today());
  await archiveClient({ ctx: f.ctx(), input: { client: 'List Gone' } });
});

describe('listFollowUps', () => {
  it("lists the person's own open ones soonest first, or everyone's, all or due by a day (happy)", async () => {
    expect(await texts({})).toEqual(['late Chase the deposit', 'today Call about the brief', 'later Send the renewal']);
    expect(await texts({ until: dayAfter(7) })).toEqual(['late Chase the deposit', 'today Call about the brief']);
    expect(await texts({ scope: 'workspace', until: dayAfter(7) })).toEqual(['late Chase the deposit', 'today Call about the brief', "later Admin's call"]);
    expect(await texts({}, 'admin')).toEqual(["later Admin's call"]);
    const cut = await listFollowUps({ ctx: f.ctx(), input: { limit: 2 } });
    expect([cut.scope, cut.items.length, cut.more]).toEqual(['mine', 2, true]);
  });

  it('refuses a day that is none and a limit out of range (error)', async () => {
    await expect(listFollowUps({ ctx: f.ctx(), input: { until: 'Friday' } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'until' }] });
    await expect(listFollowUps({ ctx: f.ctx(), input: { limit: 500 } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'limit' }] });
  });

  it('is refused to a member and shows nothing of another workspace (security)', async () => {
    await expect(listFollowUps({ ctx: f.ctx('member'), input: {} })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listFollowUps({ ctx: f.ctx('manager', 'b'), input: { scope: 'workspace' } })).items).toEqual([]);
  });
});
