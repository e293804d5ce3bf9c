// Two readings the trained model has not learned yet (its corpus predates the tools), read from what the clause
// names rather than from its verb alone:
// - a delete whose object is a document ("delete the Kickoff notes document from Globex", "trash Globex's old
//   proposal", "remove contract.pdf from Acme") deletes that document, never the client or a contact;
// - where client message threads are mirrored in Slack: a channel id ("<#C0456DEF|client-msgs>", "channel C0456DEF"),
//   "stop mirroring", or "the default channel" with words for client messages.
// A stopgap until the next retrain, which must re-tune the runtime rules the current weights were measured with.
import type { Span } from './assemble-calls';
import type { Clause, Reading } from './command-reader';

const DESTROY = /^(?:delete|del|remove|rm|erase|trash|bin|drop|scrap|purge|destroy|wipe|nuke|rid)$/;
const DOC_WORD = /^(?:document|documents|doc|docs|file|files|attachment|attachments|upload|pdf|scan)$/;
const FILE_SHAPE = /\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|png|jpe?g|gif|zip|key|pages|numbers|dwg|psd|ai|mov|mp4)$/i;
const SKIP = /^(?:the|a|an|this|that|our|their|its|of|get|please|pls|old|our|document|doc|file)$/;
const STOP = /^(?:document|documents|doc|docs|file|files|attachment|from|for|of|in|on|at|under|,|\.|;|:|and|we|it|please|pls|-)$/;
const DESTROYERS = new Set(['deleteClient', 'removeContact', 'shareDocument:off', 'shareDocument:on', 'none']);

/** The document a destroy clause names: a span the tagger gave it, or the words between the verb and "document"/"from". */
export function documentSpan(reading: Reading, clause: Clause, verb: number): Span | undefined {
  const tagged = clause.spans.find((s) => ['document', 'title', 'file', 'project'].includes(s.slot));
  if (tagged) return { ...tagged, slot: 'document' };
  const words = clause.words, inClient = (k: number) => clause.spans.some((s) => s.slot === 'client' && s.from <= k && s.to >= k);
  let a = verb + 1;
  while (a <= clause.to && (SKIP.test(words[a]) || inClient(a) || /^['’]s$/.test(words[a]))) a++;
  let b = a;
  while (b + 1 <= clause.to && !STOP.test(words[b + 1]) && !inClient(b + 1)) b++;
  if (a > clause.to || STOP.test(words[a]) || b - a > 5) return undefined;
  return { slot: 'document', text: reading.text.slice(reading.tokens[a].start, reading.tokens[b].end), from: a, to: b, margin: 0 };
}

/** A clause whose delete is about a document, read as deleting that document. */
export function withDocumentDelete(reading: Reading, clause: Clause): Clause {
  if (!DESTROYERS.has(clause.ranking[0]?.label)) return clause;
  const words = clause.words.slice(clause.from, clause.to + 1);
  const verbAt = words.findIndex((w) => DESTROY.test(w));
  if (verbAt < 0 || clause.spans.some((s) => s.slot === 'person' || s.slot === 'email')) return clause;
  const verb = clause.from + verbAt;
  const aboutDocument = words.some((w) => DOC_WORD.test(w)) || reading.tokens.slice(clause.from, clause.to + 1).some((t) => FILE_SHAPE.test(t.text))
    || clause.spans.some((s) => s.slot === 'document' || s.slot === 'file');
  if (!aboutDocument) return clause;
  const doc = documentSpan(reading, clause, verb);
  const spans = [...clause.spans.filter((s) => s.slot === 'client'), ...(doc ? [doc] : [])].sort((x, y) => x.from - y.from);
  return { ...clause, spans, ranking: [{ label: 'deleteDocument', p: 1 }] };
}

const CHANNEL_ID = /^#?([CG][A-Z0-9]{6,})$/;
const ABOUT_MESSAGES = /\b(?:messages?|threads?|mirror\w*|portal)\b/i;
const STOP_MIRROR = /\b(?:stop|turn off|switch off|disable|pause|no more|no longer|don'?t|do not)\b.*\b(?:mirror\w*|post\w*|threads?|slack)\b/i;

/** Where client message threads go in Slack, when the clause says so in those words. */
export function withMessagesChannel(reading: Reading, clause: Clause): Clause {
  const text = clause.text;
  if (!ABOUT_MESSAGES.test(text) || !/\b(?:messages?|threads?)\b/i.test(text)) return clause;
  const id = reading.tokens.slice(clause.from, clause.to + 1).map((t) => CHANNEL_ID.exec(t.text)?.[1]).find(Boolean);
  if (id) {
    const at = reading.tokens.findIndex((t, k) => k >= clause.from && CHANNEL_ID.test(t.text));
    return { ...clause, spans: [{ slot: 'channel', text: id, from: at, to: at, margin: 0 }], ranking: [{ label: 'updateWorkspace', p: 1 }] };
  }
  if (/\bdefault\b/i.test(text) && /\bchannel\b/i.test(text)) return { ...clause, spans: [], ranking: [{ label: 'messagesChannel:default', p: 1 }] };
  if (/\bmirror\w*|slack\b/i.test(text) && STOP_MIRROR.test(text)) return { ...clause, spans: [], ranking: [{ label: 'messagesChannel:off', p: 1 }] };
  return clause;
}
