// Enrichment fetches pages named by users, so it must never reach the server's own network: loopback, private,
// link-local (cloud metadata at 169.254.169.254), CGNAT, multicast, reserved, IPv6 ULA/loopback/mapped. Checked after
// DNS resolution (every address a name resolves to) and again for every redirect hop. The name is resolved once:
// the connection is made to the addresses checked here (pinned-request.ts), never to a second DNS answer.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DomainError } from '../../errors';
import { asChecked, type CheckedAddress } from './pinned-request';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23],
  ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) blocked.addSubnet(net, prefix, 'ipv6');

export class BlockedAddress extends DomainError {
  constructor(readonly target: string, reason: string) {
    super('forbidden', `Refused to fetch ${target}: ${reason}.`, { target });
  }
}

/** True for any address enrichment must not contact (IPv4-mapped IPv6 is judged by its IPv4 address). */
export function isBlockedAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').split('%')[0];
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family === 6) {
    // IPv4-mapped (::ffff:a.b.c.d or ::ffff:7f00:1): never a real website's address. (A ::ffff:0:0/96 rule in a
    // BlockList would also match every plain IPv4 address, since BlockList checks IPv4 in its mapped form.)
    if (/^(0{0,4}:){0,5}:?ffff:/i.test(ip) && ip.includes(':')) return true;
    return blocked.check(ip, 'ipv6');
  }
  return true;
}

export type Resolver = (host: string) => Promise<string[]>;
const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export type GuardOptions = {
  allowPrivate: boolean;
  resolve?: Resolver;
  /** Which addresses count as private; tests let one loopback address play the public internet. */
  isBlocked?: (address: string) => boolean;
};

/**
 * The addresses the URL may be fetched from: its IP literal, or every address its host resolves to (resolved
 * once, here). Throws BlockedAddress unless the URL is http(s) and every address is public.
 */
export async function resolvePublicAddresses(url: URL, opts: GuardOptions): Promise<CheckedAddress[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedAddress(url.href, 'only http and https are fetched');
  if (url.username || url.password) throw new BlockedAddress(url.href, 'addresses with credentials are not fetched');
  const blockedAddress = opts.isBlocked ?? isBlockedAddress;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (!opts.allowPrivate && blockedAddress(host)) throw new BlockedAddress(url.href, `${host} is a private, loopback or reserved address`);
    return [asChecked(host)];
  }
  let addresses: string[];
  try {
    addresses = await (opts.resolve ?? systemResolver)(host);
  } catch {
    throw new DomainError('unavailable', `The website's name ${host} does not resolve.`);
  }
  const bad = opts.allowPrivate ? undefined : addresses.find(blockedAddress);
  if (!addresses.length || bad) throw new BlockedAddress(url.href, `${host} resolves to ${bad ?? 'nothing'}, a private, loopback or reserved address`);
  return addresses.map(asChecked);
}

/** Throws BlockedAddress unless the URL is http(s) and every address its host resolves to is public. */
export async function assertPublicUrl(url: URL, opts: GuardOptions): Promise<void> {
  await resolvePublicAddresses(url, opts);
}
