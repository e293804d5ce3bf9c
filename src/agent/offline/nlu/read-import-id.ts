// An upload's id as the assistant prints it ("`pJ6xOASjBngsx_qq`"): 16 letters, digits, "-" or "_", typed back with or
// without its backticks. The tagger splits it at "_" and "-" (and took a backtick for the id, or the id for a file
// name); the id is read whole from the text instead.
import type { Span } from './assemble-calls';
import type { Clause, Reading } from './command-reader';

// Not part of a path or a file name ("./exports/hubspot-accounts.csv").
const ID = /(?<![\w/.~\\-])`?([A-Za-z0-9][A-Za-z0-9_-]{14}[A-Za-z0-9])`?(?![\w/\\-]|\.\w)/g;
const IMPORT_WORD = /\b(?:imports?|upload|uploads|csv)\b/i;
const LATER = /\b(?:before|until|till|ahead of|prior to)\s+(?:(?:we|you|i|anyone|someone)\s+)?(?:apply|applying|run|running|commit|committing|import|importing|go ahead)\b/i;
const IMPORT_INTENTS = new Set(['importCsv', 'applyImport']);

/** A word shaped like an id, not like a word: a digit, "-" or "_" in it, or a capital after a small letter. */
const idLike = (s: string) => /[0-9_-]/.test(s) || /[a-z][A-Z]/.test(s);

/** The clause's import id read whole, when the clause is about an import. */
export function withImportId(reading: Reading, clause: Clause): Clause {
  if (!IMPORT_INTENTS.has(clause.ranking[0]?.label) && !IMPORT_WORD.test(clause.text) && !/^\W*apply\b/i.test(clause.text)) return clause;
  const start = reading.tokens[clause.from].start, end = reading.tokens[clause.to].end;
  for (const m of reading.text.slice(start, end).matchAll(ID)) {
    const id = m[1];
    if (!idLike(id) || /\.\w+$/.test(id)) continue;
    const at = start + m.index + m[0].indexOf(id);
    const from = reading.tokens.findIndex((t, k) => k >= clause.from && t.end > at);
    let to = from;
    while (to + 1 <= clause.to && reading.tokens[to + 1].start < at + id.length) to++;
    if (from < 0) continue;
    const span: Span = { slot: 'importId', text: id, from, to, margin: 0 };
    // ("check import … before we apply it": the apply is for later; what is asked now is the preview.)
    const later = LATER.test(clause.text);
    const label = later ? 'importCsv' : IMPORT_INTENTS.has(clause.ranking[0].label) ? clause.ranking[0].label : /\bapply\b/i.test(clause.text) ? 'applyImport' : 'importCsv';
    const spans = clause.spans.filter((s) => s.to < from || s.from > to).filter((s) => s.slot !== 'file' && s.slot !== 'importId');
    return { ...clause, spans: [...spans, span].sort((x, y) => x.from - y.from), ranking: [{ label, p: 1 }] };
  }
  return clause;
}
