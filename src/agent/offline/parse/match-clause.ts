// Tries every intent on one clause, most specific first; the first that understands it wins.
import type { PlannedCall } from '../types';
import type { Clause, Matcher } from './clause';
import { matchArchive, matchCreate, matchNote, matchShow } from './match-clients';
import { contactMatchers } from './match-contacts';
import { matchFind } from './match-find';
import { ledgerMatchers } from './match-ledger';
import { portalMatchers } from './match-portal';
import { matchUpdate } from './match-update';

const ORDER: Matcher[] = [
  ...portalMatchers, ...ledgerMatchers, matchNote, ...contactMatchers, matchArchive, matchFind, matchUpdate, matchShow, matchCreate,
];

export function matchClause(c: Clause): PlannedCall[] | null {
  for (const m of ORDER) {
    const calls = m(c);
    if (calls && calls.length) return calls;
  }
  return null;
}
