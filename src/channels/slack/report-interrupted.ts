// After a restart: each slash command the last stop cut off after its ack (Slack sends it no more) is told so
// through its response_url, in place of its "Working…": what was asked, and whether the history shows a change.
// Never re-run: reporting is enough, and the person can send it again (the command is quoted).
import type { AppDeps } from '../../deps';
import {
  type InterruptedCommand,
  interruptedCommands,
  releaseInterruptionReport,
  takeInterruptionReport,
} from '../../domain/deliveries/interrupted-commands';

export function interruptedText(c: InterruptedCommand): string {
  const asked = c.text ? `\`${c.text}\`` : 'your command';
  const head = `:warning: Clientele restarted while it was working on ${asked}, so it was interrupted before an answer.`;
  if (c.changes === null) return `${head} Check the activity log to see whether anything changed before you send it again: ${asked}`;
  if (!c.changes.length) return `${head} Nothing was changed. You can send it again: ${asked}`;
  const list = c.changes.map((s) => `• ${s}`).join('\n');
  return `${head} The activity log shows these changes from you since you sent it, so check before sending it again:\n${list}`;
}

/**
 * Posts each report once: taken on record first (another instance starting too, or the person, then sees it done),
 * given back if Slack cannot be reached, to be tried at the next start. A kill between the two loses that report.
 */
export async function reportInterruptedCommands(deps: AppDeps): Promise<number> {
  let reported = 0;
  for (const c of await interruptedCommands(deps.db, deps.now())) {
    if (!(await takeInterruptionReport(deps.db, c.key, deps.now()))) continue;
    try {
      // Any answer settles it: a used-up or expired URL (404, 410) will not take a later try either.
      const res = await deps.fetch(c.responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: true, text: interruptedText(c) }),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.ok) reported++;
      else deps.log.warn({ status: res.status, key: c.key }, 'slack: the report of an interrupted command was refused');
    } catch (err) {
      // The URL is a credential: the error's message only, never the URL.
      deps.log.warn({ key: c.key, error: (err as Error).message }, 'slack: could not report an interrupted command');
      await releaseInterruptionReport(deps.db, c);
    }
  }
  return reported;
}
