// Phrasal verbs to the plain verb the matchers know, whichever side of the object the particle sits on:
// "bring back X from the archive" / "bring X back" -> "unarchive X", "pull up X" / "look X up" -> "show X",
// "set up X as a client" -> "add X as a client", "put X on hold" -> "mark X inactive", "hand X over to Y" -> "assign X to Y".
// A particle must never end up inside a client or contact name.
type Rule = [RegExp, string | ((...m: string[]) => string)];

const ARCHIVE_TAIL = String.raw`(?:\s+(?:from|out of)\s+(?:the\s+)?archived?(?:\s+clients)?)?`;
const HOLD = String.raw`(?:on\s+(?:hold|ice|pause)|on the back ?burner)`;

const RULES: Rule[] = [
  [new RegExp(String.raw`^(?:bring|get|take|pull|move|fetch)\s+back\s+(.+?)${ARCHIVE_TAIL}$`, 'i'), 'unarchive $1'],
  [new RegExp(String.raw`^(?:bring|get|take|pull|move|fetch)\s+(.+?)\s+back(?:\s+(?:from|out of)\s+(?:the\s+)?archived?(?:\s+clients)?)?$`, 'i'), 'unarchive $1'],
  [/^(?:pull|bring|call|look|dig|open)\s+up\s+(.+)$/i, 'show $1'],
  [/^(?:pull|bring|call|look|dig)\s+(.+?)\s+up$/i, 'show $1'],
  [/^check\s+(?:up\s+)?on\s+(.+)$/i, 'show $1'],
  [/^(?:set|sign)\s+up\s+(.+)$/i, 'add $1'],
  [/^(?:set|sign)\s+(.+?)\s+up\b\s*(.*)$/i, (_m, a, b) => `add ${a} ${b}`.trim()],
  [new RegExp(String.raw`^(?:put|place|keep|set)\s+(.+?)\s+${HOLD}(?:\s+(?:for now|for a while|again))?$`, 'i'), 'mark $1 inactive'],
  [/^take\s+(.+?)\s+off\s+(?:hold|ice|pause)$/i, 'mark $1 active'],
  [/^re-?activate\s+(.+)$/i, 'mark $1 active'],
  [/^hand\s+over\s+(.+?)\s+to\s+(.+)$/i, 'assign $1 to $2'],
  [/^hand\s+(.+?)\s+over\s+to\s+(.+)$/i, 'assign $1 to $2'],
];
// Particles that only add emphasis: "send out an invite", "write up a note".
const EMPHASIS: Rule[] = [
  [/^(send|e-?mail|mail)\s+(?:out|over|off)\s+/i, '$1 '],
  [/^(write|type|draw)\s+up\s+/i, '$1 '],
];

/** Rewrites one clause; texts about the portal, contacts, notes, money or a website keep their own verbs. */
export function normalizePhrasal(text: string): string {
  let t = text.trim();
  for (const [re, to] of EMPHASIS) t = t.replace(re, to as string);
  if (/\b(?:portal|contacts?|notes?|invoices?|payments?|projects?|links?)\b|\b(?:web ?site|site|homepage|online|the (?:web|internet))\b/i.test(t)) return t;
  for (const [re, to] of RULES) {
    if (re.test(t)) return t.replace(re, to as string).replace(/\s+/g, ' ').trim();
  }
  return t;
}
