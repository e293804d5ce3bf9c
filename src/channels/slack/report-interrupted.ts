// After a restart: each delivery the last stop cut off after its ack (Slack sends it no more) is told so, saying what
// was asked and whether the history shows a change. A slash command through its response_url while it lasts, in
// place of its "Working…", else in the person's DM; a mention, DM, click or form in its thread with the bot token, in
// place of its placeholder if one was posted. Never re-run: reporting is enough, and the person can ask again.
import type { AppDeps } from '../../deps';
import { type InterruptedCommand, interruptedCommands } from '../../domain/deliveries/interrupted-commands';
import {
  dropStaleReports,
  forgetAnswerUrl,
  releaseInterruptionReport,
  settleInterruptionReport,
  takeInterruptionReport,
} from '../../domain/deliveries/interruption-reports';
import { postInThread, postToResponseUrl, type TeamClients } from './post-interrupted-report';

export type { TeamClients } from './post-interrupted-report';

export function interruptedText(c: InterruptedCommand): string {
  const asked = c.command ? (c.text ? `\`${c.text}\`` : 'your command') : c.text || 'your request';
  const head = `:warning: Clientele restarted while it was working on ${asked}, so it was interrupted before an answer.`;
  const again = c.command ? `send it again: ${asked}` : 'try again';
  if (c.changes === null) return `${head} Check the activity log to see whether anything changed before you ${again}`;
  if (!c.changes.length) return `${head} Nothing was changed. You can ${again}`;
  const list = c.changes.map((s) => `• ${s}`).join('\n');
  return `${head} The activity log shows these changes from you since you sent it, so check before ${c.command ? 'sending it' : 'trying'} again:\n${list}`;
}

/**
 * Sends each report at least once and, once Slack took it, never again: taken on record first (another instance
 * starting too then leaves it), settled only after Slack's answer, given back when Slack could not take it now. A
 * kill in between leaves it taken, and the next start gives it back (releaseOrphanedReports) and sends it again.
 * Without `clients` (Slack's bot not configured here) thread reports wait for a start that has them. `waiting`: the
 * reports given back because Slack could not take them now, for the retry timer (report-schedule.ts).
 */
export async function reportInterruptedCommands(deps: AppDeps, clients?: TeamClients): Promise<{ reported: number; waiting: number }> {
  const reporter = deps.instance ?? `reporter:${crypto.randomUUID()}`;
  for (const key of await dropStaleReports(deps.db, deps.now())) {
    deps.log.warn({ key }, 'slack: an interrupted request is too old to report; dropped');
  }
  let reported = 0;
  let waiting = 0;
  for (const c of await interruptedCommands(deps.db, deps.now(), { threads: !!clients })) {
    if (!(await takeInterruptionReport(deps.db, c.key, reporter, deps.now()))) continue;
    const outcome = await send(deps, c, clients);
    if (outcome === 'retry') {
      await releaseInterruptionReport(deps.db, c.key, reporter);
      waiting++;
      continue;
    }
    if (outcome === 'delivered') reported++;
    else deps.log.warn({ key: c.key }, 'slack: an interrupted request could not be reported anywhere; dropped');
    await settleInterruptionReport(deps.db, c.key, reporter, deps.now());
  }
  return { reported, waiting };
}

// The answer URL first while it is valid; refused (spent, expired), the person's thread or DM instead.
async function send(deps: AppDeps, c: InterruptedCommand, clients?: TeamClients): Promise<'delivered' | 'retry' | 'refused'> {
  const text = interruptedText(c);
  if (c.responseUrl) {
    const answer = await postToResponseUrl(deps, c, text);
    if (answer !== 'refused') return answer;
    await forgetAnswerUrl(deps.db, c.key);
  }
  // Slack's bot is configured at another start: the report waits for it.
  if (c.thread && !clients) return 'retry';
  return c.thread ? postInThread(deps, clients!, c, text) : 'refused';
}
