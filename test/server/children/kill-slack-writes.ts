// The kill test's Slack lane: signed requests to the real server's /slack/events, Slack's Web API the fake on loopback.
// Each cycle sends a slash command whose turn creates a client ("/client <json>", the echo model calls the tool named)
// and a quick-add form submission (client_create, saved before its ack). A delivery that got no answer (the kill cut it)
// is sent again at the next start, as Slack retries it (same body, X-Slack-Retry-Num); so is one in four of those that
// were answered (Slack retries an ack it thinks late). Acknowledged: the command's answer through its response_url
// shows the client's card; the form's submission was answered without field errors.
import { newClientModal } from '../../../src/channels/slack/blocks/client-form-modal';
import { WORKING } from '../../../src/channels/slack/working-state';
import { type FakeSlack, startFakeSlack } from '../../support/fakes/slack-api';
import { signedSlackHeaders } from '../../support/slack-signed';
import { type Lane, type SlackDelivery, track } from './kill-lane';

export const SLACK_SECRET = 'kill-test-signing-secret-0123456789';
const TEAM = 'TKILL0001';
const USER = { id: 'UKILL0001', teamId: TEAM, name: 'Kim Kill', email: 'kim@kill.test' };
// Slack sends a delivery at most three more times.
const MAX_RETRIES = 3;
// Far above a turn on the echo model (well under a second): only a command left unanswered reaches it.
const ANSWER_WITHIN_MS = 20_000;

export const startKillSlack = () => startFakeSlack({ teamId: TEAM, botUserId: 'UKILLBOT', botId: 'BKILL', users: [USER] });

export const slackEnv = (fake: FakeSlack) => ({
  SLACK_SIGNING_SECRET: SLACK_SECRET,
  SLACK_BOT_TOKEN: 'xoxb-kill-test',
  SLACK_API_URL: fake.apiUrl,
});

function slashCommand(fake: FakeSlack, lane: Lane, tag: string, name: string): SlackDelivery {
  const hookPath = `kill/${lane.n}/${tag}`;
  const body = new URLSearchParams({
    token: 'unused',
    team_id: TEAM,
    team_domain: 'kill',
    channel_id: 'CKILL0001',
    channel_name: 'clients',
    user_id: USER.id,
    user_name: 'kim',
    command: '/client',
    text: JSON.stringify({ tool: 'createClient', args: { name } }),
    response_url: fake.hookUrl(hookPath),
    trigger_id: `kill.${lane.n}.${tag}`,
    api_app_id: 'AKILL',
  }).toString();
  return { name, kind: 'slash', body, hookPath, retries: 0 };
}

function quickAdd(lane: Lane, tag: string, name: string): SlackDelivery {
  const view = newClientModal({}, {});
  const payload = {
    type: 'view_submission',
    team: { id: TEAM, domain: 'kill' },
    user: { id: USER.id, username: 'kim', name: 'kim', team_id: TEAM },
    api_app_id: 'AKILL',
    token: 'unused',
    trigger_id: `kill.form.${lane.n}.${tag}`,
    view: { ...view, id: `VKILL${lane.n}${tag}`, state: { values: { name: { value: { type: 'plain_text_input', value: name } } } } },
  };
  return { name, kind: 'form', body: `payload=${encodeURIComponent(JSON.stringify(payload))}`, hookPath: null, retries: 0 };
}

/** The command's answer (not its "Working…" placeholder), if it came. */
const answered = (fake: FakeSlack, d: SlackDelivery) =>
  fake.hooks.some((h) => h.path === d.hookPath && h.body.text !== WORKING && JSON.stringify(h.body.blocks ?? []).includes(d.name));

/**
 * The restart's report of a command cut off after its ack (Slack never sends it again): through its response_url,
 * "interrupted", quoting the command (whose words name the client).
 */
export const reportedInterrupted = (fake: FakeSlack, name: string) =>
  fake.hooks.some((h) => typeof h.body.text === 'string' && /interrupted/.test(h.body.text) && h.body.text.includes(`"${name}"`));

/**
 * Whether the person saw "Working…" for a command: posted only once its delivery is claimed (the claim, which keeps
 * the response_url, is written after the ack, when no other delivery waits for its answer: fetch-receiver.ts; until
 * then the command is in the ack journal, noted before the ack).
 */
export const showedWorking = (fake: FakeSlack, lane: Lane, name: string) =>
  fake.hooks.some((h) => h.path === `kill/${lane.n}/${name.slice('Slash '.length)}` && h.body.text === WORKING);

/**
 * Sends one delivery (signed now) and follows it until it is acknowledged, cut off, or `stop` (the kill) comes. A
 * command answered before needs no second answer (its retry is dropped as a duplicate); one with no answer yet must
 * get it: its claim was released at the start, so the retry runs it.
 */
async function deliver(fake: FakeSlack, lane: Lane, base: string, d: SlackDelivery, stop: Promise<void>): Promise<void> {
  lane.slackTried.add(d.name);
  // Drawn before the first await, so the seeded plan does not depend on which answer comes first.
  const lateAck = lane.rng() < 0.25;
  const answeredBefore = d.kind === 'slash' && answered(fake, d);
  const headers = {
    ...signedSlackHeaders(SLACK_SECRET, Math.floor(Date.now() / 1000), d.body),
    ...(d.retries ? { 'x-slack-retry-num': String(d.retries), 'x-slack-retry-reason': 'http_timeout' } : {}),
  };
  const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body: d.body }).catch(() => null);
  const text = res ? await res.text().catch(() => null) : null;
  const again = () => {
    if (d.retries < MAX_RETRIES) lane.retries.push({ ...d, retries: d.retries + 1 });
  };
  if (!res || text === null || res.status >= 500) return again();
  if (lateAck) again();
  if (d.kind === 'form') {
    if (res.status === 200 && text === '') lane.acked.slack.add(d.name);
    return;
  }
  if (answeredBefore) return;
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  const deadline = Date.now() + ANSWER_WITHIN_MS;
  while (!stopped && !answered(fake, d) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (answered(fake, d)) lane.acked.slack.add(d.name);
  else if (!stopped) lane.silent.add(`Slack command for ${d.name} was acknowledged and never answered`);
  // Slack had its ack, so it sends this command no more: only the next start's report tells the person.
  else if (!lateAck) lane.cutAfterAck.add(d.name);
}

/** This cycle's Slack writes: the retries owed from the last start, then (unless only those) a new command and form. */
export function slackWrites(
  fake: FakeSlack,
  lane: Lane,
  base: string,
  tag: string,
  stop: Promise<void>,
  onlyRetries = false,
): Promise<unknown> {
  const owed = lane.retries.splice(0);
  const all = onlyRetries ? owed : [...owed, slashCommand(fake, lane, tag, `Slash ${tag}`), quickAdd(lane, tag, `Quick ${tag}`)];
  lane.retriesSent += owed.length;
  return Promise.allSettled(all.map((d) => track(lane, d.kind, deliver(fake, lane, base, d, stop))));
}
