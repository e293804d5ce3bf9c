// Entry point of the offline model's understanding: one user message in, tool calls or a short answer out.
import type { Decision, ParseOptions } from '../types';

export function parseCommand(text: string, _opts: ParseOptions): Decision {
  if (!text.trim()) return { kind: 'reply', text: 'What would you like to do? Try "add Acme Corp" or "find acme".' };
  return { kind: 'reply', text: 'I did not understand that yet.' };
}
