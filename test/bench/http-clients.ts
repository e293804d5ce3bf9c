// What the HTTP benches send: signed /client slash commands (the sample payload, response_url pointed at the fake
// Slack API), web chat turns read to the end of their stream, and bursts of concurrent requests with their latencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signSlackBody } from '../../src/channels/slack/verify-signature';
import type { FakeSlackUser } from '../support/fakes/slack-api';

export const SLACK_SECRET = 'bench-signing-secret-0123456789abcdef';
export const SLACK_TEAM = 'TBENCH0001';
const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/slack/slash-command.txt'), 'utf8');

/** Slack people of the bench team: each signs in as a member on first use. */
export const slackUsers = (n: number): FakeSlackUser[] =>
  Array.from({ length: n }, (_, i) => ({ id: `UBENCH${i}`, teamId: SLACK_TEAM, name: `Bench Person ${i}`, email: `person${i}@bench.test` }));

let trigger = 0;
/** A signed slash command request: its own trigger_id (so its own delivery), this user and channel. */
export function slashCommand(o: { text: string; user: string; channel: string; hookUrl: string }): RequestInit {
  const p = new URLSearchParams(FIXTURE);
  p.set('team_id', SLACK_TEAM);
  p.delete('enterprise_id');
  p.set('user_id', o.user);
  p.set('channel_id', o.channel);
  p.set('text', o.text);
  p.set('response_url', o.hookUrl);
  p.set('trigger_id', `${process.pid}.${Date.now()}.${trigger++}`);
  const body = p.toString();
  const ts = Math.floor(Date.now() / 1000);
  return {
    method: 'POST', body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signSlackBody(SLACK_SECRET, ts, body) },
  };
}

/** Sends one request and reads its whole body; returns the latency, the status and the text. */
export async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number; text: string }> {
  const start = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  return { ms: performance.now() - start, status: res.status, text };
}

/** A web chat turn as the page sends it (session cookie, same origin), read to the end of the stream. */
export function chatTurn(base: string, cookie: string, text: string): Promise<{ ms: number; status: number; text: string }> {
  return timed(`${base}/api/chat`, {
    method: 'POST', body: JSON.stringify({ text }),
    headers: { 'content-type': 'application/json', origin: base, 'sec-fetch-site': 'same-origin', cookie: `clientele_session=${cookie}` },
  });
}

/** Runs `total` calls with at most `concurrency` in flight; returns each latency and the elapsed wall time. */
export async function closedLoop(total: number, concurrency: number, call: (i: number) => Promise<{ ms: number; status: number }>) {
  const ms: number[] = [];
  const bad: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const r = await call(next++);
      ms.push(r.ms);
      if (r.status !== 200) bad.push(r.status);
    }
  }));
  return { ms, bad, elapsedMs: performance.now() - start };
}
