// Enrichment's page requests on Workers. The SSRF guard (ssrf-guard.ts) runs first exactly as on Node, on the URL
// and on every redirect hop (fetch with redirect: 'manual'; fetchPage follows hops itself). Workers cannot pin a
// connection to the checked addresses (no socket lookup option), so the name is resolved again by Cloudflare's
// edge when connecting; a Worker's outbound fetch leaves from Cloudflare's network, never from the deployment's
// own, so the guard is there for the same refusals rather than against a private network behind the Worker.
// Names are resolved with DNS over HTTPS (Cloudflare's JSON API): workerd has no system resolver.
import type { PageTransport, PinnedResponse } from '../domain/enrichment/pinned-request';

const DOH_URL = 'https://cloudflare-dns.com/dns-query';
type DohAnswer = { Status: number; Answer?: Array<{ type: number; data: string }> };

/** A, then AAAA, records of `host` (CNAMEs followed by the resolver); throws when the name does not resolve. */
export function dohResolver(fetchFn: typeof fetch, dohUrl = DOH_URL): (host: string) => Promise<string[]> {
  return async (host) => {
    const ask = async (type: 'A' | 'AAAA', code: number) => {
      const res = await fetchFn(`${dohUrl}?name=${encodeURIComponent(host)}&type=${type}`, { headers: { accept: 'application/dns-json' } });
      if (!res.ok) throw new Error(`DNS over HTTPS answered ${res.status}`);
      const body = await res.json() as DohAnswer;
      return (body.Answer ?? []).filter((a) => a.type === code).map((a) => a.data);
    };
    const found = [...await ask('A', 1), ...await ask('AAAA', 28)];
    if (!found.length) throw new Error(`${host} does not resolve`);
    return found;
  };
}

export function createFetchPages(fetchFn: typeof fetch): PageTransport {
  return {
    resolve: dohResolver(fetchFn),
    async request(url, _addresses, opts): Promise<PinnedResponse> {
      const res = await fetchFn(url.href, { method: 'GET', headers: opts.headers, redirect: 'manual', signal: opts.signal });
      // A redirect followed by the runtime itself would skip the guard on its target: refuse it rather than read it.
      if (res.redirected || (res.url && res.url !== url.href)) {
        await res.body?.cancel();
        throw new Error('a redirect was followed without the SSRF check');
      }
      const body = res.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
      return {
        status: res.status,
        location: res.headers.get('location'),
        contentType: res.headers.get('content-type') ?? '',
        body,
        // After a read the stream is already cancelled or done; cancelling again is harmless but may throw.
        close: () => { body.cancel().catch(() => {}); },
      };
    },
  };
}
