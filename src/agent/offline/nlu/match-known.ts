// Small typos in a client's name still find it: a reference that is no known name but one or two letters
// away from exactly one of them is read as that name.
import type { PlannedCall } from '../types';
import { perList } from './per-list';

export const nameKey = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

const keysOf = perList((names) => names.map(nameKey));

/** The known name a misspelt reference means, when exactly one is close enough. */
export function closestKnown(ref: string, names: string[]): string | undefined {
  const k = nameKey(ref);
  if (k.length < 4) return undefined;
  const keys = keysOf(names);
  if (keys.includes(k) || keys.some((n) => n.includes(k))) return undefined;
  const limit = k.length <= 8 ? 1 : 2;
  const close = names.filter((_, i) => distance(k, keys[i], limit) <= limit);
  return close.length === 1 ? close[0] : undefined;
}

/** Whether a name is one of the workspace's, as written (spacing and case aside) or with a small typo. */
export function isKnownName(ref: string, names: string[] | undefined): boolean {
  const plain = (n: string) => n.replace(/\s+/g, ' ').trim().toLowerCase();
  return Boolean(names?.length) && ((names as string[]).some((n) => plain(n) === plain(ref)) || Boolean(closestKnown(ref, names as string[])));
}

export function correctClientRefs(calls: PlannedCall[], names: string[] | undefined): PlannedCall[] {
  if (!names?.length) return calls;
  return calls.map((c) => {
    if (typeof c.args.client !== 'string') return c;
    const fixed = closestKnown(c.args.client, names);
    return fixed ? { ...c, args: { ...c.args, client: fixed } } : c;
  });
}

/** Whether a reference may be one of the workspace's names: as written, inside one (or one inside it), or misspelt. */
export function mayBeKnown(ref: string, names: string[]): boolean {
  const k = nameKey(ref);
  return keysOf(names).some((n) => n.includes(k) || k.includes(n)) || Boolean(closestKnown(ref, names));
}
