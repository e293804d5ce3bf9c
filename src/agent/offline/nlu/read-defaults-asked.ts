// "what's our default currency?", "which currency do we invoice in by default", "what are our payment terms?": a
// question about the workspace's own defaults (explainSettings without a client, read-only). Taken only as a
// question (a question word first, or a question mark), about us or the defaults, with no client named and nothing
// asked to change ("set our default currency to EUR" is updateWorkspace, read as before).
import type { Decision } from '../types';
import { withoutOpening } from './request-words';

const SETTING: Array<[RegExp, string | undefined]> = [
  [/\bcurrenc(?:y|ies)\b/i, 'currency'],
  // ("are we invoicing in EUR by default?": a currency's code, as written.)
  [/\b(?:in|into)\s+[A-Z]{3}\b/, 'currency'],
  [/\b(?:payment terms?|terms|days (?:do |does )?(?:clients?|customers?|they) (?:have|get) to pay|due (?:in|after) how many days)\b/i, 'paymentTerms'],
  [/\b(?:reminder(?:s)?(?: tone)?|tone)\b/i, 'reminderTone'],
  [/\b(?:default settings|defaults|settings)\b/i, undefined],
];
const ASKING = /^(?:what|which|whats|what's|how many|how long|tell me|show me|remind me|do we|are we|is our|are our)\b|\?\s*$/i;
// A change asked for anywhere ("is there a way to change the reminder tone?", "could we create a group with …"), how
// the settings work ("the difference between group settings and the workspace defaults"), or a group's: not this.
const ACTING = /\b(?:set|change|switch|update|create|add|make|move|put|turn|rename|edit|modify|alter|let'?s)\b|\b(?:from now on|going forward)\b/i;
const OTHER = /\b(?:difference|differ|explain how|how (?:do|does)|mean|groups?)\b/i;
// A currency code after "to" is the value of a change ("can we switch to CHF?"), case as written.
const VALUE = /\b(?:to|into)\s+[A-Z]{3}\b/;
const OURS = /\b(?:default|defaults|by default|our|we|us|the workspace|workspace|standard|usual(?:ly)?)\b/i;

/** The explainSettings call for a question about the workspace's defaults, or undefined. */
export function readDefaultsAsked(raw: string, clients: readonly string[] = []): Decision | undefined {
  const text = withoutOpening(raw);
  if (!ASKING.test(text) || ACTING.test(text) || OTHER.test(text) || VALUE.test(text) || !OURS.test(text)) return undefined;
  const found = SETTING.find(([re]) => re.test(text));
  if (!found) return undefined;
  const lower = text.toLowerCase();
  if (clients.some((c) => c.length > 2 && lower.includes(c.toLowerCase()))) return undefined;
  // A name in capitals after the first word is a client's ("which currency is Hooli billed in?").
  if (text.split(/\s+/).slice(1).some((w) => /^\p{Lu}[\p{L}&'.-]+/u.test(w) && !/^(?:I(?:'\w+)?|[A-Z]{3}\??)$/.test(w))) return undefined;
  return { kind: 'calls', calls: [{ tool: 'explainSettings', args: found[1] ? { setting: found[1] } : {} }] };
}
