// The trained command reader: tags the slots of a message, splits it into clauses, classifies each
// clause's intent and assembles tool calls. It reports its confidence so the caller can act, offer or ask.
import { clauseFeatures, tokenContext } from './features';
import type { KnownNames } from './gazetteer';
import { LogisticClassifier, type ClassifierWeights } from './logistic-classifier';
import { PerceptronTagger, type TaggerWeights } from './perceptron-tagger';
import { prepareText } from './prepare-text';
import { SpellVocabulary } from './spell-vocabulary';
import { NONE } from './schema';
import { tokenize, type Token } from './tokenize';
import type { Span } from './assemble-calls';
import { QUOTABLE, quoted, throughGroupWords, throughParticles, wholeQuotedText } from './quoted-spans';
import { withoutCourtesies } from './strip-courtesies';
import { mended } from './mend-spans';
import { mendedSpans } from './mend-values';
import { snapToKnown, withWordsOnlyKnown } from './snap-known-names';

export type Clause = {
  from: number; to: number; text: string; spans: Span[]; ranking: Array<{ label: string; p: number }>; words: string[];
  /** How sure the tagger was of the separators around this clause. */
  boundary: number;
  /** An intent said otherwise than in its own words: "... and another one for greyfield" asks for the one before
   *  again, "EU retainers → neutral tone" names a group the workspace has. */
  said?: string;
};
export type Reading = {
  text: string; tokens: Token[]; clauses: Clause[];
  /** Per token, the word lists it is in (country, email, url, ...): what a value parser would take. */
  flags?: string[][];
  /** Words that start a command ("add", "archive", "send"): a second action after "and" starts with one. */
  starters?: ReadonlySet<string>;
  /** A clause read again with a span of `slot` that its intent needs and the tagger did not mark. */
  force?: (clause: Clause, slot: string) => Clause | undefined;
};

