// Searches: "top 10 clients by revenue", "leads in the Netherlands created since September", "find bakery",
// "show Maria's clients", "who did we add last month?", "which clients are inactive?".
import { call, type Matcher } from './clause';
import { cleanRef } from './clean-names';
import { ACTION_VERBS } from './lexicon';
import { parseFilters } from './parse-filters';

const PLURAL = /\b(?:clients|customers|leads|accounts|prospects|companies|ones)\b|\b(?:every|each|any)\s+(?:client|customer|account)\b/i;

export const matchFind: Matcher = (c) => {
  const t = c.text;
  const search = /^(?:find|search(?:\s+for)?|look\s+for|lookup|any)\s+(.+)$/i.exec(t);
  const listing = /^(?:show|list|display|get|give me|pull up|see|view|fetch|what are|which are)\b/i.test(t) && PLURAL.test(t);
  const asking = /^(?:which|what|who|how many|are there|do we have|do i have)\b/i.test(t) && (PLURAL.test(t) || /^who(?:'s|\s+has|\s+have|\s+is|\s+are)\s+(?:been\s+)?(?:the\s+)?(?:most|least)\s+(?:active|recent|valuable)\b/i.test(t) || /^who\s+(?:did|have|has)\s+(?:we|i)\s+(?:add|sign|onboard|win|create)/i.test(t));
  const bare = /^(?:(?:all|every|my|our|the|top|first|\d+|new|recent|latest)\s+)*(?:(?:active|inactive|past|former|archived|dormant|german|french|\w+)\s+)?(?:clients|customers|leads|prospects|accounts)\b/i.test(t)
    || /^(?:top|first)\s+\d+\b/i.test(t) || /^(?:leads|prospects)\b/i.test(t)
    || (/^(?:biggest|largest|best|newest|latest|oldest|most recent|highest[- ]paying)\b/i.test(t) && PLURAL.test(t));
  // "sort my clients by name", "rank our customers by revenue", "order them by newest": a list in that order.
  const sorting = /^(?:sort|order|rank|arrange|organi[sz]e|re-?order|re-?sort)\b/i.test(t) && (PLURAL.test(t) || /^\S+\s+(?:them|the list|this list|the results|those|these|everyone|all|(?:the\s+|my\s+|our\s+)?(?:client|customer|account)\s+list)?\s*(?:by|alphabetically|from)\b/i.test(t));
  // "most recently active clients", "5 newest accounts": a noun phrase of lower-case modifiers and a plural head.
  const phrase = /^(?:(?:[a-z][a-z-]*|\d+)\s+){1,4}(?:clients|customers|accounts|leads|prospects)\b/.test(t)
    && !new RegExp(`^(?:${ACTION_VERBS.join('|')})\\b`, 'i').test(t);
  if (!search && !listing && !asking && !bare && !sorting && !phrase) return null;
  const named = /\b(?:named|called|matching|containing|like)\s+["“']?(.+?)["”']?$/i.exec(t) ?? /\bwith\s+["“'](.+?)["”']\s+in\s+(?:the|their)\s+name\b/i.exec(t);
  const filters = parseFilters(t, c.today);
  if (named) filters.query = cleanRef(named[1]);
  else if (search && !PLURAL.test(search[1]) && Object.keys(filters).filter((k) => k !== 'limit').length === 0) {
    filters.query = cleanRef(search[1].replace(/^(?:clients?|customers?)\s+(?:named|called)?\s*/i, ''));
  }
  return call('findClients', filters);
};
