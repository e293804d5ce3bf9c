// "Who is the contact person in Hoffmann Maschinenbau?", "is Aroha Creative on the portal yet?", "what does Halden
// Energi owe us?": a question about something a client's record shows, naming a client the workspace has, is
// answered by showing the record. It only reads, so nothing is changed however it is taken.
import type { Clause } from './command-reader';
import { isKnownName } from './match-known';
import { unsaid } from './rule-out-intents';

const ASKED = /^\W*(?:(?:and|so|ok|okay|hmm+|um+|quick question|q)[,:]?\s+)?(?:who|what|which|where|when|whose|is|are|does|do|did|has|have|how much|how many)\b|\?\s*$/i;
// What the record shows; "why" asks for the reason behind a setting and "how" for help, which other readings answer.
const ON_RECORD = /\b(?:contacts?|person|people|email|e-mail|phone|number|address|based|located|portal|owner|owns|status|balance|owes?|owed|outstanding|invoices?|quotes?|projects?|notes?|details|website|industry|currency|terms|documents?|docs?|files?|payments?|follow[- ]?ups?)\b/i;
const NOT_RECORD = /^\W*(?:why|how(?!\s+(?:much|many)))\b|\b(?:can|could|should|would|will) (?:you|we|i)\b|\bpossible\b|\bwhat if\b/i;
const UNSURE = 0.6;

export function withRecordAsked(clause: Clause, known: { clients?: string[] } | undefined): Clause {
  const top = clause.ranking[0]?.label;
  // (Only where the reader is unsure or its reading is ruled out: "could you send Zanele a portal invite?" is a
  // request put as a question.)
  // (A search is left alone unless unsure and about no clients: "which documents does Linden & Moss have?".)
  const search = top === 'findClients' && (clause.ranking[0].p >= UNSURE || /\b(?:clients?|customers?|accounts?|companies)\b/i.test(clause.text));
  if (!known?.clients?.length || top === 'showClient' || (top === 'explainSettings' && !unsaid(top, clause)) || search || (clause.ranking[0].p >= UNSURE && !unsaid(top, clause))) return clause;
  if (!ASKED.test(clause.text) || NOT_RECORD.test(clause.text) || !ON_RECORD.test(clause.text)) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  if (clients.length !== 1 || !isKnownName(clients[0].text, known.clients)) return clause;
  return { ...clause, ranking: [{ label: 'showClient', p: 0.9 }, ...clause.ranking.filter((r) => r.label !== 'showClient')] };
}
