// Authenticity on POST /slack/events: Slack's known-answer vector, forgeries of every kind (none accepted,
// 401 with an empty body, nothing processed), the ±300 s window, ssl_check and url_verification.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members, slackEvents } from '../../../src/db/schema';
import { signSlackBody, verifySlackSignature } from '../../../src/channels/slack/verify-signature';
import { asPayload, SECRET, slashBody, startHarness, type Harness } from './slack-harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const rows = async () => (await h.deps.db.select({ n: count() }).from(slackEvents))[0].n;

describe('Slack request signing', () => {
  it('reproduces Slack\'s known-answer vector (F-SIGVEC) and accepts it at its own time', () => {
    const body = readFileSync(join(import.meta.dirname, '../../fixtures/slack/sigvec.txt'), 'utf8');
    const secret = '8f742231b10e8888abcd99yyyzzz85a5';
    const expected = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
    expect(signSlackBody(secret, 1531420618, body)).toBe(expected);
    expect(verifySlackSignature({ secret, rawBody: body, signature: expected, timestamp: '1531420618', nowMs: 1531420618_000 })).toBe(true);
    expect(verifySlackSignature({ secret, rawBody: body, signature: expected, timestamp: '1531420618', nowMs: 1531420618_000 + 301_000 })).toBe(false);
  });

  it('rejects every forgery with 401, an empty body and no side effect', async () => {
    const kinds = [
      slashBody(h, 'Acme Corp'),
      h.fixture('app-mention.json'),
      asPayload(h.fixture('block-actions.json')),
      asPayload(h.fixture('view-submission.json')),
    ];
    const before = await rows();
    const ts = h.nowSeconds();
    for (const raw of kinds) {
      const good = signSlackBody(SECRET, ts, raw);
      const forgeries: Array<{ body: string; headers: Record<string, string>; omit?: string[] }> = [
        { body: raw, headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}` } },
        { body: raw, headers: { 'x-slack-signature': signSlackBody('wrong-secret', ts, raw) } },
        { body: `${raw} `, headers: { 'x-slack-signature': good } },
        { body: raw.replace('a', 'b'), headers: { 'x-slack-signature': good } },
        { body: raw, headers: { 'x-slack-signature': good.replace('v0=', 'v1=') } },
        { body: raw, headers: { 'x-slack-signature': good.toUpperCase() } },
        { body: raw, headers: { 'x-slack-signature': '' } },
        { body: raw, headers: { 'x-slack-signature': `${good}, ${good}` } },
        { body: raw, headers: { 'x-slack-signature': good, 'x-slack-request-timestamp': 'soon' } },
        { body: raw, headers: { 'x-slack-signature': good, 'x-slack-request-timestamp': '' } },
        { body: raw, headers: {}, omit: ['x-slack-signature'] },
        { body: raw, headers: { 'x-slack-signature': good }, omit: ['x-slack-request-timestamp'] },
      ];
      // And 500 more per kind: random signatures, and valid signatures over other bodies or times.
      for (let i = 0; i < 500; i++) {
        const sig = i % 2 ? `v0=${randomBytes(32).toString('hex')}` : signSlackBody(SECRET, ts - 400 - i, raw);
        forgeries.push(i % 3 === 0 ? { body: raw, headers: { 'x-slack-signature': signSlackBody(SECRET, ts, `${raw}&i=${i}`) } } : { body: raw, headers: { 'x-slack-signature': sig } });
      }
      for (const f of forgeries) {
        const headers: Record<string, string> = { 'content-type': raw.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), ...f.headers };
        for (const k of f.omit ?? []) delete headers[k];
        const res = await h.app.request('/slack/events', { method: 'POST', headers, body: f.body });
        expect(res.status).toBe(401);
        expect(await res.text()).toBe('');
      }
    }
    await h.deps.deferrer.drain();
    expect(await rows()).toBe(before);
    expect(h.fake.calls).toHaveLength(0);
    expect(h.fake.hooks).toHaveLength(0);
    expect((await h.deps.db.select({ n: count() }).from(members))[0].n).toBe(0);
  });

  it('accepts ±299 s and rejects ±301 s (Bolt alone would accept a future timestamp)', async () => {
    const now = h.nowSeconds();
    const results: Record<string, number> = {};
    for (const skew of [-301, 301, -299, 299]) {
      const res = await h.send(h.fixture('url-verification.json'), { ts: now + skew });
      results[skew] = res.status;
    }
    expect(results).toEqual({ '-301': 401, '301': 401, '-299': 200, '299': 200 });
    expect((await h.send(h.fixture('url-verification.json'), { ts: now + 3600 })).status).toBe(401);
  });

  it('answers url_verification with the challenge only when signed', async () => {
    const raw = h.fixture('url-verification.json');
    const ok = await h.send(raw);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
    const unsigned = await h.send(raw, { signature: null });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.text()).toBe('');
  });

  it('answers an unsigned ssl_check with 200 and processes nothing', async () => {
    const before = await rows();
    const res = await h.send('ssl_check=1&token=abc', { signature: null });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(await rows()).toBe(before);
    expect(h.fake.calls).toHaveLength(0);
  });

  it('verifies the raw bytes: %2F, +, emoji and a trailing newline are accepted as sent', async () => {
    const raw = `${slashBody(h, 'help')}&extra=%F0%9F%98%80+a%2Fb\n`;
    const res = await h.send(raw);
    expect(res.status).toBe(200);
    // Re-serialising the parsed form changes the bytes, so a verifier that did that would fail here.
    const reserialised = new URLSearchParams(raw).toString();
    expect(reserialised).not.toBe(raw);
    const res2 = await h.send(reserialised, { signature: signSlackBody(SECRET, h.nowSeconds(), raw) });
    expect(res2.status).toBe(401);
  });
});
