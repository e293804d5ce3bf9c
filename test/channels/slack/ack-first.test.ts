// The ack comes before any database work: a slash command is answered while another write holds the database
// (an import applying, a slow agent turn), and its work runs once the database is free.
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedModel } from './held-model';
import { slashBody, startHarness, type Harness } from './slack-harness';

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
