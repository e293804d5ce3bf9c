// "delete the last note on Acme Corp", "remove Acme Corp's latest note", "delete the note about the Friday call from
// Acme Corp", "delete note #12 on Acme Corp": one note deleted (deleteNote, always confirmed first, undoable). Taken
// only with the verb said outright and a client the workspace has; a negation or a question is no such request.
import type { Decision } from '../types';
import { isKnownName } from './match-known';

const VERB = String.raw`^\W*(?:<@\w+>\s*)?(?:(?:please|pls|kindly|can you|could you|go ahead and)\s+)*(?:delete|remove|erase|drop|get rid of|bin)\s+`;
const LATEST = String.raw`(?:last|latest|newest|most recent)`;
const AT = String.raw`\s+(?:on|from|of|for|at)\s+`;
const END = String.raw`[\s.!]*$`;
const SAID: Array<[RegExp, (m: RegExpExecArray) => { client: string; note: string }]> = [
  [new RegExp(String.raw`${VERB}(?:the\s+|my\s+)?${LATEST}\s+note${AT}(.+?)${END}`, 'i'), (m) => ({ client: m[1], note: 'last' })],
  [new RegExp(String.raw`${VERB}(.+?)(?:'s|’s)\s+${LATEST}\s+note${END}`, 'i'), (m) => ({ client: m[1], note: 'last' })],
  [new RegExp(String.raw`${VERB}the\s+(?:only\s+)?note${AT}(.+?)${END}`, 'i'), (m) => ({ client: m[1], note: 'the note' })],
  [new RegExp(String.raw`${VERB}(?:the\s+)?note\s+(?:no\.?\s*|number\s+)?#?(\d+)${AT}(.+?)${END}`, 'i'), (m) => ({ client: m[2], note: `#${m[1]}` })],
  [new RegExp(String.raw`${VERB}(?:the\s+)?note\s+(?:about|on|re:?|regarding|saying|that says|mentioning)\s+["“]?(.+?)["”]?${AT}(.+?)${END}`, 'i'),
    (m) => ({ client: m[2], note: m[1].replace(/^the\s+/i, '') })],
];
const NOT_ASKED = /\b(?:don'?t|do not|never|not)\b|\?\s*$/i;

export function readNoteDeleteSaid(text: string, clients: readonly string[] = []): Decision | undefined {
  if (NOT_ASKED.test(text)) return undefined;
  for (const [re, args] of SAID) {
    const m = re.exec(text);
    if (!m) continue;
    const { client, note } = args(m);
    if (isKnownName(client.trim(), [...clients])) return { kind: 'calls', calls: [{ tool: 'deleteNote', args: { client: client.trim(), note: note.trim() } }] };
  }
  return undefined;
}
