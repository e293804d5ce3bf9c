// Slack answers 429 with Retry-After when a method's rate limit is hit. The Web API client's fetch waits that
// long and sends the same request again, at most 3 attempts in all, so a rate-limited post is posted exactly
// once (a 429 posts nothing). A wait longer than a minute is not worth holding a request for: it gives up.
import type { Log } from '../../context';

export const MAX_ATTEMPTS = 3;
const MAX_WAIT_S = 60;

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => { setTimeout(resolve, ms); });

export function rateLimitedFetch(inner: typeof fetch, opts: { sleep(ms: number): Promise<void>; log: Log }): typeof fetch {
  return async (input, init) => {
    for (let attempt = 1; ; attempt++) {
      const res = await inner(input, init);
      if (res.status !== 429 || attempt >= MAX_ATTEMPTS) {
        if (res.status === 429) opts.log.warn({ url: String(input), attempts: attempt }, 'slack rate limit: giving up');
        return res;
      }
      const wait = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
      if (!Number.isFinite(wait) || wait < 0 || wait > MAX_WAIT_S) return res;
      await res.body?.cancel();
      opts.log.warn({ url: String(input), retryAfterS: wait, attempt }, 'slack rate limit: waiting');
      await opts.sleep(wait * 1000);
    }
  };
}
