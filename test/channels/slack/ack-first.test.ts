// The ack comes before any database work: a slash command is answered while another write holds the database
// (an import applying, a slow agent turn), and its work runs once the database is free.
import { afterEach, describe, expect, it } from 'vitest';
import { signSlackBody } from '../../../src/channels/slack/verify-signature';
import { slackEvents } from '../../../src/db/schema';
import { scriptedModel } from './held-model';
import { SECRET, slashBody, startHarness, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

/** Holds this process's database write lock until release() (as a long write transaction does). */
function holdWrites(h: Harness) {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  let started!: () => void;
  const holding = new Promise<void>((r) => { started = r; });
  const tx = h.deps.db.transaction(async () => { started(); await gate; });
  return { holding, release: async () => { release(); await tx; } };
}

describe('slack acks before database work', () => {
  it('answers /client help with its card while another write holds the database', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    const lock = holdWrites(h);
    await lock.holding;
    const res = await h.send(slashBody(h, 'help'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { text: string }).text).toBe('How to use /client');
    await lock.release();
  });

  it('acks /client find while the database is held, then answers through response_url once it is free', async () => {
    const model = scriptedModel(() => ({ text: 'No clients match acme.' }));
    h = await startHarness({ model });
    const lock = holdWrites(h);
    await lock.holding;
    const res = await h.send(slashBody(h, 'find acme'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(model.doStreamCalls).toHaveLength(0);
    await lock.release();
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    expect(JSON.stringify(h.fake.hooks.map((p) => p.body))).toContain('No clients match acme.');
  });

  it("claims an acked command's delivery and runs its agent only once no other Slack request waits for its answer", async () => {
    const model = scriptedModel(() => ({ text: 'No clients match acme.' }));
    h = await startHarness({ model });
    // Another delivery still arriving (as Slack sends it, with its length): half its body is here, so it waits for its answer.
    const other = slashBody(h, 'help');
    const ts = h.nowSeconds();
    let finish!: () => void;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(other.slice(0, 20)));
        finish = () => { c.enqueue(new TextEncoder().encode(other.slice(20))); c.close(); };
      },
    });
    const pending = h.app.request(new Request('http://localhost/slack/events', {
      method: 'POST', body, duplex: 'half',
      headers: {
        'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(other)),
        'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackBody(SECRET, ts, other),
      },
    } as RequestInit));

    try {
      const res = await h.send(slashBody(h, 'find acme'));
      expect(res.status).toBe(200);
      // Many loop turns later: neither the delivery claim (a write) nor the agent has run while the other waits.
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      expect(await h.deps.db.select().from(slackEvents)).toEqual([]);
      expect(model.doStreamCalls).toHaveLength(0);
    } finally {
      finish();
    }
    expect(((await (await pending).json()) as { text: string }).text).toBe('How to use /client');
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    expect(JSON.stringify(h.fake.hooks.map((p) => p.body))).toContain('No clients match acme.');
  });

  it('runs a slash command once when the same delivery arrives twice', async () => {
    const model = scriptedModel(() => ({ text: 'Once.' }));
    h = await startHarness({ model });
    const body = slashBody(h, 'find acme');
    expect((await h.send(body)).status).toBe(200);
    expect((await h.send(body)).status).toBe(200);
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
  });
});
