// CSV import from Slack through the whole app: a CSV shared in a DM (or with a mention) is read from Slack with
// the bot token and answered with a dry-run card; Apply import is bound to the member who shared it (or an
// owner/admin), runs once on a double click, and a large file shows progress in the card's one message.
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { activities, clients, members } from '../../../src/db/schema';
import type { FakeSharedFile } from '../../support/fakes/slack-api';
import { asPayload, startHarness, TEAM_A, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
let seq = 0;

const GOOD = 'Company,E-mail,City,Favourite Colour\nAcme GmbH,office@acme.de,Berlin,blue\nGlobex,hi@globex.com,Springfield,green\n';
const clientCount = async (hh: Harness) => (await hh.deps.db.select({ n: count() }).from(clients))[0].n;
const json = (x: unknown) => JSON.stringify(x);

/** A DM with a shared file, as Slack sends message.im with subtype file_share. */
function shareInDm(hh: Harness, file: FakeSharedFile, user = 'U061F7AUR'): string {
  const dm = JSON.parse(hh.fixture('message-im.json'));
  dm.event_id = `EvFILE${++seq}`;
  dm.event = { ...dm.event, user, subtype: 'file_share', text: '', files: [file], ts: `1355517600.00000${seq}` };
  return JSON.stringify(dm);
}

function click(hh: Harness, actionId: string, value: string, messageTs: string, user = 'U061F7AUR'): string {
  const p = JSON.parse(hh.fixture('block-actions.json'));
  p.user = { ...p.user, id: user, team_id: TEAM_A };
  p.channel = { id: 'D024BE91L', name: 'directmessage' };
  p.container = { type: 'message', message_ts: messageTs, channel_id: 'D024BE91L', is_ephemeral: false };
  p.actions = [{ action_id: actionId, block_id: 'b1', value, type: 'button', text: { type: 'plain_text', text: 'x' }, action_ts: `1548426417.${++seq}` }];
  return asPayload(p);
}

/** Shares the CSV in a DM and returns the card's post, its ts and the import id on its Apply (or Cancel) button. */
async function dryRun(hh: Harness, csv: string, name = 'clients.csv') {
  await hh.send(shareInDm(hh, hh.fake.shareFile({ name, content: csv })));
  await hh.deps.deferrer.drain();
  const post = hh.fake.callsTo('chat.postMessage').at(-1)!;
  const ts = post.ts!;
  const importId = /"action_id":"import_(?:apply|cancel)","value":"([^"]+)"/.exec(json(post.args.blocks))?.[1];
  return { post, importId: importId!, ts };
}

