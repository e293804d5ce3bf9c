// "Make visible in the portal of X the document "Y"", "hide the document Devis travaux in the portal of X": a
// document shown or hidden in a client's portal, read from what the clause names when the classifier leaned to an
// export or an upload.
import type { Clause, Reading } from './command-reader';
import { documentSpan } from './read-files-and-channel';

const DOC_WORD = /^(?:document|doc|file|pdf|deck|contract|proposal)$/i;
const VERB = /^(?:visible|invisible|show|share|unshare|publish|unpublish|hide|hidden)$/i;
// ("please don't show it anymore in the portal", "shouldn't be visible in their portal": a show said not to happen.)
const OFF = /\b(?:hide|hidden|unshare|unpublish|invisible|not visible|no longer visible)\b|\b(?:don['’]?t|do not|shouldn['’]?t|should not|must not|mustn['’]?t|no longer|not)\s+(?:\w+\s+){0,2}(?:show|visible|share|see)\b/i;
const FILE_SHAPE = /\.[a-z]{2,4}$/i;
const SHARES = new Set(['shareDocument:on', 'shareDocument:off', 'deleteDocument', 'messageClient']);

export function withDocumentVisibility(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  const words = clause.words.slice(clause.from, clause.to + 1);
  if (!top || SHARES.has(top) || !words.some((w) => /^portal$/i.test(w)) || !words.some((w) => DOC_WORD.test(w))) return clause;
  const verbAt = words.findIndex((w) => VERB.test(w));
  if (verbAt < 0 || words.some((w) => FILE_SHAPE.test(w)) || !clause.spans.some((s) => s.slot === 'client')) return clause;
  const doc = documentSpan(reading, clause, clause.from + verbAt);
  if (!doc) return clause;
  const spans = [...clause.spans.filter((s) => s.slot === 'client'), doc].sort((x, y) => x.from - y.from);
  const label = OFF.test(clause.text) ? 'shareDocument:off' : 'shareDocument:on';
  return { ...clause, spans, ranking: [{ label, p: 0.9 }, ...clause.ranking.filter((r) => !r.label.startsWith('shareDocument'))] };
}
