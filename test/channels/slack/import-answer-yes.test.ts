// "yes" / "apply it" typed in the thread of a CSV's dry-run card applies that import, as the Apply button does
// (issue 13): the preview is part of the thread's conversation, so the answer reaches the offer it follows. Also in
// a channel thread (no new mention needed), and nothing is applied without the person's confirmation.
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { activities, clients } from '../../../src/db/schema';
import type { FakeSharedFile } from '../../support/fakes/slack-api';
import { startHarness, TEAM_A, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
let seq = 0;

const CSV = 'Company,E-mail,City\nAcme GmbH,office@acme.de,Berlin\nGlobex,hi@globex.com,Springfield\n';
const clientNames = async (hh: Harness) => (await hh.deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name).sort();
const applied = async (hh: Harness) => (await hh.deps.db.select({ n: count() }).from(activities).where(eq(activities.verb, 'import.applied')))[0].n;

/** A direct message (im) or a channel message, optionally in a thread and with files, as Slack sends it. */
function message(hh: Harness, o: { text: string; channel?: string; thread?: string; files?: FakeSharedFile[]; mention?: boolean }): { raw: string; ts: string } {
  const ts = `1355517700.0000${String(++seq).padStart(2, '0')}`;
  const channel = o.channel ?? 'D024BE91L';
  const body = JSON.parse(hh.fixture('message-im.json'));
  body.team_id = TEAM_A;
  body.event_id = `EvYES${seq}`;
  body.event = {
    type: o.mention ? 'app_mention' : 'message', channel, user: 'U061F7AUR', text: o.text, ts, event_ts: ts,
    ...(o.mention ? {} : { channel_type: channel.startsWith('D') ? 'im' : 'channel' }),
    ...(o.thread ? { thread_ts: o.thread } : {}),
    ...(o.files ? { subtype: 'file_share', files: o.files } : {}),
  };
  return { raw: JSON.stringify(body), ts };
}

async function say(hh: Harness, o: Parameters<typeof message>[1]): Promise<string> {
  const m = message(hh, o);
  expect((await hh.send(m.raw)).status).toBe(200);
  await hh.deps.deferrer.drain();
  return m.ts;
}

const lastPostIn = (hh: Harness, thread: string) => hh.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === thread).at(-1);
const lastAnswerIn = (hh: Harness, thread: string) => {
  const updates = hh.fake.callsTo('chat.update');
  const post = lastPostIn(hh, thread);
  const update = updates.filter((u) => u.args.ts === post?.ts).at(-1);
  return String((update ?? post)?.args.text ?? '');
};

describe('answering a CSV dry run in its thread', () => {
  it('"yes" in the DM thread asks to confirm the apply, and a second "yes" imports the file once', async () => {
    h = await startHarness();
    const shared = await say(h, { text: '', files: [h.fake.shareFile({ name: 'leads.csv', content: CSV })] });
    expect(lastPostIn(h, shared)!.args.text).toContain('would create 2');
    expect(JSON.stringify(lastPostIn(h, shared)!.args.blocks)).toContain('can also answer \\"yes\\" in this thread.');
    expect(await clientNames(h)).toEqual([]);

    await say(h, { text: 'yes', thread: shared });
    expect(lastAnswerIn(h, shared)).toMatch(/^Nothing has changed yet\. This will import the clients of CSV import \S+ \(leads\.csv\)/);
    expect(await clientNames(h)).toEqual([]);

    await say(h, { text: 'yes', thread: shared });
    expect(await clientNames(h)).toEqual(['Acme GmbH', 'Globex']);
    expect(lastAnswerIn(h, shared)).toMatch(/^leads.csv: 2 rows: created 2/);
    expect(await applied(h)).toBe(1);
  });

  it('"apply it" in a channel thread needs no new mention; "no" to the confirmation changes nothing', async () => {
    h = await startHarness();
    const shared = await say(h, { text: '<@U0LAN0Z89> here are our clients', channel: 'C0LAN2Q65', mention: true, files: [h.fake.shareFile({ name: 'leads.csv', content: CSV })] });
    expect(lastPostIn(h, shared)!.args.text).toContain('would create 2');

    await say(h, { text: 'apply it', channel: 'C0LAN2Q65', thread: shared });
    expect(lastAnswerIn(h, shared)).toMatch(/^Nothing has changed yet\. This will import the clients of CSV import \S+ \(leads\.csv\)/);
    await say(h, { text: 'no', channel: 'C0LAN2Q65', thread: shared });
    expect(lastAnswerIn(h, shared)).toMatch(/Cancelled; nothing was changed/);
    expect(await clientNames(h)).toEqual([]);
    expect(await applied(h)).toBe(0);
  });

  it('a "yes" in another thread applies nothing', async () => {
    h = await startHarness();
    await say(h, { text: '', files: [h.fake.shareFile({ name: 'leads.csv', content: CSV })] });
    const other = await say(h, { text: 'yes' });
    await say(h, { text: 'yes', thread: other });
    expect(await clientNames(h)).toEqual([]);
  });
});
