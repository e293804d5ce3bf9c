// What dictation writes for values, written the way they are typed: "twelve hundred euros" -> "1200 euros",
// "invoice four one two" -> "invoice 412", "within fourteen days" -> "within 14 days", "siobhan dot kelly at
// marigoldevents dot ie" -> "siobhan.kelly@marigoldevents.ie". Numbers are rewritten only beside a word that makes
// them a value (a currency, days, an invoice or quote), so names with number words ("Seven Hills Bakery") stay.

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const WORD = String.raw`(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|')})`;
const RUN = new RegExp(String.raw`\b${WORD}(?:(?:\s+|-)(?:and\s+)?${WORD})*\b`, 'gi');
// Words after a number that make it a value, and words before it.
const AFTER = /^\s+(?:euros?|eur|dollars?|usd|pounds?|gbp|francs?|kronor|kroner|krona|krone|crowns?|rand|yen|rupees?|bucks|quid|grand|k|days?|weeks?|months?|percent|per\s+cent)\b/i;
const BEFORE = /\b(?:invoice|inv|quote|number|no\.?|#)\s*$/i;

/** The value of number words, or undefined when they do not make one number ("one" alone is no value). */
function numberOf(words: string[]): number | undefined {
  // "four one two": digits said one by one.
  if (words.length >= 2 && words.every((w) => w in UNITS && UNITS[w] < 10)) return Number(words.map((w) => UNITS[w]).join(''));
  let total = 0, part = 0;
  for (const w of words) {
    if (w in UNITS) part += UNITS[w];
    else if (w in TENS) part += TENS[w];
    else if (w === 'hundred') part = (part || 1) * 100;
    else if (w in SCALES) { total += (part || 1) * SCALES[w]; part = 0; }
  }
  return total + part;
}

function spokenNumbers(text: string): string {
  return text.replace(RUN, (run, at: number) => {
    const after = text.slice(at + run.length);
    const before = text.slice(0, at);
    if (!AFTER.test(after) && !BEFORE.test(before)) return run;
    const words = run.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and' && w !== '');
    // ("oh" is a zero only among other digits.)
    if (words[0] === 'oh' && words.length === 1) return run;
    const n = numberOf(words);
    return n === undefined ? run : String(n);
  });
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const SUFFIX = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
// "due on the fifteenth", "the twenty-first of January": a day of the month said in words, after "on/by/until the"
// or before "of <month>", and never an item's place ("on the second invoice").
const ORDINAL_DAY = new RegExp(String.raw`\b((?:on|by|until|till|before|from)\s+the\s+|the\s+(?=(?:twenty|thirty)?[\s-]?(?:${Object.keys(ORDINALS).join('|')})\s+of\s+\p{L}))((?:(twenty|thirty)[\s-]?)?(${Object.keys(ORDINALS).join('|')}))\b(?=\s*(?:$|[,.;!?]|of\s+\p{L}|at\b|and\b))`, 'giu');

function spokenDays(text: string): string {
  return text.replace(ORDINAL_DAY, (all, lead: string, _day: string, tens: string | undefined, unit: string) => {
    const n = (tens ? TENS[tens.toLowerCase()] : 0) + ORDINALS[unit.toLowerCase()];
    return n >= 1 && n <= 31 ? `${lead}${n}${SUFFIX(n)}` : all;
  });
}

const TLD = '(?:com|net|org|io|co|ie|uk|de|fr|es|it|nl|be|at|ch|se|no|dk|fi|pt|pl|au|nz|ca|us|jp|in|za|br|mx|ar|studio|agency|design|dev|app|ai)';
const SPOKEN_EMAIL = new RegExp(String.raw`\b([a-z][a-z0-9]*(?:\s+dot\s+[a-z0-9]+)*)\s+at\s+([a-z0-9][a-z0-9-]*(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+${TLD})\b`, 'gi');
const dotted = (s: string) => s.replace(/\s+dot\s+/gi, '.').toLowerCase();

/** The message with dictated values written as typed. */
export function writtenValues(text: string): string {
  return spokenDays(spokenNumbers(text.replace(SPOKEN_EMAIL, (_, local: string, domain: string) => `${dotted(local)}@${dotted(domain)}`)));
}
