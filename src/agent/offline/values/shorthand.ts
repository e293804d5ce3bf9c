// Texting shorthand written out before a message is read: "done w/ the Acme follow up" -> "done with ...",
// "my followups this wk?" -> "this week", "tmrw remind me ..." -> "tomorrow ...". Only whole words, so a link's
// "/w/" or a name holding the letters stays as typed.
const SHORTHAND: Array<[RegExp, string]> = [
  [/(?<=^|\s)w\/o(?=\s)/gi, 'without'],
  [/(?<=^|\s)w\/(?=\s)/gi, 'with'],
  [/(?<![\p{L}\p{N}@./-])(?:tmrw|tmrow|tmr|tmw|2moro|2morrow|tomoz)(?![\p{L}\p{N}@/-])/giu, 'tomorrow'],
  [/(?<![\p{L}\p{N}@./-])wks(?![\p{L}\p{N}@/-])/giu, 'weeks'],
  [/(?<![\p{L}\p{N}@./-])wk(?![\p{L}\p{N}@/-])/giu, 'week'],
];

// Quoted words are kept as typed: 'note "kickoff moved to wk 6"'.
const QUOTED = /("[^"]*"|“[^”]*”)/;

/** The message with texting shorthand written out, outside quotes. */
export function withoutShorthand(text: string): string {
  return text.split(QUOTED).map((part, k) => (k % 2 ? part : SHORTHAND.reduce((t, [re, word]) => t.replace(re, word), part))).join('');
}
