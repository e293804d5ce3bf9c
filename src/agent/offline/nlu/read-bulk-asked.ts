// "Archive all inactive clients", "archive the leads in Germany", "archive clients with no email": archiveClients
// with the filters the same words would list ("list inactive clients"), confirmed first. Any other change to many
// clients at once ("delete all leads") has no tool: the answer says so, changes nothing and says how to list them,
// where the reader had asked about a client named "delete all" or listed clients as if that was asked.
import type { Decision } from '../types';
import { REQUEST_LEAD } from './request-words';

const VERBS: Record<string, string> = { archive: 'archived', unarchive: 'unarchived', restore: 'restored', delete: 'deleted', remove: 'removed' };
const NOUN = String.raw`(?:clients|customers|accounts|companies|leads|prospects)`;
const BULK = new RegExp(String.raw`${REQUEST_LEAD}(archive|unarchive|restore|delete|remove)\s+` +
  String.raw`(?:(?:all|every|each)(?:\s+(?:of\s+)?(?:the|our|my))?\s+((?:[\p{L}-]+\s+)?(?:${NOUN}|client|customer|account|lead|company)\b.*)` +
  String.raw`|(?:the\s+)?((?:[\p{L}-]+\s+)?${NOUN}\s+(?:with|without|missing|lacking|in|from|that|who|which|we|not|owned|created|added)\b.*))$`, 'iu');

const LIST_ONLY = new Set(['limit', 'offset', 'sort', 'archived']);
// Which clients, in words a filter reads whole: a status, and a detail lacked, a place, an owner or a group. Anything
// else ("the leads we never heard back from") would be dropped by the reading, and more clients archived than meant.
const FILTERED = new RegExp(String.raw`^(?:(?:lead|active|inactive|past)\s+)?${NOUN}(?:\s+(?:(?:with\s+no|without|missing|lacking|that\s+(?:have\s+no|don'?t\s+have))\s+[\p{L} ]+`
  + String.raw`|(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L} .-]*|owned\s+by\s+[\p{L} .-]+))?$`, 'u');

// "old leads from before 2025": clients by when they were added, where "old" says no more than the date does.
const DATED = new RegExp(String.raw`^(?:old(?:er)?\s+)?((?:(?:lead|active|inactive|past)\s+)?${NOUN})\s+(?:(?:that|which|who)\s+were\s+)?(?:created|added|signed\s+up|from)\s+((?:before|prior\s+to|after|since|in)\s+[\p{L}\d ,]+)$`, 'u');

/** `readList`: how the reader reads "list <those clients>" (the filters of the same words). */
export function readBulkAsked(text: string, clients: readonly string[], readList: (text: string) => Decision): Decision | undefined {
  const m = BULK.exec(text.trim());
  if (!m) return undefined;
  const lower = text.toLowerCase();
  if (clients.some((c) => c.length > 2 && lower.includes(c.toLowerCase()))) return undefined;
  const verb = m[1].toLowerCase();
  const which = (m[2] ?? m[3]).replace(/[\s.!?]+$/, '').replace(/^(client|customer|account|lead|company)\b/i, '$1s');
  const dated = DATED.exec(which);
  if (verb === 'archive' && (FILTERED.test(which) || dated)) {
    const list = readList(dated ? `list ${dated[1]} created ${dated[2].replace(/^prior\s+to\b/, 'before')}` : `list ${which}`);
    const call = list.kind === 'calls' && list.calls.length === 1 && list.calls[0].tool === 'findClients' ? list.calls[0] : undefined;
    const filters = Object.fromEntries(Object.entries(call?.args ?? {}).filter(([k, v]) => v !== undefined && !LIST_ONLY.has(k)));
    // (A date said must be read as one: else more clients would be archived than meant.)
    const read = !dated || filters.createdFrom !== undefined || filters.createdTo !== undefined;
    if (Object.keys(filters).length && read) return { kind: 'calls', calls: [{ tool: 'archiveClients', args: filters }] };
  }
  if (verb === 'archive') {
    return { kind: 'reply', text: `I could not tell which clients you mean by "${which}", so nothing was archived. Say "list ${which}" to see them, or name a status, a country, a group or a detail they lack ("archive all inactive clients").` };
  }
  const archive = (verb === 'delete' || verb === 'remove') && !/^archived\b/i.test(which) ? ` To hide them all at once instead, "archive all ${which}" archives them (and can be undone).` : '';
  return {
    kind: 'reply',
    text: `I ${verb} one client at a time, so nothing was ${VERBS[verb]}. Say "list ${which}" to see which clients that is, then "${verb} <client>" for each.${archive}`,
  };
}
