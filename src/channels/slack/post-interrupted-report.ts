// Sending one report of interrupted work (report-interrupted.ts) and reading Slack's answer: `delivered`, `retry`
// (Slack could not take it now: unreachable, a 5xx, rate limited, its own internal error; tried again each minute,
// report-schedule.ts, and at the next start) or `refused` (it never will: a spent or expired answer URL, a channel gone or closed to the bot).
import type { webApi } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import type { InterruptedCommand } from '../../domain/deliveries/interrupted-commands';

/** A Web API client with the team's bot token; null if the team is not installed here. */
export type TeamClients = (teamId: string) => Promise<webApi.WebClient | null>;
export type ReportOutcome = 'delivered' | 'retry' | 'refused';

// Slack's own trouble, not the request's: the same call may well succeed later.
const PASSING_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

export async function postToResponseUrl(deps: AppDeps, c: InterruptedCommand, text: string): Promise<ReportOutcome> {
  try {
    const res = await deps.fetch(c.responseUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: true, text }),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.ok) return 'delivered';
    deps.log.warn({ status: res.status, key: c.key }, 'slack: the report of an interrupted command was refused');
    return res.status >= 500 || res.status === 429 ? 'retry' : 'refused';
  } catch (err) {
    // The URL is a credential: the error's message only, never the URL.
    deps.log.warn({ key: c.key, error: (err as Error).message }, 'slack: could not report an interrupted command');
    return 'retry';
  }
}

/** In place of the placeholder if one was posted (deleted meanwhile: a new post in the thread), else a new post. */
export async function postInThread(deps: AppDeps, clients: TeamClients, c: InterruptedCommand, text: string): Promise<ReportOutcome> {
  const client = c.teamId ? await clients(c.teamId) : null;
  // The team uninstalled the app (or was never installed here): nobody can post there.
  if (!client) return 'refused';
  const { channel, threadTs, placeholderTs } = c.thread!;
  const blocks = [{ type: 'section', text: { type: 'mrkdwn', text } }];
  if (placeholderTs) {
    const updated = await outcomeOf(deps, c, () => client.chat.update({ channel, ts: placeholderTs, text, blocks }));
    if (updated !== 'refused') return updated;
  }
  return outcomeOf(deps, c, () =>
    client.chat.postMessage({ channel, thread_ts: threadTs ?? undefined, text, blocks, unfurl_links: false, unfurl_media: false }),
  );
}

async function outcomeOf(deps: AppDeps, c: InterruptedCommand, call: () => Promise<unknown>): Promise<ReportOutcome> {
  try {
    await call();
    return 'delivered';
  } catch (err) {
    const { code, data } = err as { code?: string; data?: { error?: string } };
    // A platform error is Slack's answer (channel_not_found, not_in_channel, …); anything else is no answer at all.
    const refused = code === 'slack_webapi_platform_error' && !PASSING_ERRORS.has(data?.error ?? '');
    deps.log.warn(
      { key: c.key, error: data?.error ?? (err as Error).message },
      'slack: could not report an interrupted request in its thread',
    );
    return refused ? 'refused' : 'retry';
  }
}
