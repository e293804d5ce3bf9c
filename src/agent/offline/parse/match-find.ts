// Searches: "top 10 clients by revenue", "leads in the Netherlands created since September", "find bakery",
// "show Maria's clients", "who did we add last month?", "which clients are inactive?".
import { call, type Matcher } from './clause';
import { cleanRef } from './clean-names';
import { parseFilters } from './parse-filters';

const PLURAL = /\b(?:clients|customers|leads|accounts|prospects|companies|ones)\b|\b(?:every|each|any)\s+(?:client|customer|account)\b/i;

export const matchFind: Matcher = (c) => {
  const t = c.text;
  const search = /^(?:find|search(?:\s+for)?|look\s+for|lookup|any)\s+(.+)$/i.exec(t);
  const listing = /^(?:show|list|display|get|give me|pull up|see|view|fetch|what are|which are)\b/i.test(t) && PLURAL.test(t);
  const asking = /^(?:which|what|who|how many|are there|do we have|do i have)\b/i.test(t) && (PLURAL.test(t) || /^who\s+(?:did|have|has)\s+(?:we|i)\s+(?:add|sign|onboard|win|create)/i.test(t));
  const bare = /^(?:(?:all|every|my|our|the|top|first|\d+|new|recent|latest)\s+)*(?:(?:active|inactive|past|former|archived|dormant|german|french|\w+)\s+)?(?:clients|customers|leads|prospects|accounts)\b/i.test(t)
    || /^(?:top|first)\s+\d+\b/i.test(t) || /^(?:leads|prospects)\b/i.test(t)
    || (/^(?:biggest|largest|best|newest|latest|oldest|most recent|highest[- ]paying)\b/i.test(t) && PLURAL.test(t));
  if (!search && !listing && !asking && !bare) return null;
  const named = /\b(?:named|called|matching|containing|like)\s+["“']?(.+?)["”']?$/i.exec(t) ?? /\bwith\s+["“'](.+?)["”']\s+in\s+(?:the|their)\s+name\b/i.exec(t);
  const filters = parseFilters(t, c.today);
  if (named) filters.query = cleanRef(named[1]);
  else if (search && !PLURAL.test(search[1]) && Object.keys(filters).filter((k) => k !== 'limit').length === 0) {
    filters.query = cleanRef(search[1].replace(/^(?:clients?|customers?)\s+(?:named|called)?\s*/i, ''));
  }
  return call('findClients', filters);
};
