// One GET over node:http(s) connected ONLY to addresses that were resolved once and checked: the socket's
// `lookup` hands back those addresses instead of asking DNS again, so a rebinding DNS server cannot swap in a
// private address between the check and the connection. TLS still verifies the certificate for the host name.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export type CheckedAddress = { address: string; family: 4 | 6 };
export type PinnedResponse = { status: number; location: string | null; contentType: string; body: AsyncIterable<Uint8Array>; close(): void };
export type PinnedOptions = { signal: AbortSignal; headers: Record<string, string> };
/** How a page is requested once its addresses are checked: requestPinned here; fetch on Workers (src/worker/). */
export type PageTransport = { request(url: URL, addresses: CheckedAddress[], opts: PinnedOptions): Promise<PinnedResponse>; resolve?: (host: string) => Promise<string[]> };

export const asChecked = (address: string): CheckedAddress => ({ address, family: isIP(address) === 6 ? 6 : 4 });

/** A lookup that answers with the checked addresses, whatever it is asked. */
export function pinnedLookup(addresses: CheckedAddress[]): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

export function requestPinned(url: URL, addresses: CheckedAddress[], opts: PinnedOptions): Promise<PinnedResponse> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: { ...opts.headers, 'accept-encoding': 'gzip, deflate, br' },
      signal: opts.signal,
      // A fresh connection per request: no pooled socket from an earlier hop or another client's site.
      agent: false,
      // An IP literal connects to itself (it was checked as such); a name connects only to its checked addresses.
      lookup: pinnedLookup(addresses),
    }, (res) => resolve(toResponse(res)));
    req.on('error', reject);
    req.end();
  });
}

function toResponse(res: IncomingMessage): PinnedResponse {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
    : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  const body: Readable = decoder ? res.pipe(decoder) : res;
  if (decoder) res.on('error', (err) => decoder.destroy(err));
  return {
    status: res.statusCode ?? 0,
    location: typeof res.headers.location === 'string' ? res.headers.location : null,
    contentType: String(res.headers['content-type'] ?? ''),
    body,
    close: () => { decoder?.destroy(); res.destroy(); },
  };
}

/** Reads at most `maxBytes` of the (decoded) body, then stops the download. */
export async function readLimited(res: PinnedResponse, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of res.body) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size >= maxBytes) {
        truncated = true;
        break;
      }
    }
  } finally {
    res.close();
  }
  return { text: new TextDecoder('utf-8').decode(Buffer.concat(chunks).subarray(0, maxBytes)), truncated };
}