type ModelFile = { vocabulary: Record<string, number>; starters?: string[]; tagger: TaggerWeights; classifier: ClassifierWeights };
const WHOLE = new Set(['file', 'website', 'email', 'document']);
const JOINERS = new Set(['and', 'then', 'also', ';', 'plus', '&']);
const SPLIT_SURE = 0.9;
const ARTICLES = new Set(['a', 'an', 'the']);
const PRONOUNS = /^(?:them|they|it|him|her|he|she|us|em|'em)$/i;

/** A clause that is only a name ("Liang & Sons Trading Co.; quote ...") is what the next one is about, not an action. */
function saysMore(c: Clause): boolean {
  if (c.spans.every((s) => PRONOUNS.test(s.text))) return false;
  for (let k = c.from; k <= c.to; k++) {
    if (/^[\p{L}\p{N}]/u.test(c.words[k]) && !c.spans.some((s) => s.from <= k && s.to >= k)) return true;
  }
  return false;
}

export class CommandReader {
  constructor(private tagger: PerceptronTagger, private classifier: LogisticClassifier, private vocabulary: SpellVocabulary, private starters = new Set<string>()) {}

  static fromData(data: ModelFile): CommandReader {
    return new CommandReader(PerceptronTagger.fromWeights(data.tagger), LogisticClassifier.fromWeights(data.classifier), new SpellVocabulary(data.vocabulary), new Set(data.starters ?? []));
  }

  /** Two actions the tagger did not separate ("add X and make Y their contact"): split where a second action starts, if both halves read surely. */
  private splitMissed(clause: Clause, make: (from: number, to: number) => Clause): Clause[] {
    for (let k = clause.from + 1; k < clause.to; k++) {
      if (!JOINERS.has(clause.words[k]) || !this.starts(clause.words[k + 1])) continue;
      if (clause.spans.some((s) => s.from <= k && s.to >= k)) continue;
      const left = make(clause.from, k - 1), right = make(k + 1, clause.to);
      const sure = (c: Clause) => c.ranking[0].label !== NONE && c.ranking[0].p >= SPLIT_SURE && c.spans.length > 0 && saysMore(c);
      if (sure(left) && sure(right)) return [left, ...this.splitMissed(right, make)];
    }
    return [clause];
  }

  /** Whether a word starts a command ("add", "archive", "send"): what may follow "and" in a second action. */
  starts(word: string | undefined): boolean {
    return word !== undefined && !ARTICLES.has(word) && (this.starters.has(word) || VERBS.has(word));
  }

  read(raw: string, known?: KnownNames, context: readonly string[] = []): Reading {
    const text = withoutCourtesies(withoutHesitations(prepareText(withLineBreaks(raw))));
    const tokens = tokenize(text);
    if (!tokens.length) return { text, tokens, clauses: [] };
    const ctx = tokenContext(tokens, known, this.vocabulary);
    if (known) withWordsOnlyKnown(ctx.flags, tokens, known);
    const tagged = this.tagger.tagWithMargins(ctx);
    const tags = wholeQuotedText(text, tokens, verbAfterName(numberAsClient(fileOrSite(tagged.tags, tokens), tokens, ctx.words), ctx.words, this.starters));
    const margins = tagged.margins;
    const clauses: Clause[] = [];
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && tags[i] !== 'SEP') continue;
      if (i > start) {
        const snapped = snapToKnown(tags, ctx.flags, start, i - 1, tokens, known);
        const make = (from: number, to: number) => this.clause(text, tokens, ctx.words, snapped, margins, from, to, context);
        clauses.push(...this.splitMissed(make(start, i - 1), make));
      }
      start = i + 1;
    }
    const force = (clause: Clause, slot: string): Clause | undefined => {
      const span = this.tagger.forceSpan(ctx, tags, slot, clause.from, clause.to);
      if (!span) return undefined;
      const forced = [...tags];
      for (let k = span[0]; k <= span[1]; k++) forced[k] = k === span[0] ? `B-${slot}` : `I-${slot}`;
      return this.clause(text, tokens, ctx.words, forced, margins.map((m, k) => (k >= span[0] && k <= span[1] ? -1 : m)), clause.from, clause.to, context);
    };
    return { text, tokens, clauses, force, flags: ctx.flags, starters: this.starters };
  }

  private clause(text: string, tokens: Token[], words: string[], tags: string[], margins: number[], from: number, to: number, context: readonly string[]): Clause {
    const spans: Span[] = [];
    for (let i = from; i <= to; i++) {
      if (!tags[i].startsWith('B-') && !(tags[i].startsWith('I-') && (i === from || tags[i - 1] === 'O' || tags[i - 1] === 'SEP'))) continue;
      const slot = tags[i].slice(2);
      let j = i;
      while (j + 1 <= to && tags[j + 1] === `I-${slot}`) j++;
      // "18 500" and "2 480,00": digit groups after a number belong to the amount.
      if (slot === 'amount') while (j < to && /\d$/.test(tokens[j].text) && /^\d{3}(?:[.,]\d{1,2})?$/.test(tokens[j + 1].text)) j++;
      // A path, address or email is one unbroken run of characters: the tagger's cut inside it ("/tmp/" + "leads.csv") is undone.
      if (WHOLE.has(slot)) {
        const part = (k: number) => /^[\p{L}\p{N}/~_.@:-]+$/u.test(tokens[k].text) && !/^[.:]$/.test(tokens[k].text);
        while (i > from && tokens[i - 1].end === tokens[i].start && part(i - 1)) i--;
        // (A stop inside it goes on when more of it follows at once: "lumen_roughcut_v2" + "." + "mp4".)
        const joined = (k: number) => k + 1 <= to && tokens[k].text === '.' && tokens[k].end === tokens[k + 1].start && part(k + 1);
        while (j < to && tokens[j].end === tokens[j + 1].start && (part(j + 1) || joined(j + 1))) j += part(j + 1) ? 1 : 2;
      }
      // "Transportes Rápidos do Norte", "Dubois et Fils": a client's name goes on over a particle and the capitalised words after it.
      if (slot === 'client') j = throughParticles(tokens, tags, j, to);
      if (slot === 'group') j = throughGroupWords(tokens, tags, j, to);
      // A name or text in quotes is said whole: the span takes the quoted words the tagger left out ("Sunrise Foods (2019)").
      if (QUOTABLE.has(slot)) [i, j] = quoted(text, tokens, i, j, from, to, slot);
      [i, j] = mended(tokens, tags, i, j, from, to, slot);
      // A span is as sure as its least sure token, and as the tokens just outside it (its boundaries).
      const edges = [i - 1, j + 1].filter((k) => k >= from && k <= to).map((k) => margins[k]);
      spans.push({ slot, text: text.slice(tokens[i].start, tokens[j].end), from: i, to: j, margin: Math.min(...margins.slice(i, j + 1), ...edges) });
      i = j;
    }
    const slots = tags.slice(from, to + 1).map((t) => (t === 'O' || t === 'SEP' ? null : t.slice(2)));
    const ranking = this.classifier.rank(clauseFeatures(words.slice(from, to + 1), slots, context));
    const boundary = Math.min(...[from - 1, to + 1].filter((k) => k >= 0 && k < margins.length).map((k) => margins[k]), Infinity);
    return { from, to, text: text.slice(tokens[from].start, tokens[to].end), spans: mendedSpans(spans, tokens, text), ranking, words, boundary };
  }
}

