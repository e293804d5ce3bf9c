// "what's Jane's email?", "phone number for Rosa Quintero?", "who is Tom Becker?", "how do I reach Nadia?": a
// question about one of the workspace's contacts, answered with their client's record, their details first
// (showClient with the contact). Only a name the workspace knows at one client (KnownNames.contactClients): any
// other name is left to the reader, and nothing is ever written from a question.
import type { Decision } from '../types';
import { withoutOpening } from './request-words';

const FIELD = String.raw`(?:e-?mail(?:\s+address)?|mail|phone(?:\s+number)?|number|mobile(?:\s+number)?|cell|(?:job\s+)?title|role|position|(?:contact\s+)?(?:details|info))`;
const ASK = String.raw`(?:what(?:'s|’s|\s+is|\s+are|\s+was)|whats|give\s+me|tell\s+me|get\s+me|send\s+me|find|look\s+up|do\s+(?:we|you)\s+have|have\s+we\s+got)`;
const END = String.raw`[\s?.!]*$`;
const QUESTIONS = [
  new RegExp(String.raw`^${ASK}\s+(?:the\s+)?(.+?)(?:'s|’s|')\s+${FIELD}${END}`, 'i'),
  new RegExp(String.raw`^${ASK}\s+(?:the\s+)?${FIELD}\s+(?:for|of)\s+(.+?)${END}`, 'i'),
  // ("email for Jane Doe?", "Jane's phone?": the question mark alone asks.)
  new RegExp(String.raw`^(?:the\s+)?${FIELD}\s+(?:for|of)\s+(.+?)\s*\?${END}`, 'i'),
  new RegExp(String.raw`^(.+?)(?:'s|’s|')\s+${FIELD}\s*\?${END}`, 'i'),
  new RegExp(String.raw`^(?:who(?:'s|’s|\s+is)|whos)\s+(.+?)${END}`, 'i'),
  new RegExp(String.raw`^how\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:reach|contact|get\s+hold\s+of|call|e-?mail)\s+(.+?)${END}`, 'i'),
];

export function readContactAsked(raw: string, places: Record<string, string> | undefined): Decision | undefined {
  if (!places) return undefined;
  const text = withoutOpening(raw);
  for (const re of QUESTIONS) {
    const name = re.exec(text)?.[1]?.trim();
    const client = name ? places[name.toLowerCase()] : undefined;
    if (name && client) return { kind: 'calls', calls: [{ tool: 'showClient', args: { client, contact: name } }] };
  }
  return undefined;
}
