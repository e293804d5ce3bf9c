// "/client owner:Sam", "status:lead country:NO", "find industry:saas archived:all": search terms written the way
// CRM search boxes and Slack's own search take them (key:value), read as the client search (or export) they say.
// Only when every word is such a term (after a list or export verb), and each key and value is one the search takes.
import type { Decision } from '../types';
import { countryCode } from '../values/find-country';
import { findStatus } from '../values/lexicon';

const LEAD = /^\W*(?:<@\w+>\s*)?(?:\/client\s+)?(?:(find|search|list|show|export|csv)\s+)?/i;
const TERM = /^([a-z]+):\s*("[^"]+"|\S+)$/i;
const SORTS: Record<string, string> = { name: 'name', revenue: 'revenue', activity: 'lastActivity', lastactivity: 'lastActivity', recent: 'lastActivity', created: 'created', newest: 'created' };

const ARCHIVED: Record<string, string> = { yes: 'archived', true: 'archived', only: 'archived', archived: 'archived', all: 'all', any: 'all', no: 'active', false: 'active', active: 'active' };
// Each key: the search's argument it sets and its value, or undefined for a value the search does not take.
const KEYS: Record<string, (value: string) => [string, string | undefined]> = {
  owner: (v) => ['owner', v.replace(/^@/, '')],
  status: (v) => ['status', findStatus(v)],
  country: (v) => ['country', /^[a-z]{2}$/i.test(v) ? v.toUpperCase() : countryCode(v)],
  industry: (v) => ['industry', v],
  archived: (v) => ['archived', ARCHIVED[v.toLowerCase()]],
  sort: (v) => ['sort', SORTS[v.toLowerCase()]],
  q: (v) => ['query', v],
  name: (v) => ['query', v],
};

// "show only the archived ones", "just the inactive ones": the clients of a list narrowed by one word.
const ONES = /^\W*(?:<@\w+>\s*)?(?:(?:show|list|give|see|get)\s+(?:me\s+|us\s+)?)?(?:(?:only|just)\s+)?(?:the\s+)?(archived|active|inactive|past)\s+(?:ones|only)(?:\s+please)?[\s.!?]*$/i;

export function readFilterTerms(text: string): Decision | undefined {
  const ones = ONES.exec(text)?.[1]?.toLowerCase();
  if (ones) return { kind: 'calls', calls: [{ tool: 'findClients', args: ones === 'archived' ? { archived: 'archived' } : { status: ones } }] };
  const lead = LEAD.exec(text);
  const rest = text.slice(lead?.[0].length ?? 0).trim();
  const terms = rest.match(/[a-z]+:\s*(?:"[^"]+"|\S+)/gi);
  if (!terms || terms.join(' ').replace(/\s+/g, '') !== rest.replace(/\s+/g, '')) return undefined;
  const args: Record<string, string> = {};
  for (const term of terms) {
    const m = TERM.exec(term.replace(/:\s+/, ':'));
    const [key, value] = m ? KEYS[m[1].toLowerCase()]?.(m[2].replace(/^"|"$/g, '')) ?? [] : [];
    if (!key || !value) return undefined;
    args[key] = value;
  }
  const tool = /^(?:export|csv)$/i.test(lead?.[1] ?? '') ? 'exportCsv' : 'findClients';
  return { kind: 'calls', calls: [{ tool, args }] };
}
