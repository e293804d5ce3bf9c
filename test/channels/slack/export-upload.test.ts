// exportCsv end to end with the offline model: the file goes into the conversation it was asked in through
// Slack's external upload flow (getUploadURLExternal, the upload POST, completeUploadExternal).
import { afterEach, describe, expect, it } from 'vitest';
import { seedClient } from '../../domain/exports/seed';
import { slashBody, startHarness, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

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
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C123ABC456', thread_ts: '1515449000.000001' });
    expect(post.args.text).toMatch(/2 clients/);
  });

  it('uploads "/client export" into the channel the command came from, every client in the file', async () => {
    h = await startHarness();
    await seedThree(h);
    await h.send(slashBody(h, 'export'));
    await h.deps.deferrer.drain();

    expect(h.fake.uploads).toHaveLength(1);
    const csv = h.fake.uploads[0].bytes.toString('utf8');
    for (const name of ['Kontor Berlin', 'Hafen Hamburg', 'Paris Atelier']) expect(csv).toContain(name);
    const [done] = h.fake.callsTo('files.completeUploadExternal');
    expect(done.args.channel_id).toBe('C2147483705');
    expect(done.args.thread_ts).toBeUndefined();
    expect(h.fake.hooks[0].body.text).toMatch(/3 clients/);
  });

  it('says so when Slack refuses the upload (the bot is not in the channel)', async () => {
    h = await startHarness();
    await seedThree(h);
    h.fake.failNext('files.completeUploadExternal', 'not_in_channel');
    await h.send(slashBody(h, 'export'));
    await h.deps.deferrer.drain();
    expect(h.fake.hooks.map((x) => x.body.text)).toEqual([expect.stringMatching(/3 clients/), expect.stringContaining('Invite @Clientele to the channel')]);
  });
});
