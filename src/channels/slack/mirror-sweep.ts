// The server's mirror sweep timer: at start-up and every 30 seconds, client messages still waiting for Slack (their
// instance died after saving them, or a post failed) are posted into their threads (sweep-slack-mirror.ts). Every
// instance runs it; the thread claims keep them from posting anything twice. One sweep at a time per process.
// A Worker has no timer: its Cron Trigger runs sweepMirrorOnce once a minute (worker.ts, wrangler.toml).
import type { AppDeps } from '../../deps';
import { sweepSlackMirror } from '../../domain/messages/sweep-slack-mirror';
import { messageMirrorOf } from './message-mirror';
import { repeatPass } from './repeat-pass';

export const MIRROR_SWEEP_EVERY_MS = 30_000;

/** One sweep, its outcome logged (the timer below; a Worker's Cron Trigger, worker.ts). Never throws. */
export async function sweepMirrorOnce(deps: AppDeps): Promise<void> {
  if (!messageMirrorOf(deps, deps.workspaceId)) return;
  try {
    const r = await sweepSlackMirror({ db: deps.db, now: deps.now, log: deps.log, publicUrl: deps.env.PUBLIC_URL, mirrorOf: (ws) => messageMirrorOf(deps, ws) });
    if (r.clients || r.givenUp || r.strays) deps.log.info(r, 'mirror sweep: client messages posted to Slack');
  } catch (err) {
    deps.log.warn({ err }, 'mirror sweep failed');
  }
}

/** Starts the timer (nothing when Slack is not configured); the returned function stops it and waits for a sweep under way. */
export function startMirrorSweep(deps: AppDeps, everyMs = MIRROR_SWEEP_EVERY_MS): () => Promise<void> {
  if (!messageMirrorOf(deps, deps.workspaceId)) return async () => {};
  return repeatPass(() => sweepMirrorOnce(deps), everyMs);
}