// A form or a list typed on several lines ("Client: Mwangi Logistics Ltd\nCity: Nairobi"): a line break ends a name
// or a value as a semicolon would (prepareText joins lines with a space).
function withLineBreaks(raw: string): string {
  return raw.replace(/([^\s.,;:!?])[ \t]*\n+[ \t]*(?:[•*]\s*)?/g, '$1; ');
}

// Dictated text's "um", "uh", "erm": they carry nothing, and the tagger did not learn them (run time only, so the
// trained weights stay what the corpus makes).
const HESITATION = /(?<![\p{L}\p{N}'’-])(?:u+m+|u+h+m*|e+r+m+|hmm+)(?![\p{L}\p{N}'’-])[,.]*/giu;

// "ad Sunrise Yoga to clients": "add" typed short, before a name (the spelling corrector keeps "ad", a word).
// ("Ad Astra Labs" is a name: only "ad" in lower case.)
const AD = /(^|(?:[Pp]lease|[Pp]ls|[Cc]an you|[Cc]ould you)\s+)ad(?=\s+\p{Lu})/u;

// "... and maybe remove the old address": a hedge before a second action, or before the action a list's part starts
// with (the corpus has none there: "maybe" had been read as that action's client).
const HEDGE = /(?:^|(?<=\b(?:and|then|also)\s+))(?:maybe|perhaps|possibly)\s+(?=\p{Ll})/giu;

// "has payed the 980 euros": the learner's spelling of "paid" (a word, so the spelling corrector keeps it).
const PAYED = /\bpayed\b/gi;

export function withoutHesitations(text: string): string {
  return text.replace(HESITATION, ' ').replace(/\s+/g, ' ').trim().replace(AD, '$1add').replace(HEDGE, '').replace(PAYED, 'paid');
}

const FILE_LIKE = /[/\\]|\.(?:pdf|docx?|xlsx?|pptx?|csv|tsv|txt|md|rtf|odt|ods|odp|pages|numbers|key|png|jpe?g|gif|webp|heic|svg|psd|ai|eps|indd|zip|mp4|mov|mp3|wav|json|xml|html?)$/i;
const SITE_LIKE = /^(?:https?:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/**
 * A "file" with no file's shape that reads as a web address is the client's website ("add website acme.example to Acme");
 * an email address inside a name is the email ("Atlas Freight ops@atlas.com"), and the name goes on after it.
 */
function fileOrSite(raw: string[], tokens: Token[]): string[] {
  const tags = [...raw];
  for (let i = 0; i < tags.length; i++) {
    if (!EMAIL_LIKE.test(tokens[i].text) || tags[i].endsWith('-email') || tags[i] === 'O' || tags[i] === 'SEP') continue;
    if (/-(?:client|person|newName|group)$/.test(tags[i])) {
      tags[i] = 'B-email';
      if (tags[i + 1]?.startsWith('I-')) tags[i + 1] = `B-${tags[i + 1].slice(2)}`;
    }
  }
  // "add client fjellbris.no Fjellbris AS": the client's site written before its name, which it spells, is the website.
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== 'B-client' || tags[i + 1] !== 'I-client' || FILE_LIKE.test(tokens[i].text) || !SITE_LIKE.test(tokens[i].text)) continue;
    const label = tokens[i].text.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').split('.')[0].toLowerCase();
    if (label.length < 3 || !tokens[i + 1].text.toLowerCase().replace(/[^a-z0-9]/g, '').startsWith(label.slice(0, 4))) continue;
    tags[i] = 'B-website';
    tags[i + 1] = 'B-client';
  }
  return tags.map((t, i) => {
    if (t !== 'B-file' || tags[i + 1] === 'I-file') return t;
    const text = tokens[i].text;
    return !FILE_LIKE.test(text) && SITE_LIKE.test(text) ? 'B-website' : t;
  });
}

