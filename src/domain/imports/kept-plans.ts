// The dry run's decisions, kept a short while in this process for the apply that usually follows. Deciding
// 10,000 rows again costs as much as the dry run did (reading, normalising and matching every row), so the
// apply reuses them, but only when the workspace's fingerprint is still the one they were decided against
// (any client, contact, note, member, group or history row added or changed since makes it decide again; the
// apply compares, wherever it runs: in process or in a worker thread, which gets the kept plan with its job).
// A few plans at most, for a quarter of an hour; another process (or a restart) simply decides again.
import type { ImportPlan } from './plan-import';

const MAX_KEPT = 2;
const KEEP_MS = 15 * 60_000;
export type KeptPlan = { plan: ImportPlan; fingerprint: string };
const kept = new Map<string, KeptPlan & { at: number }>();

export function keepPlan(importId: string, fingerprint: string, plan: ImportPlan, now: Date): void {
  kept.set(importId, { plan, fingerprint, at: now.getTime() });
  while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
}

/** The kept plan of this import with the fingerprint it was decided against, if still fresh; handed out once. */
export function takeKept(importId: string, now: Date): KeptPlan | null {
  const k = kept.get(importId);
  kept.delete(importId);
  if (!k || now.getTime() - k.at > KEEP_MS) return null;
  return { plan: k.plan, fingerprint: k.fingerprint };
}
