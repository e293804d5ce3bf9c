// Slack lets a response_url be used 5 times within 30 minutes. Each use is counted here (in memory, per
// process); past the budget or the half hour, answers go through chat.postMessage instead.
export const RESPONSE_URL_LIMIT = { uses: 5, windowMs: 30 * 60 * 1000 };

export class ResponseUrlBudget {
  private readonly seen = new Map<string, { firstAt: number; uses: number }>();
  constructor(private readonly now: () => Date) {}

  /** Counts one use and says whether it is allowed. */
  take(url: string | undefined): boolean {
    if (!url) return false;
    const now = this.now().getTime();
    if (this.seen.size > 1000) this.prune(now);
    const entry = this.seen.get(url);
    if (!entry) {
      this.seen.set(url, { firstAt: now, uses: 1 });
      return true;
    }
    if (now - entry.firstAt > RESPONSE_URL_LIMIT.windowMs || entry.uses >= RESPONSE_URL_LIMIT.uses) return false;
    entry.uses += 1;
    return true;
  }

  /** How many uses this URL has left (without taking one). */
  left(url: string | undefined): number {
    if (!url) return 0;
    const entry = this.seen.get(url);
    if (!entry) return RESPONSE_URL_LIMIT.uses;
    if (this.now().getTime() - entry.firstAt > RESPONSE_URL_LIMIT.windowMs) return 0;
    return Math.max(0, RESPONSE_URL_LIMIT.uses - entry.uses);
  }

  private prune(now: number): void {
    for (const [url, e] of this.seen) if (now - e.firstAt > RESPONSE_URL_LIMIT.windowMs) this.seen.delete(url);
  }
}
