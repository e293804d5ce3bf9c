// "should we archive Kaimana Surf Co? they never replied": whether to make a change, asked. The reader never makes
// it (rule-out-intents.ts); the answer leaves the choice with the person and says how to ask for it.
import type { Decision } from '../types';

const WHETHER = /^\W*(?:<@\w+>\s*)?(?:(?:so|hmm+|ok|okay|honestly|do you think)[,\s]+)?(?:should|shall) (?:i|we)\s+((?:archive|delete|remove|unarchive|restore|invite|void|send|email|share|hide|merge|mark|move|close|disable|enable|turn)\b[^?]{2,80})\?/i;

export function readWhetherAsked(text: string): Decision | undefined {
  const asked = WHETHER.exec(text)?.[1]?.trim();
  if (!asked) return undefined;
  return { kind: 'reply', text: `That's your call; I won't change anything until you ask. If you want it done, say "${asked}".` };
}
