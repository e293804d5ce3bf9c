// A per-contact budget for portal messages, counted in the shared rate_limits table, so every app instance on
// the database counts together and a restart forgets nothing.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rateLimits } from '../../db/schema';
import { DomainError } from '../../errors';

const HOUR_MS = 60 * 60 * 1000;

/** Counts one message of this contact in the current hour; over the budget, refuses (and the caller's transaction rolls back). */
export async function takeMessageBudget(tx: DbOrTx, contactId: number, now: Date, perHour: number): Promise<void> {
  const windowStart = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const [row] = await tx.insert(rateLimits).values({ key: `portal-message:${contactId}`, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
    .returning({ hits: rateLimits.hits });
  if (row.hits > perHour) {
    throw new DomainError('rate_limited', `You have sent ${perHour} messages this hour; please wait a little before sending more.`);
  }
}
