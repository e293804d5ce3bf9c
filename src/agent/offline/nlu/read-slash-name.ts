// `/client Acme Corp`: the slash command's own grammar, a bare name that adds a lead, and the words that make the
// text a command or chat instead.
import type { PlannedCall } from '../types';
import { conversationalReply } from '../values/answer-chat';
import { assembleCalls } from './assemble-calls';
import type { Clause, Reading } from './command-reader';
import type { KnownNames } from './gazetteer';
import { INTENTS, NONE } from './schema';

/**
 * The slash command's own grammar: `/client Acme Corp[, details]`, a name with no verb before it, adds a lead
 * (the help card says so). Only when the name comes first and every detail is one a new client takes.
 */
export function slashBareName(clause: Clause, body: string, opts: { today: Date; known?: KnownNames }): Array<PlannedCall & { clause: Clause }> | undefined {
  const first = clause.words[clause.from] === '/client' ? clause.from + 1 : clause.from;
  const top = clause.ranking[0].label;
  const lead = clause.spans.find((s) => s.from === first && s.slot === 'client');
  const fits = clause.spans.every((s) => INTENTS.createClient.slots[s.slot] || ['line1', 'city', 'region', 'postalCode', 'country'].includes(s.slot));
  // A client the workspace already has, or "Name -> past", is a change to it, not a new lead.
  const known = lead && opts.known?.clients?.some((n) => n.toLowerCase() === lead.text.toLowerCase());
  const listed = lead && (lead.to === clause.to || clause.words[lead.to + 1] === ',');
  if (lead && fits && !known && listed && ['updateClient', 'showClient', 'createClient', NONE].includes(top)) {
    return assembleCalls('createClient', clause.spans, opts.today, clause.words).map((c) => ({ ...c, clause }));
  }
  const words = body.trim().split(/\s+/);
  // "/client lol", "/client thanks": chat, not a lead's name.
  const chatter = conversationalReply(body.trim()) !== undefined || /^(?:lol|lmao|rofl|ha(?:ha)+|he(?:he)+|hm+|test(?:ing)?|asdf\w*|yes|no|nah|yep|yup|wtf|omg|brb|idk|k+)$/i.test(body.trim());
  const commandLike = chatter || words.some((w) => COMMAND_WORDS.has(w.toLowerCase()));
  if (!clause.spans.length && top === NONE && words.length <= 5 && !commandLike && /^[\p{L}][\p{L}\p{N} &.'’-]*$/u.test(body.trim())) {
    return [{ tool: 'createClient', args: { name: body.trim() }, clause }];
  }
  return undefined;
}

/** "/client Rua Azul Lda; invoice €8,500 ...": a bare name before other actions is what they are about, not a new lead. */
export function slashTopic(reading: Reading, read: Clause, clause: Clause): boolean {
  if (read !== reading.clauses[0] || reading.clauses.length < 2 || clause.ranking[0].label !== 'createClient' || clause.spans.length !== 1) return false;
  const named = (k: number) => clause.spans.some((s) => s.slot === 'client' && s.from <= k && s.to >= k);
  return clause.words.slice(clause.from, clause.to + 1).every((w, k) => named(clause.from + k) || !/^[\p{L}\p{N}]/u.test(w) || w === '/client');
}

// Words that make "/client <words>" a command the reader missed, never a new lead's name ("/client add", "/client wipe everything").
const COMMAND_WORDS = new Set(['add', 'new', 'create', 'creat', 'make', 'delete', 'del', 'remove', 'rm', 'wipe', 'erase', 'purge', 'drop', 'clear', 'reset',
  'show', 'find', 'search', 'list', 'get', 'export', 'import', 'archive', 'unarchive', 'restore', 'undo', 'update', 'edit', 'change', 'set', 'send',
  'invite', 'mark', 'move', 'put', 'rename', 'assign', 'give', 'bill', 'invoice', 'quote', 'pay', 'paid', 'record', 'note', 'message', 'email',
  'share', 'attach', 'upload', 'open', 'close', 'it', 'them', 'this', 'that', 'everything', 'evrything', 'all', 'clients', 'client', 'contacts', 'contact', 'please', 'pls', 'what', 'how', 'why', 'who', 'where', 'is', 'are',
  // The product's own nouns and a list's filters: "/client status" asks about something, it names no lead.
  'status', 'settings', 'portal', 'invoices', 'quotes', 'documents', 'notes', 'groups', 'group', 'workspace', 'activity', 'history', 'report',
  'stats', 'summary', 'dashboard', 'overview', 'info', 'details', 'me', 'mine', 'team', 'members', 'leads', 'active', 'inactive', 'archived',
  'recent', 'today', 'projects', 'payments', 'overdue', 'unpaid']);

// Verbs that open an action on a client ("/client Acme Corp: invoice $500 for the audit"), never a new lead's notes.
const ACTION_VERBS = /^(?:add|create|make|delete|remove|archive|unarchive|restore|update|edit|change|set|send|invite|mark|move|put|rename|assign|give|bill|invoice|quote|record|note|message|email|share|unshare|hide|show|attach|upload|open|close|enrich|export|draft|disable|enable|turn|revoke|regenerate|reset|log)$/i;

/** "/client <Name>: <action>": the action on that client, written without the slash command, or undefined. */
export function slashedAction(text: string): string | undefined {
  const m = /^\/client\s+([^:\n]{2,80}?)\s*:\s*(\S+)([\s\S]*)$/i.exec(text.trim());
  return m && ACTION_VERBS.test(m[2]) ? `${m[1]}: ${m[2]}${m[3]}` : undefined;
}
