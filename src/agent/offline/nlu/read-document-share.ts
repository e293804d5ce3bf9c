// "Make visible in the portal of X the document "Y"", "hide the document Devis travaux in the portal of X": a
// document shown or hidden in a client's portal, read from what the clause names when the classifier leaned to an
// export or an upload. Also a document the tagger marked, put in or taken out of the portal ("put the brand
// guidelines in the portal for X"), and one made "team-only" again.
import type { Clause, Reading } from './command-reader';
import type { Span } from './assemble-calls';
import { documentSpan } from './read-files-and-channel';

const DOC_WORD = /^(?:document|doc|file|pdf|deck|contract|proposal)$/i;
const VERB = /^(?:visible|invisible|show|share|unshare|publish|unpublish|hide|hidden)$/i;
// Words that place a document the tagger already marked: "put/add/post ... in the portal", "take ... out of it".
const PLACE = /^(?:put|place|add|post|publish|drop|move|upload|take|pull|remove|hide|show|share|unshare|unpublish)$/i;
const COURTESY = /^(?:mrs?|ms|miss|dr|prof|sir|madam)\.?$/i;
const WANT = /^(?:wants?|needs?|like|asked|asks)$/i;
const WANTED_IN_PORTAL = /\b(?:wants?|needs?|would like|asked for|asks for)\s+(?:the|our|a|an|its|their)\s+(?!portal\b)[^,;.]+?\s+(?:in|on|into)\s+(?:the|their|its)\s+portal(?:\s*[,;—–-]+\s*(?:(?:please|pls|so|can you|could you)\s+)*(?:share|show|put|add|post)\s+(?:it|that|this)(?:\s+(?:with\s+them|there|in\s+there))?)?[\s.!]*$/i;
const UPLOADED = /\b(?:attach|upload|attaching|uploading)\b|\bth(?:is|ese) files?\b/i;
// ("please don't show it anymore in the portal", "shouldn't be visible in their portal": a show said not to happen.)
const OFF = /\b(?:hide|hidden|unshare|unpublish|invisible|not visible|no longer visible|take\s+.+\bout\b|pull\s+.+\bout\b|remove\s+.+\bfrom\b|team[- ]only|internal[- ]only|private)\b|\b(?:don['’]?t|do not|shouldn['’]?t|should not|must not|mustn['’]?t|no longer|not)\s+(?:\w+\s+){0,2}(?:show|visible|share|see)\b/i;
// "make the wiring diagram team-only again": hidden from the portal, said as who may see it.
const TEAM_ONLY = /^(?:team-only|team|internal|private)$/i;
const FILE_SHAPE = /\.[a-z]{2,4}$/i;
// A word for showing or hiding a document.
const SHARE_WORD = /^(?:shar\w*|unshar\w*|hid\w*|show\w*|publish\w*|unpublish\w*)$/i;
const SHARES = new Set(['shareDocument:on', 'shareDocument:off', 'deleteDocument', 'messageClient']);

export function withDocumentVisibility(reading: Reading, clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  const words = clause.words.slice(clause.from, clause.to + 1);
  if (!top || !clause.spans.some((s) => s.slot === 'client')) return clause;
  // (A share the classifier read with no word for sharing, "X asked for a copy of the SOW in their portal", is read
  // below as a document wanted there.)
  if (top.startsWith('shareDocument') && (words.some((w) => SHARE_WORD.test(w)) || !WANTED_IN_PORTAL.test(clause.text))) return withSharedNamed(reading, clause, words);
  if (SHARES.has(top) && !top.startsWith('shareDocument')) return clause;
  const portal = words.some((w) => /^portal$/i.test(w));
  // (A document the tagger marked, said after the verb, with no person about: "add Mrs. Ogunleye ... let her see the
  // Portal" adds a contact; its "Mrs" is no document.)
  const docAt = clause.spans.find((s) => s.slot === 'document');
  const people = clause.spans.some((s) => s.slot === 'person' || s.slot === 'email');
  const marked = docAt !== undefined && !COURTESY.test(docAt.text) && !people;
  const verbAt = words.findIndex((w) => VERB.test(w));
  // ("X wants the engagement letter in their portal": a document wanted in the portal, read as an upload with no file.)
  // (Whatever the classifier leaned to, when the client is who wants it and the portal ends the clause.)
  const wanted = (top === 'addDocument' || WANTED_IN_PORTAL.test(clause.text)) && portal && !people && !UPLOADED.test(clause.text);
  const placedAt = (marked || wanted) && portal
    ? words.findIndex((w, k) => (PLACE.test(w) || (wanted && WANT.test(w))) && (!docAt || clause.from + k < docAt.from)) : -1;
  const makeAt = words.findIndex((w, k) => /^(?:make|keep|set|mark)$/i.test(w) && words.slice(k + 2).some((x) => TEAM_ONLY.test(x)) && words.some((x) => /^(?:only|again)$/i.test(x) || /-only$/i.test(x)));
  const at = portal && words.some((w) => DOC_WORD.test(w)) && verbAt >= 0 ? verbAt : placedAt >= 0 ? placedAt : makeAt;
  if (at < 0 || words.some((w) => FILE_SHAPE.test(w))) return clause;
  const doc = at === makeAt ? madeSpan(reading, clause, clause.from + at) : documentSpan(reading, clause, clause.from + at);
  if (!doc) return clause;
  const spans = [...clause.spans.filter((s) => s.slot === 'client'), doc].sort((x, y) => x.from - y.from);
  const label = OFF.test(clause.text) || at === makeAt ? 'shareDocument:off' : 'shareDocument:on';
  return { ...clause, spans, ranking: [{ label, p: 0.9 }, ...clause.ranking.filter((r) => !r.label.startsWith('shareDocument'))] };
}

/** "stop sharing the invoice template with X": a share the classifier read surely, with the words after its verb as
 *  the document when the tagger marked none. */
function withSharedNamed(reading: Reading, clause: Clause, words: string[]): Clause {
  if (clause.spans.some((s) => s.slot === 'document')) return clause;
  const at = words.findIndex((w) => SHARE_WORD.test(w));
  const doc = at < 0 ? undefined : documentSpan(reading, clause, clause.from + at);
  return doc ? { ...clause, spans: [...clause.spans, doc].sort((x, y) => x.from - y.from) } : clause;
}

/** "make the wiring diagram team-only": the words between the verb and who may see it. */
function madeSpan(reading: Reading, clause: Clause, verb: number): Span | undefined {
  const from = /^(?:the|our|their|its|that|this)$/i.test(clause.words[verb + 1] ?? '') ? verb + 2 : verb + 1;
  let to = from;
  while (to + 1 <= clause.to && !TEAM_ONLY.test(clause.words[to + 1])) to++;
  if (to + 1 > clause.to || clause.spans.some((s) => s.slot === 'client' && s.from <= to && s.to >= from)) return undefined;
  return { slot: 'document', text: reading.text.slice(reading.tokens[from].start, reading.tokens[to].end), from, to, margin: 0 };
}
