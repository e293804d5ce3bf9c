// Outreach drafts in their many phrasings: "draft outreach to X", "draft something to win back X", "write X a note
// to re-engage them", "reach out to X, they went quiet", "compose a check-in email for X", "draft a re-engagement
// email" (after a clause that named X). A goal is kept only when a purpose beyond re-engaging is said ("to offer a
// spring discount", "goal: book a call"): winning back, re-engaging or checking in is what every draft does.
import { call, type Matcher } from './clause';
import { cleanRef } from './clean-names';
import { findEmails } from './find-contacts-info';

const COMPOSE = String.raw`(?:draft|write|prepare|compose|create|put together|whip up|send|do|craft|pen|shoot|drop)`;
const PIECE = String.raw`(?:win-?back|re-?engagement|reach-?out|catch-?up|touch-?point|outreach|e-?mails?|mail|message|note|letter|line|lines|check-?in|follow-?up|ping|something|draft)`;
// Lower case words only between the article and the noun, so a name is never read as an adjective of "note".
const OBJECT = String.raw`(?:(?:an?|some|the|one|another|a few)\s+)?(?:[a-z][a-z0-9-]*\s+){0,3}?${PIECE}(?:\s+(?:e-?mail|message|draft|note))?`;
const LETTER = String.raw`(?:(?:an?|some|the|one|another)\s+)?(?:[a-z][a-z0-9-]*\s+){0,3}?(?:outreach|e-?mail|message|letter|check-?in|follow-?up)(?:\s+(?:e-?mail|message|draft))?`;
const START = String.raw`(?:reach\s+out\s+to|re-?engage|reconnect\s+with|win\s+back|follow\s+up\s+with|get\s+(?:back\s+)?in\s+touch\s+with|check\s+in\s+(?:with|on)|touch\s+base\s+with|catch\s+up\s+with|nudge|ping|e-?mail|write\s+to)`;
// Purposes that are re-engagement itself: no goal.
const REENGAGE = String.raw`(?:win\s+(?:them\s+|it\s+)?back|re-?engage|reconnect(?:\s+with)?|reach\s+out(?:\s+to)?|check\s+in(?:\s+(?:with|on))?|follow\s+up(?:\s+(?:with|on))?|get\s+back\s+in\s+touch(?:\s+with)?|get\s+in\s+touch(?:\s+with)?|touch\s+base(?:\s+with)?|catch\s+up(?:\s+with)?|nudge|ping|re-?activate|revive|bring\s+(?:them\s+|it\s+)?back|say\s+hi(?:\s+to)?|see\s+how\s+(?:they|it)(?:'re|\s+are|\s+is)\s+doing|get\s+(?:them\s+|it\s+)?back)`;
const REENGAGE_RE = new RegExp(String.raw`^${REENGAGE}\b`, 'i');
const PURPOSE = /\s*(?:[,;]\s*|\s+-\s+|\s+)(?:goal|aim|purpose|objective)\s*(?::|is|-)?\s*(.+)$|\s+(?:to|so that|so we can|in order to|about|regarding|re:?|asking(?:\s+them)?|offering|inviting)\s+(.+)$|\s+and\s+((?:offer|ask|invite|pitch|propose|mention|tell|remind|suggest|see)\b.+)$/i;

