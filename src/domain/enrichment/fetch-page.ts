// Fetches one page for enrichment: the SSRF guard on the URL and on every redirect (manual, at most 3), each
// host resolved once and connected to only at the checked addresses (pinned-request.ts), a timeout, and at most
// ~1 MB of the decoded body read (the rest is dropped). HTML and plain text only.
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import { readLimited, requestPinned, type PinnedResponse } from './pinned-request';
import { resolvePublicAddresses, type GuardOptions } from './ssrf-guard';

export const FETCH_LIMITS = { timeoutMs: 8000, maxBytes: 1024 * 1024, maxRedirects: 3 };

export type FetchedPage = { url: string; status: number; html: string; truncated: boolean };
export type FetchOptions = Pick<GuardOptions, 'resolve' | 'isBlocked'> & { timeoutMs?: number; maxBytes?: number; signal?: AbortSignal };

const HEADERS = { accept: 'text/html,text/plain;q=0.8', 'user-agent': 'Clientele enrichment' };

export async function fetchPage(ctx: Ctx, start: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  let url = new URL(start);
  const own = AbortSignal.timeout(opts.timeoutMs ?? FETCH_LIMITS.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([own, opts.signal]) : own;
  for (let hop = 0; ; hop++) {
    const resolve = opts.resolve ?? ctx.pages?.resolve;
    const addresses = await resolvePublicAddresses(url, { allowPrivate: ctx.config.allowPrivateFetch, resolve, isBlocked: opts.isBlocked });
    let res: PinnedResponse;
    try {
      res = await (ctx.pages?.request ?? requestPinned)(url, addresses, { signal, headers: HEADERS });
    } catch (err) {
      throw unreachable(url, signal, err);
    }
    if (res.status >= 300 && res.status < 400 && res.location) {
      res.close();
      if (hop >= FETCH_LIMITS.maxRedirects) throw new DomainError('unavailable', `${start} redirects more than ${FETCH_LIMITS.maxRedirects} times.`);
      url = new URL(res.location, url);
      continue;
    }
    if (res.status < 200 || res.status > 299) {
      res.close();
      throw new DomainError('unavailable', `${url.href} answered ${res.status}.`);
    }
    if (res.contentType && !/text\/html|application\/xhtml|text\/plain/i.test(res.contentType)) {
      res.close();
      throw new DomainError('unavailable', `${url.href} is not a web page (${res.contentType.split(';')[0]}).`);
    }
    try {
      const { text, truncated } = await readLimited(res, opts.maxBytes ?? FETCH_LIMITS.maxBytes);
      return { url: url.href, status: res.status, html: text, truncated };
    } catch (err) {
      throw unreachable(url, signal, err);
    }
  }
}

function unreachable(url: URL, signal: AbortSignal, err: unknown): DomainError {
  return new DomainError('unavailable', signal.aborted
    ? `${url.host} did not answer in time.`
    : `${url.host} could not be reached (${(err as Error).message}).`);
}