/**
 * "archive Kranich & turn off their portal": a name the tagger ran on into the next action's verb ends before the
 * joining word, which separates the two actions. Only when the verb is the name's last word and the sentence goes on
 * ("Print & Send Co" and a final "... & Send" stay names).
 */
// Verbs that start an action besides the ones the training data starts commands with.
const VERBS = new Set(['turn', 'lock', 'unlock', 'disable', 'enable', 'revoke', 'cut', 'give', 'email', 'ping', 'upload', 'attach', 'change',
  'update', 'delete', 'rename', 'assign', 'close', 'flip', 'switch', 'add', 'remove', 'archive', 'invite', 'send', 'mark', 'set', 'write',
  'register', 'log', 'activate', 'deactivate', 'regenerate', 'reissue', 'resend', 'hide', 'push', 'move', 'postpone', 'reschedule', 'snooze', 'remind', 'schedule', 'raise', 'issue']);

function verbAfterName(raw: string[], words: string[], starters: ReadonlySet<string>): string[] {
  const tags = [...raw];
  for (let k = 1; k + 2 < tags.length; k++) {
    const slot = tags[k].slice(2);
    if (!tags[k].startsWith('I-') || !['client', 'person'].includes(slot) || !/^(?:&|and|\+)$/.test(words[k])) continue;
    if (tags[k + 1] !== `I-${slot}` || tags[k + 2] === `I-${slot}` || !(starters.has(words[k + 1]) || VERBS.has(words[k + 1]))) continue;
    tags[k] = 'SEP';
    tags[k + 1] = 'O';
  }
  return tags;
}

const BARE_NUMBER = /^#?\d{1,6}$/;
const NUMBER_CUE = /^(?:invoice|inv|quote|q|id|number|no|registration|tax|vat|phone|tel|mobile|ico|kvk|siren|abn)$/;

/**
 * "show 0001", "archive #42": a bare number the tagger took for an id or an invoice, in a message that names no
 * client, is the client's own number (invoices and quotes are INV-0012 and Q-0003; "invoice #12" keeps its word).
 */
function numberAsClient(raw: string[], tokens: Token[], words: string[]): string[] {
  if (raw.some((t) => t.endsWith('-client'))) return raw;
  const tags = [...raw];
  for (let i = 0; i < tags.length; i++) {
    // "#0001" may come as two tokens, "#" and "0001".
    const hash = tokens[i].text === '#' && i + 1 < tokens.length && tokens[i].end === tokens[i + 1].start && /^\d{1,6}$/.test(tokens[i + 1].text);
    const end = hash ? i + 1 : i;
    if (!(hash || BARE_NUMBER.test(tokens[i].text)) || !/^B-(?:idNumber|invoice|quote)$/.test(tags[i]) || tags[end + 1]?.startsWith('I-')) continue;
    if (i > 0 && NUMBER_CUE.test(words[i - 1])) continue;
    for (let k = i; k <= end; k++) tags[k] = k === i ? 'B-client' : 'I-client';
    break;
  }
  return tags;
}

let shared: CommandReader | undefined;
let loading: Promise<CommandReader> | undefined;

/** Loads the committed model once per process, on first use (start-up does not wait for it). */
export function loadCommandReader(): Promise<CommandReader> {
  loading ??= import('../../../../models/command-reader.json', { with: { type: 'json' } })
    .then((m) => (shared = CommandReader.fromData(m.default as unknown as ModelFile)));
  return loading;
}

/** The loaded model; callers outside the model await loadCommandReader() first. */
export function commandReader(): CommandReader {
  if (!shared) throw new Error('The command reader is not loaded yet: await loadCommandReader() first.');
  return shared;
}

export { NONE };
