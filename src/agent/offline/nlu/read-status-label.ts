// "churned: Cobalt Ridge Mining Pty Ltd", "dormant: Lantern Books, Old Pier Cafe", "inactive -> active: Juniper
// Fitness Ltd": a status written as a label before the clients it is for. Only clients the workspace has: a label
// before unknown words is left to the reader.
import type { Decision } from '../types';
import { findStatus } from '../values/lexicon';
import { closestKnown } from './match-known';

const LABELLED = /^(?:<@\w+>\s*)?(?:[\p{L}-]+\s*(?:->|→|-&gt;|=>|&gt;)\s*)?([\p{L}-]+(?:\s[\p{L}-]+)?)\s*:\s*(.+?)[.!]?\s*$/u;
const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

// "lagos textile hub → inactive, no reply in months": a client, an arrow and its new status, with a reason or not.
const ARROWED = /^(?:<@\w+>\s*)?(.+?)\s*(?:->|→|-&gt;|=>|=&gt;)\s*([\p{L}-]+)\s*((?:(?:pls|please|now)\b)?\s*(?:[,;(—–-].*)?)[.!]?\s*$/u;

export function readStatusLabel(text: string, clients: string[] | undefined): Decision | undefined {
  const arrow = ARROWED.exec(text.trim());
  const to = arrow ? findStatus(arrow[2]) : undefined;
  // (Only a reason may follow: "-> active, net 15, owner Marta" sets more, which the reader reads.)
  const tail = arrow?.[3] ?? '';
  const more = /\d|@|\b(?:owner|net|terms|currency|email|phone|website|site|group|industry|tax|vat|city|country|address|contact)\b/i.test(tail) || /\b[A-Z]{3}\b/.test(tail);
  const which = arrow && to && !more && clients?.find((c) => key(c) === key(arrow[1].replace(/&amp;/g, '&')));
  if (which && to) return { kind: 'calls', calls: [{ tool: 'updateClient', args: { client: which, status: to } }] };
  const m = LABELLED.exec(text.trim());
  const status = m ? findStatus(m[1]) : undefined;
  if (!m || !status || !clients?.length || key(m[1]).split(' ').length > 2) return undefined;
  const names = m[2].replace(/&amp;/g, '&').split(/\s*(?:,|;|\band\b|\+)\s*/).map((n) => n.trim()).filter(Boolean);
  const found = names.map((n) => clients.find((c) => key(c) === key(n)) ?? closestKnown(n, clients));
  if (!found.length || found.some((f) => !f)) return undefined;
  return { kind: 'calls', calls: found.map((client) => ({ tool: 'updateClient', args: { client: client as string, status } })) };
}
