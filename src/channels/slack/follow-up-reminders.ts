// The follow-up reminder timer: at start-up and every five minutes, each follow-up due is told to its owner in a
// direct message from the bot (remind-due-follow-ups.ts claims each once). A Worker has no timer: its Cron Trigger
// runs remindOnce with the mirror sweep (worker.ts). Nothing runs when Slack is not configured.
import type { AppDeps } from '../../deps';
import { remindDueFollowUps } from '../../domain/follow-ups/remind-due-follow-ups';
import { followUpReminder } from './blocks/follow-up-reminder';
import { slackPosterOf } from './message-mirror';
import { repeatPass } from './repeat-pass';

export const REMIND_EVERY_MS = 5 * 60_000;

const posterOf = (deps: AppDeps) => (workspaceId: number) => {
  const slack = slackPosterOf(deps, workspaceId);
  return slack && {
    remind: (r: Parameters<typeof followUpReminder>[0]) => slack.post({ channel: r.slackUserId, ...followUpReminder(r, deps.env.PUBLIC_URL) }),
  };
};

/** One pass, its outcome logged. Never throws. */
export async function remindOnce(deps: AppDeps): Promise<void> {
  if (!slackPosterOf(deps, deps.workspaceId)) return;
  try {
    const r = await remindDueFollowUps({ db: deps.db, now: deps.now, log: deps.log, posterOf: posterOf(deps) });
    if (r.reminded || r.failed) deps.log.info(r, 'follow-up reminders sent to Slack');
  } catch (err) {
    deps.log.warn({ err }, 'follow-up reminders failed');
  }
}

/** Starts the timer; the returned function stops it and waits for a pass under way. */
export function startFollowUpReminders(deps: AppDeps, everyMs = REMIND_EVERY_MS): () => Promise<void> {
  if (!slackPosterOf(deps, deps.workspaceId)) return async () => {};
  return repeatPass(() => remindOnce(deps), everyMs);
}
