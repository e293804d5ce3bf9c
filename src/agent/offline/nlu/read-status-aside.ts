// "Bluefin is churned — mark them past and draft a win-back email", "X went dormant, set inactive and draft ...": a
// status set in so many words beside another action is a change of its own; the reading of the clause as one action
// had dropped it without a word.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';
import { INTENTS } from './schema';
import { slotValue } from './slot-values';

const SETS = /\b(?:mark|set|flip|move|make|put|change|switch)\b|\b(?:is|are)\b[^,;—]*\bnow\b|\bnow\b/i;

// A sales team's words for a new lead ("new MQL X", "opp Y"), which the tagger does not take for a status.
const LEAD_WORD = /\b(?:mql|sql|opp|opportunity)\b/i;

export function withStatusAside(calls: PlannedCall[], clause: Clause, intent: string, today: Date): PlannedCall[] {
  const status = clause.spans.find((s) => s.slot === 'status');
  if (intent === 'createClient' && !status && LEAD_WORD.test(clause.text)) return calls.map((c) => (c.args.status === undefined ? { ...c, args: { ...c.args, status: 'lead' } } : c));
  const client = calls[0]?.args.client;
  if (intent === 'createProject' && status && typeof client === 'string') return projectAside(calls, clause, status, client, today);
  if (!status || INTENTS[intent]?.slots.status || !INTENTS[intent]?.writes || typeof client !== 'string' || !SETS.test(clause.text)) return calls;
  // ("put the portal active": the portal's state, not the client's.)
  if (clause.words.slice(Math.max(clause.from, status.from - 3), status.from).some((w) => /^(?:portal|access|link)$/i.test(w))) return calls;
  const value = slotValue('status', status.text, { today });
  return typeof value === 'string' ? [{ tool: 'updateClient', args: { client, status: value } }, ...calls] : calls;
}

/**
 * "Halvorsen Marine renewed 🎉 status active, new project Renewal 2027": a status said before the project is spoken of
 * is the client's (a new project's own status comes with it: "new project X, status planned").
 */
function projectAside(calls: PlannedCall[], clause: Clause, status: { from: number; text: string }, client: string, today: Date): PlannedCall[] {
  const project = clause.words.findIndex((w, k) => k >= clause.from && k <= clause.to && /^projects?$/i.test(w));
  const value = slotValue('status', status.text, { today });
  if (project < 0 || status.from > project || typeof value !== 'string') return calls;
  const [first, ...rest] = calls;
  const { status: _, ...args } = first.args;
  return [{ tool: 'updateClient', args: { client, status: value } }, { ...first, args }, ...rest];
}
