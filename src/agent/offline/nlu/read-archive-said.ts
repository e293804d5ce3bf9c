// "recover from the archive the client X", "X is trading again, so it shouldn't be in the archive anymore": a client
// brought back out of the archive, which the classifier can read as archiving it (the word "archive" is said); and "X
// should be archived" read as a change of the client with nothing to change but the word a list filters by.
import type { Clause } from './command-reader';

const BACK = /\b(?:un-?archiv\w*|(?:from|out of) (?:the )?archives?|recover\w*|restor\w*|retriev\w*|reviv\w*|reactivat\w*|bring (?:\w+ )?back|brought (?:\w+ )?back|back from|(?:shouldn['’]?t|should not|no longer|not) (?:be )?(?:in the archive|archived))\b/i;
const PAIR = new Set(['archiveClient', 'unarchiveClient']);

export function withUnarchiveSaid(clause: Clause): Clause {
  const top3 = clause.ranking.slice(0, 3);
  if (!top3.some((r) => PAIR.has(r.label)) || clause.ranking[0].label === 'unarchiveClient' || !BACK.test(clause.text)) return clause;
  if (!clause.spans.some((s) => s.slot === 'client')) return clause;
  const p = Math.max(0.7, clause.ranking.filter((r) => PAIR.has(r.label)).reduce((sum, r) => sum + r.p, 0));
  return { ...clause, ranking: [{ label: 'unarchiveClient', p }, ...clause.ranking.filter((r) => !PAIR.has(r.label))] };
}

// Slots that name what a call is about: a change with only these and "archived" changes nothing else.
const NAMES = new Set(['client', 'person', 'group']);

/** "Fonte Nova Lda should be archived": a change of the client whose only value is the word "archived" archives it. */
export function withArchiveSaid(clause: Clause): Clause {
  if (clause.ranking[0].label !== 'updateClient' || !clause.spans.some((s) => s.slot === 'client')) return clause;
  const values = clause.spans.filter((s) => !NAMES.has(s.slot));
  if (values.length !== 1 || values[0].slot !== 'archived' || !/archiv/i.test(values[0].text)) return clause;
  const label = BACK.test(clause.text) || /^un/i.test(values[0].text) ? 'unarchiveClient' : 'archiveClient';
  return { ...clause, ranking: [{ label, p: clause.ranking[0].p }, ...clause.ranking.filter((r) => r.label !== label && r.label !== 'updateClient')] };
}

// Words that bring a client out of the archive; without one, "X must be again active, they came back" sets the status.
const RESTORE = /archiv|restor|recover|retriev|reviv|reactivat|\bbr(?:ing|ought)\s+(?:\w+\s+){0,4}back\b|\bback\s+(?:to|on|onto)\s+(?:the\s+)?(?:active\s+)?list/i;

/** "Studio Nebbia must be again active": a status said for a client is its status, not a restore from the archive. */
export function withStatusNotRestore(clause: Clause): Clause {
  if (clause.ranking[0].label !== 'unarchiveClient' || RESTORE.test(clause.text)) return clause;
  const status = clause.spans.find((s) => s.slot === 'status');
  if (!status || !/^(?:active|inactive|lead|past)$/i.test(status.text) || !clause.spans.some((s) => s.slot === 'client')) return clause;
  return { ...clause, ranking: [{ label: 'updateClient', p: clause.ranking[0].p }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== 'unarchiveClient')] };
}
