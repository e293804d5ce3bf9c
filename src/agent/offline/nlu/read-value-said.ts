// "Hollow Oak Furniture is worth about £40k a year", "give Oduya Freight Ltd an annual value of £60,000": an amount
// said to be what a client is worth is the client's value, whatever the classifier leaned to (a new client, a quote).
// Not an invoice's, a quote's or a payment's amount, and not a client being added.
import type { Clause } from './command-reader';

const VALUE = /\b(?:worth|(?:annual|yearly|deal|contract|account|lifetime|estimated|expected)\s+value|value\s+of|valued\s+at)\b/i;
const OTHER_MONEY = /\b(?:invoic\w*|bill(?:ed|ing)?|quot\w*|estimate|proposal|paid|pays?|payment|owes?|received|came in)\b/i;
const ADDS = /\b(?:add|adding|new|create|set ?up|register|onboard|sign(?:ed)? up|net-new|won)\b/i;

export function withValueSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || top.label === 'updateClient' || !VALUE.test(clause.text) || OTHER_MONEY.test(clause.text) || ADDS.test(clause.text)) return clause;
  if (!clause.spans.some((s) => s.slot === 'client') || !clause.spans.some((s) => s.slot === 'amount')) return clause;
  const p = Math.max(0.9, top.p);
  return { ...clause, ranking: [{ label: 'updateClient', p }, ...clause.ranking.filter((r) => r.label !== 'updateClient')] };
}
