// Follow-ups due are told to their owners in a direct message from the bot, once each (the real Slack Web API client
// against the fake Slack): Done closes one and Tomorrow moves it a day on, replacing the reminder with the answer.
// One not due yet, done, of an archived client, or whose owner has no Slack is not sent; a post Slack refuses is
// tried again at the next pass; nothing is sent with Slack not configured.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { remindOnce, startFollowUpReminders } from '../../../src/channels/slack/follow-up-reminders';
import type { MemberActor } from '../../../src/context';
import { followUps, members } from '../../../src/db/schema';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { makeCtx } from '../../../src/deps';
import { createTestDeps } from '../../support/deps';
import { seedWorkspace } from '../../support/factories';
import { seedClient } from '../../domain/exports/seed';
import { buttonClick, startHarness, TEAM_A, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

const JACK = 'UA8RXUSPL';

async function seed(hh: Harness) {
  const ws = hh.deps.workspaceId;
  const [jack] = await hh.deps.db.insert(members).values({ workspaceId: ws, name: 'Jack', role: 'manager', slackTeamId: TEAM_A, slackUserId: JACK }).returning();
  const [nora] = await hh.deps.db.insert(members).values({ workspaceId: ws, name: 'Nora', email: 'nora@studio.test', role: 'manager' }).returning();
  const actor: MemberActor = { kind: 'member', workspaceId: ws, memberId: jack.id, role: 'manager', channel: 'slack', name: 'Jack' };
  const ctx = makeCtx(hh.deps, actor);
  for (const name of ['Acme Corp', 'Bolt Labs', 'Gone Ltd']) await seedClient(hh.deps.db, ws, { name, status: 'active' });
  const plan = async (client: string, text: string, due: string, owner?: number) =>
    (await addFollowUp({ ctx, input: { client, text, due, ...(owner ? { owner } : {}) } })).followUp.id;
  return { ctx, jack, nora, plan };
}
const dmsTo = (hh: Harness, user: string) => hh.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === user);

describe('follow-up reminders in Slack', () => {
  it('tells the owner of each one due, once; Done closes it and Tomorrow moves it, replacing the reminder', async () => {
    h = await startHarness();
    const { ctx, nora, plan } = await seed(h);
    const today = h.deps.now().toISOString().slice(0, 10);
    const call = await plan('Acme Corp', 'Call about the <renewal>', today);
    const late = await plan('Bolt Labs', 'Chase the deposit', '2026-11-01');
    await plan('Acme Corp', 'Send the contract', '2099-01-01');
    await plan('Bolt Labs', "Nora's call", today, nora.id);
    await plan('Gone Ltd', 'Archived call', today);
    await archiveClient({ ctx, input: { client: 'Gone Ltd' } });

    // Two passes at once (two instances): each follow-up is claimed by one of them.
    await Promise.all([remindOnce(h.deps), remindOnce(h.deps)]);
    await remindOnce(h.deps);
    const dms = dmsTo(h, JACK);
    expect(dms.map((d) => d.args.text).sort()).toEqual(['Follow-up due today for Acme Corp: Call about the &lt;renewal&gt;', 'Follow-up was due 2026-11-01 for Bolt Labs: Chase the deposit']);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
    const blocks = JSON.stringify(dms.find((d) => d.args.text.includes('Acme'))?.args.blocks);
    expect(blocks).toContain(`"action_id":"follow_up_done","value":"${call}"`);
    expect(blocks).toContain(`/clients/`);

    await h.send(buttonClick(h, 'follow_up_done', String(call), { user: JACK }));
    await h.send(buttonClick(h, 'follow_up_tomorrow', String(late), { user: JACK }));
    await h.deps.deferrer.drain();
    const answers = h.fake.hooks.map((x) => x.body).filter((b) => b.replace_original);
    expect(answers.map((a) => a.text).sort()).toEqual(['Done for Acme Corp: Call about the &lt;renewal&gt;.', 'The follow-up for Bolt Labs is due 2026-11-23 (Jack): Chase the deposit.']);
    const rows = await h.deps.db.select().from(followUps);
    expect(rows.find((r) => r.id === call)?.doneAt).not.toBeNull();
    expect(rows.find((r) => r.id === late)).toMatchObject({ dueOn: '2026-11-23', remindedAt: null });
    // Moved to tomorrow: told again tomorrow, not now.
    await remindOnce(h.deps);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it("the server's timer reminds at once when started, and stopping it waits for that pass", async () => {
    h = await startHarness();
    const { plan } = await seed(h);
    await plan('Acme Corp', 'Call', h.deps.now().toISOString().slice(0, 10));
    const stop = startFollowUpReminders(h.deps, 60 * 60_000);
    await stop();
    expect(dmsTo(h, JACK).map((d) => d.args.text)).toEqual(['Follow-up due today for Acme Corp: Call']);
  });

  it('tries a post Slack refused again at the next pass', async () => {
    h = await startHarness();
    const { plan } = await seed(h);
    const id = await plan('Acme Corp', 'Call', h.deps.now().toISOString().slice(0, 10));
    h.fake.failNext('chat.postMessage', 'channel_not_found');
    await remindOnce(h.deps);
    expect((await h.deps.db.select().from(followUps).where(eq(followUps.id, id)))[0].remindedAt).toBeNull();
    await remindOnce(h.deps);
    expect(dmsTo(h, JACK).map((d) => [d.args.text, d.error ?? 'ok'])).toEqual([['Follow-up due today for Acme Corp: Call', 'channel_not_found'], ['Follow-up due today for Acme Corp: Call', 'ok']]);
  });

  it("does not try again, nor hold up others, for a workspace with no Slack team to post with", async () => {
    h = await startHarness();
    const { plan } = await seed(h);
    const day = h.deps.now().toISOString().slice(0, 10);
    const other = await seedWorkspace(h.deps.db, { name: 'Elsewhere' });
    await h.deps.db.update(members).set({ slackTeamId: 'TOTHER001', slackUserId: 'UOTHER001' }).where(eq(members.id, other.actors.manager.memberId));
    const elsewhere = makeCtx(h.deps, other.actors.manager);
    await seedClient(h.deps.db, other.workspaceId, { name: 'Far Away Ltd', status: 'active' });
    const far = (await addFollowUp({ ctx: elsewhere, input: { client: 'Far Away Ltd', text: 'Far call', due: '2026-01-01' } })).followUp.id;
    await plan('Acme Corp', 'Call', day);
    await remindOnce(h.deps);
    await remindOnce(h.deps);
    expect(h.fake.callsTo('chat.postMessage').map((c) => [c.args.channel, c.args.text])).toEqual([[JACK, 'Follow-up due today for Acme Corp: Call']]);
    expect((await h.deps.db.select().from(followUps).where(eq(followUps.id, far)))[0].remindedAt).not.toBeNull();
  });

  it('sends nothing when Slack is not configured', async () => {
    const deps = await createTestDeps();
    try {
      await expect(remindOnce(deps)).resolves.toBeUndefined();
    } finally {
      deps.testDb.cleanup();
    }
  });
});
