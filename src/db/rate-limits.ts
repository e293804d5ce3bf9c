// Rate limit counters kept in the database (table rate_limits), so every app instance on one database counts
// the same hits: one row per key and fixed window, bumped by a single upsert (atomic on a file and on a server).
import { and, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { preparedPer } from './prepared';
import { rateLimits } from './schema';

export type RateHit = { hits: number; resetAt: number };
export type RateCounter = { hit(key: string, windowMs: number): Promise<RateHit> };

// Old windows are swept now and then by whichever request comes along (no timer needed, Workers included).
const SWEEP_EVERY = 200;
const KEEP_MS = 24 * 60 * 60 * 1000;

// Every limited request runs it: built once (prepared.ts).
const bump = preparedPer((db: DbOrTx) => db.insert(rateLimits).values({ key: sql.placeholder('key'), windowStart: sql.placeholder('windowStart'), hits: 1 })
  .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
  .returning({ hits: rateLimits.hits }).prepare());

export function databaseRateCounter(db: DbOrTx, now: () => number = Date.now): RateCounter {
  let sinceSweep = 0;
  return {
    async hit(key, windowMs) {
      const at = now();
      const windowStart = Math.floor(at / windowMs) * windowMs;
      const [row] = await bump(db).all({ key, windowStart });
      if (++sinceSweep >= SWEEP_EVERY) {
        sinceSweep = 0;
        await db.delete(rateLimits).where(and(lt(rateLimits.windowStart, at - KEEP_MS)));
      }
      return { hits: row.hits, resetAt: windowStart + windowMs };
    },
  };
}

/** The same counting in this process's memory: for an app built without a database counter. */
export function memoryRateCounter(now: () => number = Date.now): RateCounter {
  const counts = new Map<string, { windowStart: number; hits: number }>();
  return {
    async hit(key, windowMs) {
      const windowStart = Math.floor(now() / windowMs) * windowMs;
      const cur = counts.get(key);
      const next = cur && cur.windowStart === windowStart ? { windowStart, hits: cur.hits + 1 } : { windowStart, hits: 1 };
      counts.set(key, next);
      if (counts.size > 50_000) for (const [k, v] of counts) if (v.windowStart < windowStart) counts.delete(k);
      return { hits: next.hits, resetAt: windowStart + windowMs };
    },
  };
}
