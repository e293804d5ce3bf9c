// "the client Pâtisserie Lemoine want receive the invoices in swiss francs", "Harbourline Ferries Ltd churned last
// month": a client the workspace has and one setting of a client (its currency, terms, reminder tone or status), with
// nothing else said, is that setting changed, where the classifier's reading is unsure or ruled out by its words.
// ("the currency must be JPY, not USD": of one setting said twice, the first is the one asked for.)
import type { Clause, Reading } from './command-reader';
import { isKnownName } from './match-known';
import { unsaid } from './rule-out-intents';
import { INTENTS } from './schema';

const SETTINGS = new Set(['currency', 'paymentTerms', 'reminderTone', 'status']);
const NAMES = new Set(['client', 'person']);
// A question asks about the setting (explainSettings), a list filters by it.
const ASKS = /\?\s*$|^\W*(?:why|what|which|how|who|where|when|is|are|does|do|did|has|have)\b/i;
const SURE = 0.6;

export function withSettingSaid(reading: Reading, clause: Clause, known: { clients?: string[] } | undefined): Clause {
  const top = clause.ranking[0];
  if (!top || !known?.clients?.length || top.label === 'updateClient' || ASKS.test(clause.text)) return clause;
  // (A list or a record is read only when its words say so: "For X, the currency must be JPY" lists nothing.)
  if (!INTENTS[top.label]?.writes && top.label !== 'none' && !unsaid(top.label, clause)) return clause;
  if (top.p >= SURE && !unsaid(top.label, clause)) return clause;
  const clients = clause.spans.filter((s) => s.slot === 'client');
  const values = clause.spans.filter((s) => !NAMES.has(s.slot));
  if (clients.length !== 1 || clause.spans.some((s) => s.slot === 'person') || !values.length || !SETTINGS.has(values[0].slot) || values.some((v) => v.slot !== values[0].slot)) return clause;
  // (A name the tagger left unmarked, "dormant: Lantern Books, Old Pier Cafe", may be a second client: not read as one.)
  if (unmarkedName(reading, clause)) return clause;
  if (!isKnownName(clients[0].text, known.clients)) return clause;
  return { ...clause, ranking: [{ label: 'updateClient', p: 0.8 }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}

/** A capitalised word no span holds, other than one that starts the clause or a sentence ("Please", "I"). */
function unmarkedName(reading: Reading, clause: Clause): boolean {
  for (let k = clause.from + 1; k <= clause.to; k++) {
    if (clause.spans.some((s) => s.from <= k && s.to >= k) || /^[.!?:;]$/.test(reading.tokens[k - 1].text)) continue;
    if (/^\p{Lu}/u.test(reading.tokens[k].text) && reading.tokens[k].text !== 'I') return true;
  }
  return false;
}
