// The report timer: work the last stop cut off is reported at start-up, and while a report waits because Slack
// could not take it (unreachable, a 5xx, rate limited), it is tried again every minute: the person hears soon after
// Slack recovers, not at the next restart. Nothing waits: no timer runs.
import type { AppDeps } from '../../deps';
import { reportInterrupted } from './mount-slack';

export const REPORT_RETRY_EVERY_MS = 60_000;

/** Starts the first pass; the returned function stops the retries and waits for a pass under way. */
export function startInterruptedReports(deps: AppDeps, everyMs = REPORT_RETRY_EVERY_MS): () => Promise<void> {
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const pass = async () => {
    const { waiting } = await reportInterrupted(deps).catch((err) => {
      deps.log.warn({ err }, 'slack: reporting interrupted work failed; trying again shortly');
      return { waiting: 1 };
    });
    if (!waiting || stopped) return;
    timer = setTimeout(run, everyMs);
    timer.unref();
  };
  // Deferred too, so a server's close (and a test's drain) waits for a pass under way.
  const run = () => {
    running = pass().finally(() => { running = null; });
    deps.deferrer.defer(running);
  };
  run();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