describe('CSV shared with the bot', () => {
  it('downloads the file with the bot token and posts a dry-run card; nothing changes yet', async () => {
    h = await startHarness();
    const { post, importId } = await dryRun(h, GOOD);
    expect(h.fake.downloads).toEqual([{ fileId: expect.any(String), token: 'xoxb-test-token' }]);
    expect(post.args).toMatchObject({ channel: 'D024BE91L', thread_ts: '1355517600.000001' });
    const card = json(post.args.blocks);
    expect(card).toContain('Import preview: clients.csv');
    expect(card).toContain('*Would create*\\n2');
    expect(card).toContain('Columns not used: Favourite Colour');
    expect(card).toContain('"action_id":"import_apply"');
    expect(card).toContain('"action_id":"import_cancel"');
    expect(importId).toBeTruthy();
    expect(await clientCount(h)).toBe(0);
  });

  it('lists rejected rows with their reasons and offers no Apply while any row is rejected', async () => {
    h = await startHarness();
    const { post } = await dryRun(h, 'Company,Email\nAcme,office@acme.de\nBroken Ltd,not-an-email\n');
    const card = json(post.args.blocks);
    expect(card).toContain('*Rejected*\\n1');
    expect(card).toMatch(/Row 2: [^"]*mail/i);
    expect(card).not.toContain('"action_id":"import_apply"');
    expect(card).toContain('import_cancel');
  });

  it('offers the valid rows on a button whose confirmation names the rows left out; pressing it imports only those', async () => {
    h = await startHarness();
    const { post, ts } = await dryRun(h, 'Company,Email\nAcme,office@acme.de\nBroken Ltd,not-an-email\n');
    const buttons = JSON.parse(json(post.args.blocks)).flatMap((b: any) => b.elements ?? []);
    const valid = buttons.find((b: any) => b.action_id === 'import_apply_valid');
    expect(valid.text.text).toBe('Import 1 valid, leave out 1');
    expect(valid.confirm.text.text).toMatch(/^Create 1 and update 0 clients?; these rows are left out:\nRow 2: Email: "not-an-email" is not a valid email address/);
    await h.send(click(h, 'import_apply_valid', valid.value, ts));
    await h.deps.deferrer.drain();
    const names = (await h.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name);
    expect(names).toEqual(['Acme']);
    const outcome = h.fake.callsTo('chat.update').at(-1)!;
    expect(outcome.args.text).toMatch(/^Imported clients\.csv: 1 created, 0 updated, 0 skipped, 1 rejected left out \(row 2\)/);
  });

  it('applies once however often Apply is clicked, and replaces the card with the outcome', async () => {
    h = await startHarness();
    const { importId, ts } = await dryRun(h, GOOD);
    const clicks = [click(h, 'import_apply', importId, ts), click(h, 'import_apply', importId, ts), click(h, 'import_apply', importId, ts)];
    const statuses = await Promise.all(clicks.map(async (c) => (await h!.send(c)).status));
    expect(statuses).toEqual([200, 200, 200]);
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(2);
    const applied = await h.deps.db.select().from(activities).where(eq(activities.verb, 'import.applied'));
    expect(applied).toHaveLength(1);
    const updates = h.fake.callsTo('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0].args).toMatchObject({ channel: 'D024BE91L', ts });
    expect(updates[0].args.text).toContain('Imported clients.csv: 2 created');
    expect(h.fake.hooks.map((x) => x.body.text)).toEqual([expect.stringContaining('runs once'), expect.stringContaining('runs once')]);
  });

  it('refuses Apply from another member, lets an admin apply, and Cancel changes nothing', async () => {
    h = await startHarness();
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, name: 'Jack', role: 'manager', slackTeamId: TEAM_A, slackUserId: 'UA8RXUSPL' });
    const first = await dryRun(h, GOOD);
    await h.send(click(h, 'import_apply', first.importId, first.ts, 'UA8RXUSPL'));
    await h.send(click(h, 'import_cancel', first.importId, first.ts, 'UA8RXUSPL'));
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(0);
    expect(h.fake.hooks.map((x) => x.body)).toEqual([
      expect.objectContaining({ response_type: 'ephemeral', text: expect.stringContaining('Only the person who shared the file') }),
      expect.objectContaining({ response_type: 'ephemeral', text: expect.stringContaining('Only the person who shared the file') }),
    ]);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);

    await h.send(click(h, 'import_cancel', first.importId, first.ts));
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('chat.update')[0].args.text).toContain('cancelled');
    expect(await clientCount(h)).toBe(0);

    await h.deps.db.update(members).set({ role: 'admin' }).where(eq(members.slackUserId, 'UA8RXUSPL'));
    const second = await dryRun(h, GOOD, 'again.csv');
    await h.send(click(h, 'import_apply', second.importId, second.ts, 'UA8RXUSPL'));
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(2);
  });

  it('shows progress for a large file by updating the card\'s one message, ending with the outcome', async () => {
    h = await startHarness();
    const rows = Array.from({ length: 1200 }, (_, i) => `Client ${String(i + 1).padStart(4, '0')},c${i + 1}@example.com`);
    const { importId, ts } = await dryRun(h, `Company,Email\n${rows.join('\n')}\n`, 'big.csv');
    await h.send(click(h, 'import_apply', importId, ts));
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(1200);
    const updates = h.fake.callsTo('chat.update');
    expect(new Set(updates.map((u) => `${u.args.channel} ${u.args.ts}`))).toEqual(new Set([`D024BE91L ${ts}`]));
    const percents = updates.slice(0, -1).map((u) => Number(/(\d+)%/.exec(u.args.text)![1]));
    expect(percents.length).toBeGreaterThanOrEqual(3);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[0]).toBe(0);
    expect(updates.at(-1)!.args.text).toContain('Imported big.csv: 1200 created');
  });

  it('progress reaches the card while the import is still applying (nothing committed yet)', async () => {
    h = await startHarness();
    const rows = Array.from({ length: 4000 }, (_, i) => `Client ${String(i + 1).padStart(4, '0')},c${i + 1}@example.com`);
    const { importId, ts } = await dryRun(h, `Company,Email\n${rows.join('\n')}\n`, 'big.csv');
    await h.send(click(h, 'import_apply', importId, ts));
    // 0% goes out before applying; the next update is real progress, sent while the rows are being decided.
    await h.fake.waitFor('chat.update', 2);
    expect(h.fake.callsTo('chat.update')[1].args.text).toMatch(/Importing big\.csv… [1-9]\d?%/);
    expect(await clientCount(h)).toBe(0);
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(4000);
  });

  it('refuses a file over the size limit without downloading it', async () => {
    h = await startHarness();
    await h.send(shareInDm(h, h.fake.shareFile({ name: 'huge.csv', content: 'Company\nAcme\n', size: 6 * 1024 * 1024 })));
    await h.deps.deferrer.drain();
    expect(h.fake.downloads).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage')[0].args.text).toMatch(/huge\.csv is 6 MB; imports are limited to 5 MB/);
  });

  it('imports a CSV shared with a mention in a channel thread, answering in that thread', async () => {
    h = await startHarness();
    const mention = JSON.parse(h.fixture('app-mention.json'));
    mention.event = { ...mention.event, text: '<@U0LAN0Z89> import these', thread_ts: '1515449000.000001', files: [h.fake.shareFile({ name: 'leads.csv', content: GOOD })] };
    await h.send(JSON.stringify(mention));
    await h.deps.deferrer.drain();
    const [post] = h.fake.callsTo('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C123ABC456', thread_ts: '1515449000.000001' });
    expect(json(post.args.blocks)).toContain('Import preview: leads.csv');
  });

  it('never sends the bot token to a file link outside Slack', async () => {
    h = await startHarness();
    const file = { ...h.fake.shareFile({ name: 'x.csv', content: GOOD }), url_private: 'https://evil.example/x.csv', url_private_download: 'https://evil.example/x.csv' };
    await h.send(shareInDm(h, file));
    await h.deps.deferrer.drain();
    expect(h.fake.downloads).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage')[0].args.text).toContain('its link is not on Slack');
  });
});
