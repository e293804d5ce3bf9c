// Ack journals a dead process left (what it acknowledged in Slack and never claimed: src/files/ack-journal.ts) are
// recorded as interrupted work, to be reported like work cut off after its claim, and then removed: at start
// (server.ts) and by the hourly purge (purge-schedule.ts), so a dead process's journal does not wait for a restart.
import type { AppDeps } from '../deps';
import { recordUnclaimedCommands } from '../domain/deliveries/claim-delivery';
import { ackJournalDir, leftAckJournals } from './ack-journal';

/** `isGone`: which owners are dead (never this process's own journal). A kill before the removal records it again, once. */
export async function recordLeftJournals(deps: AppDeps, isGone: (owner: string) => boolean): Promise<number> {
  let recorded = 0;
  for (const left of leftAckJournals(ackJournalDir(deps.env.DATA_DIR, deps.env.DATABASE_URL), deps.instance, isGone)) {
    recorded += await recordUnclaimedCommands(deps.db, left.owner, left.noted, deps.now());
    left.remove();
  }
  return recorded;
}
