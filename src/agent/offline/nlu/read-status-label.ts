// "churned: Cobalt Ridge Mining Pty Ltd", "dormant: Lantern Books, Old Pier Cafe", "inactive -> active: Juniper
// Fitness Ltd": a status written as a label before the clients it is for. Only clients the workspace has: a label
// before unknown words is left to the reader.
import type { Decision } from '../types';
import { findStatus } from '../values/lexicon';
import { closestKnown } from './match-known';

const LABELLED = /^(?:<@\w+>\s*)?(?:[\p{L}-]+\s*(?:->|→|-&gt;|=>|&gt;)\s*)?([\p{L}-]+(?:\s[\p{L}-]+)?)\s*:\s*(.+?)[.!]?\s*$/u;
const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function readStatusLabel(text: string, clients: string[] | undefined): Decision | undefined {
  const m = LABELLED.exec(text.trim());
  const status = m ? findStatus(m[1]) : undefined;
  if (!m || !status || !clients?.length || key(m[1]).split(' ').length > 2) return undefined;
  const names = m[2].replace(/&amp;/g, '&').split(/\s*(?:,|;|\band\b|\+)\s*/).map((n) => n.trim()).filter(Boolean);
  const found = names.map((n) => clients.find((c) => key(c) === key(n)) ?? closestKnown(n, clients));
  if (!found.length || found.some((f) => !f)) return undefined;
  return { kind: 'calls', calls: found.map((client) => ({ tool: 'updateClient', args: { client: client as string, status } })) };
}
