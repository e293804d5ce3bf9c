// Who is calling, for rate limits. The socket's peer, unless that peer is a proxy named in TRUSTED_PROXY
// (a tunnel or reverse proxy): then the right-most X-Forwarded-For entry that is not itself a trusted proxy.
// Forwarded headers from anyone else are ignored, so a caller cannot pick its own rate-limit bucket.
import { isIP } from 'node:net';
import type { Context } from 'hono';
import type { AppDeps } from '../../deps';

type Trust = (address: string) => boolean;

const bare = (a: string) => a.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
const isLoopback = (a: string) => a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);

/** TRUSTED_PROXY: comma-separated addresses, or `loopback` for a tunnel/proxy on the same machine. */
export function parseTrustedProxy(value: string | undefined): Trust {
  const items = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const addresses = new Set(items.filter((s) => s !== 'loopback').map(bare));
  const loopback = items.includes('loopback');
  return (address) => (loopback && isLoopback(bare(address))) || addresses.has(bare(address).toLowerCase());
}

const peerOf = (c: Context): string | undefined =>
  (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;

export function clientAddress(c: Context, trust: Trust = () => false): string {
  const peer = peerOf(c);
  if (!peer) return 'local';
  if (!trust(peer)) return bare(peer);
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(bare).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) break;
    if (!trust(hops[i])) return hops[i];
  }
  return bare(peer);
}

const trusts = new WeakMap<AppDeps, Trust>();
/** The rate-limit key of the caller's address, honouring this deployment's TRUSTED_PROXY. */
export function addressKey(deps: AppDeps): (c: Context) => string {
  let trust = trusts.get(deps);
  if (!trust) { trust = parseTrustedProxy(deps.env.TRUSTED_PROXY); trusts.set(deps, trust); }
  const t = trust;
  return (c) => clientAddress(c, t);
}

/** Address plus the account asked for (the form's email): junk for other accounts never uses up this one's budget. */
export function accountKey(deps: AppDeps): (c: Context) => Promise<string> {
  const byAddress = addressKey(deps);
  return async (c) => {
    const form = await c.req.parseBody().catch(() => ({} as Record<string, unknown>));
    const email = typeof form.email === 'string' ? form.email.trim().toLowerCase().slice(0, 254) : '';
    return `${byAddress(c)}|${email}`;
  };
}
