// Fetches one page for enrichment: the SSRF guard on the URL and on every redirect (manual, at most 3), a timeout,
// and at most ~1 MB read from the stream (the rest is dropped). HTML and plain text only.
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import { assertPublicUrl, type Resolver } from './ssrf-guard';

export const FETCH_LIMITS = { timeoutMs: 8000, maxBytes: 1024 * 1024, maxRedirects: 3 };

export type FetchedPage = { url: string; status: number; html: string; truncated: boolean };
export type FetchOptions = { resolve?: Resolver; timeoutMs?: number; maxBytes?: number; signal?: AbortSignal };

export async function fetchPage(ctx: Ctx, start: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  let url = new URL(start);
  const own = AbortSignal.timeout(opts.timeoutMs ?? FETCH_LIMITS.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([own, opts.signal]) : own;
  for (let hop = 0; ; hop++) {
    await assertPublicUrl(url, { allowPrivate: ctx.config.allowPrivateFetch, resolve: opts.resolve });
    let res: Response;
    try {
      res = await ctx.fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,text/plain;q=0.8', 'user-agent': 'Clientele enrichment' } });
    } catch (err) {
      const timedOut = signal.aborted;
      throw new DomainError('unavailable', timedOut ? `${url.host} did not answer in time.` : `${url.host} could not be reached (${(err as Error).message}).`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      if (hop >= FETCH_LIMITS.maxRedirects) throw new DomainError('unavailable', `${start} redirects more than ${FETCH_LIMITS.maxRedirects} times.`);
      url = new URL(res.headers.get('location')!, url);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new DomainError('unavailable', `${url.href} answered ${res.status}.`);
    }
    const type = res.headers.get('content-type') ?? '';
    if (type && !/text\/html|application\/xhtml|text\/plain/i.test(type)) {
      await res.body?.cancel();
      throw new DomainError('unavailable', `${url.href} is not a web page (${type.split(';')[0]}).`);
    }
    const { text, truncated } = await readLimited(res, opts.maxBytes ?? FETCH_LIMITS.maxBytes);
    return { url: url.href, status: res.status, html: text, truncated };
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  if (!res.body) return { text: '', truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= maxBytes) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const all = Buffer.concat(chunks).subarray(0, maxBytes);
  return { text: new TextDecoder('utf-8').decode(all), truncated };
}
