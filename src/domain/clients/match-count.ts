// How many clients a search matches, as people read it. Counting every match of a common word ("acme": 8,333 of
// 100,000 clients) cost more than finding the page itself (issue 15), and nobody reads 8,333 against 8,334: a
// search's count stops above MATCH_COUNT_CAP and the answer says "over 2,000 clients". Lists without search text
// count exactly (an index answers them).

/**
 * A search counts its matches up to this many; above it, the answer is "over 2,000". Up to it, findClients sorts
 * the counted matches; above it, it walks the sort's index (sorting more costs more than the walk; 1,000 here
 * sent searches of 1,000-2,000 matches late in the sort order, "wayne studio", to a walk twice as slow).
 */
export const MATCH_COUNT_CAP = 2000;

/** A count of matches: exact, or, when `over`, a floor ("over `total`"). */
export type MatchCount = { total: number; over: boolean };

/** "2,000" or "over 2,000". */
export function sayMatchCount({ total, over }: MatchCount): string {
  return `${over ? 'over ' : ''}${total.toLocaleString('en')}`;
}

/** "1 client", "250 clients", "over 2,000 clients". */
export function sayClientCount(count: MatchCount): string {
  return `${sayMatchCount(count)} client${count.total === 1 && !count.over ? '' : 's'}`;
}
