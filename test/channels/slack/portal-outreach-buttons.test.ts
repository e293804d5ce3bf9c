// The client card's "Invite to portal" and "Draft outreach" buttons through the whole app: the invitation is
// emailed once; the draft comes back as a card whose Send asks for a confirmation, and Confirm emails it once.
import { afterEach, describe, expect, it } from 'vitest';
import { members } from '../../../src/db/schema';
import { seedClient } from '../../domain/exports/seed';
import { buttonClick, startHarness, TEAM_A, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
const json = (x: unknown) => JSON.stringify(x);
const click = (hh: Harness, actionId: string, value: string, user?: string) => buttonClick(hh, actionId, value, { user });


async function seedWithContact(hh: Harness, status: 'active' | 'inactive') {
  const { client } = await seedClient(hh.deps.db, hh.deps.workspaceId, { name: 'Acme Corp', status, industry: 'Retail' },
    [{ name: 'Jane Doe', email: 'jane@acme.com', isPrimary: true, portalEnabled: true }]);
  return client;
}

describe('Invite to portal', () => {
  it('emails the contact a portal invitation once, however often it is clicked, and says so in the thread', async () => {
    h = await startHarness();
    const c = await seedWithContact(h, 'active');
    await h.send(click(h, 'client_invite_portal', String(c.id)));
    await h.deps.deferrer.drain();
    await h.send(click(h, 'client_invite_portal', String(c.id)));
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent.map((m) => m.to)).toEqual(['jane@acme.com']);
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts[0].args).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1548261231.000200' });
    expect(posts[0].args.text).toContain('Emailed a portal invitation to Jane Doe (jane@acme.com)');
    expect(posts[1].args.text).toContain('already got one today');
  });
});

describe('Draft outreach', () => {
  it('shows the draft in a card; Send asks for confirmation; Confirm emails it once', async () => {
    h = await startHarness();
    const c = await seedWithContact(h, 'inactive');
    await h.send(click(h, 'client_draft_outreach', String(c.id)));
    await h.deps.deferrer.drain();
    const [draftPost] = h.fake.callsTo('chat.postMessage');
    const card = json(draftPost.args.blocks);
    expect(card).toContain('Draft to Jane Doe &lt;jane@acme.com&gt;');
    expect(card).toContain('*Subject:*');
    const draftId = /"action_id":"outreach_send","value":"(\d+)"/.exec(card)![1];
    expect(h.deps.mailer.sent).toHaveLength(0);

    await h.send(click(h, 'outreach_send', draftId));
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent).toHaveLength(0);
    const confirmPost = h.fake.callsTo('chat.postMessage')[1];
    expect(confirmPost.args.text).toMatch(/^Please confirm: Send the email ".+" to Jane Doe &lt;jane@acme.com&gt; at Acme Corp \(#0001\)$/);
    const approvalId = /"action_id":"approval_confirm","value":"([^"]+)"/.exec(json(confirmPost.args.blocks))![1];

    // Someone else (a manager who did not ask) cannot send it.
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, name: 'Riley', role: 'manager', slackTeamId: TEAM_A, slackUserId: 'U061F7AUR' });
    await h.send(click(h, 'approval_confirm', approvalId, 'U061F7AUR'));
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent).toHaveLength(0);

    await h.send(click(h, 'approval_confirm', approvalId));
    await h.send(click(h, 'approval_confirm', approvalId));
    await h.deps.deferrer.drain();
    expect(h.deps.mailer.sent.map((m) => m.to)).toEqual(['jane@acme.com']);
    const subject = /\*Subject:\* ([^"\\]+)/.exec(card)![1];
    expect(h.deps.mailer.sent[0].subject).toBe(subject);
    const answers = h.fake.hooks.map((x) => x.body);
    expect(answers[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Only the person who asked') });
    // The two Confirm clicks run at once: one sends, the other is told it runs at most once.
    expect(answers.slice(1).filter((a) => a.replace_original && /^Sent/.test(a.text))).toHaveLength(1);
    expect(answers.slice(1).filter((a) => /at most once/.test(a.text))).toHaveLength(1);
  });
});
