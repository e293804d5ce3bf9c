// "Archive all inactive clients", "delete every lead in Germany", "archive clients with no email": a change to
// many clients at once, which no tool makes. The answer says so, changes nothing, and says how to see which clients
// that is, where the reader had asked about a client named "delete all" or listed clients as if that was asked.
import type { Decision } from '../types';
import { REQUEST_LEAD } from './request-words';

const VERBS: Record<string, string> = { archive: 'archived', unarchive: 'unarchived', restore: 'restored', delete: 'deleted', remove: 'removed' };
const NOUN = String.raw`(?:clients|customers|accounts|companies|leads|prospects)`;
const BULK = new RegExp(String.raw`${REQUEST_LEAD}(archive|unarchive|restore|delete|remove)\s+` +
  String.raw`(?:(?:all|every|each)(?:\s+(?:of\s+)?(?:the|our|my))?\s+((?:[\p{L}-]+\s+)?(?:${NOUN}|client|customer|account|lead|company)\b.*)` +
  String.raw`|(?:the\s+)?((?:[\p{L}-]+\s+)?${NOUN}\s+(?:with|without|missing|lacking|in|from|that|who|which|we|not|owned|created|added)\b.*))$`, 'iu');

export function readBulkAsked(text: string, clients: readonly string[] = []): Decision | undefined {
  const m = BULK.exec(text.trim());
  if (!m) return undefined;
  const lower = text.toLowerCase();
  if (clients.some((c) => c.length > 2 && lower.includes(c.toLowerCase()))) return undefined;
  const verb = m[1].toLowerCase();
  const which = (m[2] ?? m[3]).replace(/[\s.!?]+$/, '').replace(/^(client|customer|account|lead|company)\b/i, '$1s');
  return {
    kind: 'reply',
    text: `I change one client at a time, so nothing was ${VERBS[verb]}. Say "list ${which}" to see which clients that is, then "${verb} <client>" for each.`,
  };
}
