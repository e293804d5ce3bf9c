// Search filters in a sentence about clients: status, archived, country, industry, owner, created range, sort, limit, query.
import { findCountry, findDemonym } from './find-country';
import { parseRange } from './parse-dates';
import { INDUSTRY_WORDS, SORTS } from './lexicon';
import { ownerRef } from './parse-attributes';

export type Filters = Record<string, unknown>;

const INDUSTRY_BARE = new RegExp(`\\b(${INDUSTRY_WORDS})\\s+(?:clients|customers|companies|accounts|leads|businesses|industry|sector)\\b`, 'i');
const INDUSTRY_IN = new RegExp(`\\b(?:in|from)\\s+(?:the\\s+)?(${INDUSTRY_WORDS})(?:\\s+(?:industry|sector|space))?\\b`, 'i');

export function parseFilters(text: string, today: Date): Filters {
  const f: Filters = {};
  // "recently active", "most active": an order by activity, not the status Active.
  const t = text.toLowerCase().replace(/\b(?:(?:most|least)\s+)?(?:recently|lately)\s+active\b|\b(?:most|least)\s+active\b/g, ' ');
  if (/\b(?:including|incl\.?|with|plus|and)\s+(?:the\s+)?archived\b|\b(?:all|every)\b.*\b(?:archived and (?:active|unarchived)|active and archived)\b|\beven archived\b|\barchived or not\b|\barchived(?: ones| clients)?,? (?:too|as well|also)\b|\balso (?:the )?archived\b/.test(t)) f.archived = 'all';
  else if (/\barchived\b|\bin the archive\b/.test(t)) f.archived = 'archived';
  const status = /\b(inactive|dormant|lapsed)\b/.exec(t) ? 'inactive'
    : /\b(?:active|current)\s+(?:[\p{L}-]+\s+){0,2}?(?:clients|customers|accounts|ones)\b|\bclients? (?:that|which|who) (?:are|is) active\b|\b(?:are|is)\s+active\b|^active\b|\ball active\b/u.test(t) ? 'active'
    : /\b(?:(?:past|former)\s+|ex-)(?:[\p{L}-]+\s+){0,2}?(?:clients|customers|ones)\b|\b(?:are|is)\s+past\b/u.test(t) ? 'past'
    : /\b(?:leads|prospects|lead)\b/.test(t) && !/\b(?:technical|tech|project) lead\b/.test(t) ? 'lead' : undefined;
  if (status) f.status = status;
  const country = findCountry(text.replace(/\b(?:clients|customers|leads|accounts)\b/gi, ' '));
  const demonym = country ? undefined : findDemonym(text);
  if (country) f.country = country.code;
  else if (demonym && !/\bin\s+(?:english|french|german|spanish)\b/i.test(text)) f.country = demonym.code;
  const ind = /\b(?:in|from)\s+the\s+([\p{L}][\p{L}\s&-]*?)\s+(?:industry|sector|space|vertical)\b/iu.exec(text)
    ?? /\b(?:industry|sector)\s*(?::|is|=)?\s*([\p{L}][\p{L}\s&-]*?)(?=\s*(?:[,;]|$|\bin\b|\bsorted\b|\bby\b))/iu.exec(text)
    ?? INDUSTRY_BARE.exec(text) ?? (country ? null : INDUSTRY_IN.exec(text));
  if (ind) f.industry = ind[1].trim();
  const owner = /(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*)(?:'s|’s)\s+(?:clients|customers|accounts|leads|book)\b/u.exec(text)
    ?? /\b(?:owned by|assigned to|managed by|handled by|belonging to|owner(?: is)?:?|of)\s+(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*)/u.exec(text)
    ?? /\b(?:clients|customers|accounts)\s+(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*)\s+(?:owns|manages|handles)\b/u.exec(text)
    ?? /\b(?:does|do|that|which|who)\s+(@[A-Z0-9]+|[\p{Lu}][\p{L}'’-]*)\s+(?:own|owns|manage|manages|handle|handles|look after|looks after)\b/u.exec(text);
  if (owner && !/^(?:my|our|all|the)$/i.test(owner[1])) f.owner = ownerRef(owner[1]);
  const dateText = text.replace(/\bsorted\b.*$|\b(?:by|order(?:ed)? by)\s+(?:revenue|name|last activity|activity)\b.*$/i, '');
  if (/\b(?:added|created|new|signed|onboarded|joined|came in|registered|won|since|after|before|between|this|last|past|in \d{4}|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i.test(dateText)) {
    const range = parseRange(dateText, today);
    if (range?.from) f.createdFrom = range.from;
    if (range?.to) f.createdTo = range.to;
  }
  const top = /\b(?:top|first|best|biggest|largest|latest|newest|last)\s+(\d+)\b|\b(\d+)\s+(?:biggest|largest|top|most|newest|latest|best)\b|\blimit(?:ed)?\s+(?:to\s+)?(\d+)\b/i.exec(text);
  if (top) f.limit = Number(top[1] ?? top[2] ?? top[3]);
  // "by" after owned/managed/added names a person, not a sort key.
  const sortText = /\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?)\s+(?:them\s+)?(?:by\s+)?(.+)$|(?<!\b(?:owned|managed|handled|assigned|added|created|run|brought in|signed)\s)\bby\s+(.+)$/i.exec(text);
  let sort: string | undefined;
  if (sortText) for (const [re, key] of SORTS) if (re.test(sortText[1] ?? sortText[2])) { sort = key; break; }
  if (!sort && /\b(?:top|biggest|largest|highest[- ]paying|most valuable|best)\b/i.test(text)) sort = 'revenue';
  if (!sort && /\b(?:recently active|most active|latest activity)\b/i.test(text)) sort = 'lastActivity';
  if (!sort && /\b(?:newest|most recent(?:ly added)?|latest|recently added)\b/i.test(text) && !f.createdFrom) sort = 'created';
  if (!sort && /\balphabetical(?:ly)?\b|\ba-z\b/i.test(text)) sort = 'name';
  if (sort) f.sort = sort;
  return f;
}
