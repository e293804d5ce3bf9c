// exportCsv end to end with the offline model: the file goes into the conversation it was asked in through
// Slack's external upload flow (getUploadURLExternal, the upload POST, completeUploadExternal).
import { afterEach, describe, expect, it } from 'vitest';
import { seedClient } from '../../domain/exports/seed';
import { asPayload, slashBody, startHarness, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
let clickSeq = 0;

/** A CSV of clients posted into a channel (not a DM) waits for the asker's Confirm; this clicks it. */
async function confirm(hh: Harness, user: string, channel: string, threadTs?: string, ephemeral = false): Promise<void> {
  const cards = [...shownMessages(hh.fake).map((c) => JSON.stringify(c.args.blocks)), ...hh.fake.hooks.map((x) => JSON.stringify(x.body.blocks))];
  const approvalId = cards.map((b) => /"action_id":"approval_confirm","value":"([^"]+)"/.exec(b)?.[1]).find(Boolean);
  expect(approvalId).toBeDefined();
  const p = JSON.parse(hh.fixture('block-actions.json'));
  p.user = { ...p.user, id: user };
  // The click comes from the card, where it was posted: that channel, and that thread.
  p.channel = { id: channel, name: 'clients' };
  p.container = { type: 'message', message_ts: '1548261231.000200', channel_id: channel, is_ephemeral: ephemeral };
  p.message = { ...p.message, ts: '1548261231.000200', ...(threadTs ? { thread_ts: threadTs } : {}) };
  p.actions = [{ action_id: 'approval_confirm', block_id: 'b1', value: approvalId, type: 'button', text: { type: 'plain_text', text: 'x' }, action_ts: `1548426417.${++clickSeq}` }];
  expect((await hh.send(asPayload(p))).status).toBe(200);
  await hh.deps.deferrer.drain();
}

async function seedThree(hh: Harness) {
  const ws = hh.deps.workspaceId;
  await seedClient(hh.deps.db, ws, { name: 'Kontor Berlin', status: 'active', country: 'DE', city: 'Berlin' });
  await seedClient(hh.deps.db, ws, { name: 'Hafen Hamburg', status: 'active', country: 'DE', city: 'Hamburg' });
  await seedClient(hh.deps.db, ws, { name: 'Paris Atelier', status: 'active', country: 'FR', city: 'Paris' });
}

describe('exportCsv in Slack', () => {
  it('uploads "export active clients in Germany as csv" into the thread it was asked in', async () => {
    h = await startHarness();
    await seedThree(h);
    const mention = JSON.parse(h.fixture('app-mention.json'));
    mention.event.text = '<@U0LAN0Z89> export active clients in Germany as csv';
    mention.event.thread_ts = '1515449000.000001';
    expect((await h.send(JSON.stringify(mention))).status).toBe(200);
    await h.deps.deferrer.drain();
    expect(h.fake.uploads).toHaveLength(0);
    await confirm(h, mention.event.user, 'C123ABC456', '1515449000.000001');

    const [ask] = h.fake.callsTo('files.getUploadURLExternal');
    expect(ask.args.filename).toMatch(/\.csv$/);
    expect(ask.token).toBe('xoxb-test-token');
    expect(h.fake.uploads).toHaveLength(1);
    const csv = h.fake.uploads[0].bytes.toString('utf8');
    expect(Number(ask.args.length)).toBe(h.fake.uploads[0].bytes.length);
    expect(csv).toContain('Kontor Berlin');
    expect(csv).toContain('Hafen Hamburg');
    expect(csv).not.toContain('Paris Atelier');
    const [done] = h.fake.callsTo('files.completeUploadExternal');
    expect(done.args).toMatchObject({ channel_id: 'C123ABC456', thread_ts: '1515449000.000001' });
    expect(done.args.files).toEqual([{ id: h.fake.uploads[0].fileId, title: ask.args.filename }]);
    // The answer says what was exported, in the same thread.
    const posts = shownMessages(h.fake).concat(h.fake.hooks.map((x) => ({ args: x.body }) as never));
    expect(posts.some((p) => /2 clients/.test(String(p.args.text)))).toBe(true);
  });

  it('uploads "/client export" into the channel the command came from, every client in the file', async () => {
    h = await startHarness();
    await seedThree(h);
    await h.send(slashBody(h, 'export'));
    await h.deps.deferrer.drain();
    await confirm(h, 'U2147483697', 'C2147483705', undefined, true);

    expect(h.fake.uploads).toHaveLength(1);
    const csv = h.fake.uploads[0].bytes.toString('utf8');
    for (const name of ['Kontor Berlin', 'Hafen Hamburg', 'Paris Atelier']) expect(csv).toContain(name);
    const [done] = h.fake.callsTo('files.completeUploadExternal');
    expect(done.args.channel_id).toBe('C2147483705');
    expect(done.args.thread_ts).toBeUndefined();
    const said = [...h.fake.hooks.map((x) => String(x.body.text)), ...shownMessages(h.fake).map((c) => String(c.args.text))];
    expect(said.some((t) => /3 clients/.test(t))).toBe(true);
  });

  it('says so when Slack refuses the upload (the bot is not in the channel)', async () => {
    h = await startHarness();
    await seedThree(h);
    h.fake.failNext('files.completeUploadExternal', 'not_in_channel');
    await h.send(slashBody(h, 'export'));
    await h.deps.deferrer.drain();
    await confirm(h, 'U2147483697', 'C2147483705', undefined, true);
    const said = [...h.fake.hooks.map((x) => String(x.body.text)), ...shownMessages(h.fake).map((c) => String(c.args.text))];
    expect(said.some((t) => t.includes('Invite @Clientele to the channel'))).toBe(true);
  });
});
