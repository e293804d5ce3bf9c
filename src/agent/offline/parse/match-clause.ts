// Tries every intent on one clause, most specific first; the first that understands it wins.
import type { PlannedCall } from '../types';
import type { Clause, Matcher } from './clause';
import { cleanRef, isPronoun } from './clean-names';
import { createFrom, matchArchive, matchCreate, matchNote, matchShow } from './match-clients';
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

// A reason or remark after the command ("mark X inactive because they paused", "archive X, they closed"): tried
// without it only when the whole clause was not understood, so a note's text keeps its reasons.
const REASON = /\s*(?:,\s*|\s+)(?:because|since|as|cause|now that|given that|seeing as)\s+(?:they|they're|they've|it|it's|we|we've|he|she|their|its|the|nobody|no one)\b.*$|\s*[,;]\s*(?:they|they're|they've|it's|it|we|we've|he|she|apparently|fyi)\b.*$/i;

export function matchClause(c: Clause): PlannedCall[] | null {
  const direct = firstMatch(c) ?? (REASON.test(c.text) ? firstMatch({ ...c, text: c.text.replace(REASON, '') }) : null);
  if (direct) return direct;
  // "Ferris Wheel Toys: mark as active" names the client first, then the action.
  const topic = /^([^:—–]{2,80}?)\s*(?::|\s[—–-]\s)\s*([a-z].+)$/.exec(c.text);
  const client = topic ? cleanRef(topic[1]) : undefined;
  if (!topic || !client) return null;
  // "Brisa Studio: new lead, brisa.pt" introduces the client named first.
  const intro = /^(?:an?\s+)?(?:new\s+)?(lead|prospect|client|customer)\b\s*[,:;-]?\s*(.*)$/i.exec(topic[2]);
  if (intro && /^new\b|^(?:an?\s+)?(?:lead|prospect)\b/i.test(topic[2])) {
    return createFrom(`${topic[1].trim()}${intro[2] ? `, ${intro[2]}` : ''}`)?.map((k) => (/^(?:lead|prospect)$/i.test(intro[1]) ? { ...k, args: { ...k.args, status: 'lead' } } : k)) ?? null;
  }
  const calls = firstMatch({ ...c, text: topic[2], previousClient: client }) ?? firstMatch({ ...c, text: `${topic[2]} it`, previousClient: client });
  return calls?.map((k) => (k.tool !== 'createClient' && (k.args.client === undefined || isPronoun(String(k.args.client))) ? { ...k, args: { ...k.args, client } } : k)) ?? null;
}