// 'ref': the client, maybe a purpose after it; 'purposeRef': the client is the re-engage verb's object (no goal);
// 'named': like 'ref', but the span sits between verb and object, so it must look like a name or a pronoun;
// 'none': no client in the clause (an earlier clause or the conversation names it).
type Kind = 'ref' | 'purposeRef' | 'named' | 'none';
const FORMS: Array<[RegExp, Kind]> = [
  // "draft something to win back X": the purpose verb's object is the client.
  [new RegExp(String.raw`^${COMPOSE}\s+(?:up\s+)?${OBJECT}\s+(?:to|that will|that'll|that could|which will)\s+${REENGAGE}\s+(.+)$`), 'purposeRef'],
  // "draft a note to win Arcadia Films back": the particle after the object.
  [new RegExp(String.raw`^${COMPOSE}\s+(?:up\s+)?${OBJECT}\s+(?:to|that will|that'll|which will)\s+(?:win|bring|get|lure|tempt)\s+(.+?)\s+back\b.*$`), 'purposeRef'],
  // "compose a check-in email for X", "write a win-back email to X"
  [new RegExp(String.raw`^${COMPOSE}\s+(?:up\s+)?${OBJECT}\s+(?:to|for|at|towards)\s+(.+)$`), 'ref'],
  // "write X a note to re-engage them", "send X a check-in email"
  [new RegExp(String.raw`^(?:write|send|drop|shoot|draft|compose|prepare)\s+(.+?)\s+(?=an?\s|some\s|one\s|another\s)${OBJECT}(?=$|[\s,;])(.*)$`), 'named'],
  // "reach out to X, they went quiet", "win back X", "email X about the renewal"
  [new RegExp(String.raw`^(?:win|get|lure|tempt)\s+(.+?)\s+back(?:\s+(?:to|with|by)\b.*)?$`), 'purposeRef'],
  [new RegExp(String.raw`^${START}\s+(.+)$`), 'ref'],
  // "draft a re-engagement email": the client an earlier clause named.
  [new RegExp(String.raw`^(?:draft|write|prepare|compose|put together|whip up|craft)\s+(?:up\s+)?(?:them\s+|it\s+)?${LETTER}((?:\s+(?:to|so|about|asking|offering|inviting)\b.*)?)$`), 'none'],
];

function goalOf(purpose: string | undefined): string | undefined {
  const p = purpose?.trim().replace(/[.]$/, '').replace(/^(?:them|it)\s+(?=to\b)/i, '').trim();
  if (!p || REENGAGE_RE.test(p)) return undefined;
  return p;
}

export const matchOutreach: Matcher = (c) => {
  // The forms are matched case-sensitively (names are capitalised, the words around them are not).
  const t = c.text.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => x.toLowerCase());
  // "write a note on X: ..." is a note on the record, not a message to the client.
  if (/^(?:draft|write|prepare|compose|create|jot|put|drop)\s+(?:down\s+)?(?:an?\s+|the\s+)?(?:quick\s+|short\s+|new\s+)?note\s+(?:to|on|for|about|under|in|against)\b/i.test(t) && !/\bto\s+(?:win|re-?engage|reconnect)/i.test(t)) return null;
  if (/^(?:draft|write|compose)\s+(?:an?\s+)?(?:quick\s+)?note\s*:/i.test(t) || /\b(?:invoice|portal|csv|export)\b/i.test(t)) return null;
  for (const [re, kind] of FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    if (kind === 'none') return call('draftOutreach', { client: 'it', goal: goalOf(m[1]?.replace(/^\s*(?:to|so|about|asking|offering|inviting)\s+/i, '')) });
    let span = m[1];
    let purpose = kind === 'named' && m[2]?.trim()
      ? m[2].replace(/^\s*(?:[,;-]\s*)?(?:to|so that|so we can|in order to|about|regarding|re:?|asking|offering|inviting)?\s*/i, '') : undefined;
    const p = PURPOSE.exec(span);
    if (p) { purpose = p[1] ?? p[2] ?? p[3]; span = span.slice(0, p.index); }
    const client = cleanRef(span.replace(/^(?:to|with|for)\s+/i, ''));
    if (!client || findEmails(client).length || /^(?:me|us|myself|the team)$/i.test(client)) continue;
    if (kind === 'named' && !/^[\p{Lu}\d"'“]|^(?:them|it|her|him)$/u.test(client)) continue;
    return call('draftOutreach', { client, goal: kind === 'purposeRef' ? undefined : goalOf(purpose) });
  }
  return null;
};
