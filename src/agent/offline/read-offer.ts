// Answers to the assistant's own offers: "yes", "go ahead", "2", "no" after "Did you mean ...?", after an
// import preview, or after a suggested next step with a ready command in quotes.
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import { userText } from './read-prompt';

export type Answer = { kind: 'yes'; choice: number; skipRejected?: true } | { kind: 'no' };
export type Offer =
  | { kind: 'reading'; userText: string }
  /** `rejected`: the preview named rejected rows; applying it leaves exactly those out (the confirmation lists them). */
  | { kind: 'import'; importId: string; rejected?: true }
  | { kind: 'command'; text: string }
  | { kind: 'draft'; draftId: number };

const YES = /^(?:y|yes|yeah|yea|yep|yup|sure|ok|okay|ok do it|please do|please|do it|do that|go ahead|go for it|confirm|confirmed|correct|right|exactly|that's right|that one|apply it|apply|import it|yes please|yes do it|sounds good|let's do it|proceed)$/i;
const NO = /^(?:n|no|nope|nah|cancel|stop|don't|do not|never ?mind|forget it|abort|no thanks|not that)$/i;
// "apply it, skipping the rejected rows", "yes, leave out the bad ones", "import the valid rows only".
const SKIP_REJECTED = /^(?:(?:yes|yeah|ok|okay|sure|go ahead|do it|apply|apply it|import|import it|just)[, ]+)*(?:but |and )?(?:(?:skip|skipping|leave out|leaving out|without|ignore|ignoring|drop|dropping)(?: out)? (?:the )?(?:rejected|invalid|bad|broken|failed)(?: rows?| ones| lines)?|(?:apply |import )?(?:only )?the (?:valid|good) (?:rows|ones)(?: only)?)$/i;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, one: 1, two: 2, three: 3 };

/** "send it", "looks good, send the email now": the go-ahead for a draft the assistant just wrote. */
export function isSendGoAhead(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[.!]+$/, '');
  return /^(?:[a-z ,']+[,.]\s*)?(?:please )?(?:go ahead and )?send (?:it|that|the (?:draft|email|mail|message))(?: now| off| out| over)?(?: please)?$/.test(t);
}

export function readAnswer(text: string): Answer | undefined {
  const t = text.trim().replace(/[.!]+$/, '').replace(/\s+/g, ' ').toLowerCase().replace(/^(?:yes|yeah|ok|okay),?\s+(?=\d|the\b|option\b)/, '');
  if (YES.test(t)) return { kind: 'yes', choice: 1 };
  if (SKIP_REJECTED.test(t)) return { kind: 'yes', choice: 1, skipRejected: true };
  if (NO.test(t)) return { kind: 'no' };
  const n = /^(?:#|option |number |no\.? )?([1-3])$|^(?:the )?(first|second|third)(?: one)?$|^option (one|two|three)$/.exec(t);
  if (n) return { kind: 'yes', choice: Number(n[1]) || ORDINAL[n[2] ?? n[3]] };
  return undefined;
}

type Part = Record<string, any>;

/** The offer the assistant made in the turn just before the current message, if any. */
export function lastOffer(prompt: LanguageModelV4Prompt): Offer | undefined {
  let end = prompt.length - 1;
  let start = end - 1;
  while (start >= 0 && prompt[start].role !== 'user') start--;
  if (start < 0) return undefined;
  const turn = prompt.slice(start + 1, end);
  let text = '';
  let importId: string | undefined;
  let rejected = false;
  let draftId: number | undefined;
  for (const m of turn) {
    if (m.role === 'assistant') for (const p of m.content as Part[]) if (p.type === 'text') text += `${p.text}\n`;
    for (const p of (Array.isArray(m.content) ? m.content : []) as Part[]) {
      if (p.type !== 'tool-result') continue;
      const v = p.output?.type === 'json' ? p.output.value : undefined;
      if (p.toolName === 'draftOutreach' && v?.ok && typeof v.data?.draft?.id === 'number') draftId = v.data.draft.id;
      if (p.toolName !== 'importCsv') continue;
      // A preview with rejected rows offers to import the valid rest (when there is one).
      const valid = Number(v?.data?.created ?? 0) + Number(v?.data?.updated ?? 0);
      if (v?.ok && typeof v.data?.importId === 'string' && v.data.status !== 'applied' && (!v.data.rejected || valid > 0)) {
        importId = v.data.importId;
        rejected = Boolean(v.data.rejected);
      }
    }
  }
  end = start;
  if (/\bDid you mean\b|\bnot sure what you meant\b|\bcould not tell what to do with\b/.test(text)) return { kind: 'reading', userText: userText(prompt[start]) };
  if (importId) return rejected ? { kind: 'import', importId, rejected } : { kind: 'import', importId };
  if (draftId !== undefined) return { kind: 'draft', draftId };
  const quoted = [...text.matchAll(/\("([^"<>]+)"\)/g)].map((m) => m[1]).filter((q) => !/example\.com|\.\.\./.test(q));
  if (quoted.length) return { kind: 'command', text: quoted[quoted.length - 1] };
  return undefined;
}
