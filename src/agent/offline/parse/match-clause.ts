// Tries every intent on one clause, most specific first; the first that understands it wins.
import type { PlannedCall } from '../types';
import type { Clause, Matcher } from './clause';
import { cleanRef, isPronoun } from './clean-names';
import { matchArchive, matchCreate, matchNote, matchShow } from './match-clients';
import { matchDeclaredRole } from './match-contact-roles';
import { contactMatchers } from './match-contacts';
import { matchDeclaredClient } from './match-declared-client';
import { matchFind } from './match-find';
import { matchImport } from './match-import';
import { matchIntroduction } from './match-introductions';
import { matchMembers } from './match-members';
import { ledgerMatchers } from './match-ledger';
import { portalMatchers } from './match-portal';
import { matchUpdate } from './match-update';

const ORDER: Matcher[] = [
  matchImport, matchMembers, ...portalMatchers, ...ledgerMatchers, matchNote, matchIntroduction, matchDeclaredRole, ...contactMatchers, matchDeclaredClient, matchArchive, matchFind, matchUpdate, matchShow, matchCreate,
];

function firstMatch(c: Clause): PlannedCall[] | null {
  for (const m of ORDER) {
    const calls = m(c);
    if (calls && calls.length) return calls;
  }
  return null;
}

export function matchClause(c: Clause): PlannedCall[] | null {
  const direct = firstMatch(c);
  if (direct) return direct;
  // "Ferris Wheel Toys: mark as active" names the client first, then the action.
  const topic = /^([^:—–]{2,80}?)\s*(?::|\s[—–-]\s)\s*([a-z].+)$/.exec(c.text);
  const client = topic ? cleanRef(topic[1]) : undefined;
  if (!topic || !client) return null;
  const calls = firstMatch({ ...c, text: topic[2], previousClient: client }) ?? firstMatch({ ...c, text: `${topic[2]} it`, previousClient: client });
  return calls?.map((k) => (k.args.client === undefined || isPronoun(String(k.args.client)) ? { ...k, args: { ...k.args, client } } : k)) ?? null;
}
