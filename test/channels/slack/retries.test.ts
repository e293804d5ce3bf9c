// Slack's retries: one side effect however often an event arrives (also across a restart), a retry of a
// delivery that failed before anything persisted is processed once, and bot messages are never answered.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/channels/http/app';
import { slackEvents } from '../../../src/db/schema';
import { heldModel, scriptedModel } from './held-model';
import { signedSlackHeaders } from '../../support/slack-signed';
import { SECRET, startHarness, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

const REASONS = ['http_timeout', 'too_many_redirects', 'connection_failed', 'ssl_error', 'http_error', 'unknown_error'];

describe('retries', () => {
  it('runs the model once and posts once for the original and its retries, even while the original still runs', async () => {
    const held = heldModel(scriptedModel(() => ({ text: 'Answered once.' })));
    h = await startHarness({ model: held.model });
    const raw = h.fixture('app-mention.json');
    const statuses = [(await h.send(raw)).status];
    // Retries 1-3 arrive while the original is still held open (http_timeout first), then more of the same.
    for (let i = 0; i < 19; i++) {
      const num = (i % 3) + 1;
      statuses.push((await h.send(raw, { headers: { 'x-slack-retry-num': String(num), 'x-slack-retry-reason': REASONS[i % REASONS.length] } })).status);
    }
    expect(statuses).toEqual(Array(20).fill(200));
    held.release();
    await h.deps.deferrer.drain();
    expect(held.calls()).toHaveLength(1);
    expect(shownMessages(h.fake)).toHaveLength(1);
    const [row] = await h.deps.db.select().from(slackEvents).where(eq(slackEvents.eventId, 'ev:Ev123ABC456'));
    expect(row.status).toBe('done');

    // A restarted app (a new Bolt and receiver on the same database) still knows the event.
    const restarted = createApp(h.deps);
    const res = await restarted.request('/slack/events', { method: 'POST', body: raw, headers: {
      ...signedSlackHeaders(SECRET, h.nowSeconds(), raw), 'x-slack-retry-num': '3', 'x-slack-retry-reason': 'http_timeout',
    } });
    expect(res.status).toBe(200);
    await h.deps.deferrer.drain();
    expect(held.calls()).toHaveLength(1);
    expect(shownMessages(h.fake)).toHaveLength(1);
  });

  it('answers 500 when processing fails before the ack, and processes Slack\'s retry exactly once', async () => {
    const model = scriptedModel(() => ({ text: 'Here after the retry.' }));
    h = await startHarness({ model });
    const raw = h.fixture('app-mention.json');
    h.fake.failNext('auth.test');
    const first = await h.send(raw);
    expect(first.status).toBe(500);
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(shownMessages(h.fake)).toHaveLength(0);

    const retry = await h.send(raw, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(retry.status).toBe(200);
    await h.deps.deferrer.drain();
    await h.send(raw, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    expect(shownMessages(h.fake).map((c) => c.args.text)).toEqual(['Here after the retry.']);
  });

  it('tells Slack not to retry a signed body it cannot read', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    const res = await h.send('{"type":"event_callback",', { contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-slack-no-retry')).toBe('1');
  });
});

describe('bot messages', () => {
  it('never answers its own messages, other bots, or bot_message subtypes (S15)', async () => {
    const model = scriptedModel(() => ({ text: 'should not happen' }));
    h = await startHarness({ model });
    const base = JSON.parse(h.fixture('app-mention.json'));
    const variants = [
      { event_id: 'EvBOT1', event: { ...base.event, bot_id: 'BCLIENTELE' } },
      { event_id: 'EvBOT2', event: { ...base.event, user: 'U0LAN0Z89' } },
      { event_id: 'EvBOT3', event: { ...base.event, subtype: 'bot_message', bot_id: 'BOTHER1' } },
      { event_id: 'EvBOT4', event: { ...JSON.parse(h.fixture('message-im.json')).event, subtype: 'bot_message', bot_id: 'BOTHER1' } },
    ];
    for (const v of variants) expect((await h.send(JSON.stringify({ ...base, ...v }))).status).toBe(200);
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
    expect(shownMessages(h.fake)).toHaveLength(0);
  });
});
