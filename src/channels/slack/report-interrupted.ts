// After a restart: each delivery the last stop cut off after its ack (Slack sends it no more) is told so, saying what
// was asked and whether the history shows a change. A slash command through its response_url, in place of its
// "Working…"; a mention, DM, click or form in its thread with the bot token, in place of its placeholder if one was
// posted. Never re-run: reporting is enough, and the person can ask again (what they asked is quoted).
import type { webApi } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import {
  type InterruptedCommand,
  interruptedCommands,
  releaseInterruptionReport,
  takeInterruptionReport,
} from '../../domain/deliveries/interrupted-commands';

/** A Web API client with the team's bot token; null if the team is not installed here. */
export type TeamClients = (teamId: string) => Promise<webApi.WebClient | null>;

export function interruptedText(c: InterruptedCommand): string {
  const asked = c.thread ? c.text || 'your request' : c.text ? `\`${c.text}\`` : 'your command';
  const head = `:warning: Clientele restarted while it was working on ${asked}, so it was interrupted before an answer.`;
  const again = c.thread ? 'try again' : `send it again: ${asked}`;
  if (c.changes === null) return `${head} Check the activity log to see whether anything changed before you ${again}`;
  if (!c.changes.length) return `${head} Nothing was changed. You can ${again}`;
  const list = c.changes.map((s) => `• ${s}`).join('\n');
  return `${head} The activity log shows these changes from you since you sent it, so check before ${c.thread ? 'trying' : 'sending it'} again:\n${list}`;
}

/**
 * Posts each report once: taken on record first (another instance starting too, or the person, then sees it done),
 * given back if Slack cannot be reached, to be tried at the next start. A kill between the two loses that report.
 * Without `clients` (Slack's bot not configured here) thread reports wait for a start that has them.
 */
export async function reportInterruptedCommands(deps: AppDeps, clients?: TeamClients): Promise<number> {
  let reported = 0;
  for (const c of await interruptedCommands(deps.db, deps.now(), { threads: !!clients })) {
    if (!(await takeInterruptionReport(deps.db, c.key, deps.now()))) continue;
    try {
      const ok = c.thread ? await postInThread(clients!, c) : await postToResponseUrl(deps, c);
      if (ok) reported++;
    } catch (err) {
      // The URL is a credential: the error's message only, never the URL.
      deps.log.warn({ key: c.key, error: (err as Error).message }, 'slack: could not report an interrupted request');
      await releaseInterruptionReport(deps.db, c);
    }
  }
  return reported;
}

async function postToResponseUrl(deps: AppDeps, c: InterruptedCommand): Promise<boolean> {
  // Any answer settles it: a used-up or expired URL (404, 410) will not take a later try either.
  const res = await deps.fetch(c.responseUrl!, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', replace_original: true, text: interruptedText(c) }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) deps.log.warn({ status: res.status, key: c.key }, 'slack: the report of an interrupted command was refused');
  return res.ok;
}

// Slack's refusal (channel_not_found, not_in_channel, …) settles it like a refused URL; no answer at all throws.
async function postInThread(clients: TeamClients, c: InterruptedCommand): Promise<boolean> {
  const client = c.teamId ? await clients(c.teamId) : null;
  if (!client) return false;
  const { channel, threadTs, placeholderTs } = c.thread!;
  const text = interruptedText(c);
  const blocks = [{ type: 'section', text: { type: 'mrkdwn', text } }];
  const refused = (err: unknown) => (err as { code?: string }).code === 'slack_webapi_platform_error';
  if (placeholderTs) {
    try {
      await client.chat.update({ channel, ts: placeholderTs, text, blocks });
      return true;
    } catch (err) {
      // The placeholder was deleted meanwhile: the report is posted in the thread instead.
      if (!refused(err)) throw err;
    }
  }
  try {
    await client.chat.postMessage({ channel, thread_ts: threadTs ?? undefined, text, blocks, unfurl_links: false, unfurl_media: false });
    return true;
  } catch (err) {
    if (refused(err)) return false;
    throw err;
  }
}
