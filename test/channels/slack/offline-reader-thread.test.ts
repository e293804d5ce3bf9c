// The trained offline reader in a Slack thread (no OPENAI_API_KEY): Slack's encoding decoded, a follow-up that
// says "them" acts on the client the thread is about, and "yes" in the thread answers the confirmation card.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import { startHarness, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

async function say(dm: Record<string, any>, text: string, n: number) {
  const event = { ...dm, event_id: `EvREADER${n}`, event: { ...dm.event, text, ts: `1355517524.00000${n}`, thread_ts: dm.event.ts } };
  const res = await h!.send(JSON.stringify(event));
  expect(res.status).toBe(200);
  await h!.deps.deferrer.drain();
  return h!.fake.callsTo('chat.postMessage').at(-1)!;
}
const row = async (name: string) => (await h!.deps.db.select().from(clients).where(eq(clients.name, name)))[0];

describe('the offline reader in a Slack thread', () => {
  it('reads a declarative change, a pronoun follow-up and a typed "yes" to the confirmation', async () => {
    h = await startHarness({ role: 'admin' });
    const dm = JSON.parse(h.fixture('message-im.json'));
    await say(dm, 'cn u creat a client called Tallow &amp; Finch', 0);
    expect(await row('Tallow & Finch')).toBeDefined();

    await say(dm, 'Tallow &amp; Finch wants invoices in Swiss francs from now on', 1);
    expect((await row('Tallow & Finch')).currency).toBe('CHF');

    await say(dm, 'archive them', 2);
    expect((await row('Tallow & Finch')).archivedAt).not.toBeNull();

    const asked = await say(dm, "delete them", 3);
    expect(JSON.stringify(asked.args.blocks ?? asked.args.text)).toMatch(/Confirm|confirm/);
    expect(await row('Tallow & Finch')).toBeDefined();
    await say(dm, 'yes', 4);
    expect(await row('Tallow & Finch')).toBeUndefined();
  });
});
