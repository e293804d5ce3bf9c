// Entry point of the offline model's understanding: one user message in, tool calls or a short answer out.
import type { Decision, Memory, ParseOptions, PlannedCall } from '../types';
import { cleanText } from './clean-text';
import { isPronoun, PERSON_PRONOUN_RE } from './clean-names';
import { decodeSlack } from './decode-slack';
import { normalizePhrasal } from './phrasal-verbs';
import { createFrom } from './match-clients';
import { matchClause } from './match-clause';
import { HELP_TEXT, isHelp, slashBody } from './slash-rules';
import { splitClauses, splitSentences } from './split-clauses';
import { conversationalReply } from './answer-chat';

const reply = (text: string): Decision => ({ kind: 'reply', text });
const NEEDS_CLIENT = new Set(['updateClient', 'showClient', 'addNote', 'archiveClient', 'unarchiveClient', 'deleteClient', 'addContact',
  'updateContact', 'removeContact', 'invitePortal', 'setPortalAccess', 'regeneratePortalLink', 'draftOutreach', 'enrichClient', 'applyEnrichment', 'createProject', 'createInvoice']);
// In a slash command a capitalised first word that is not one of these is read as the start of a name ("Open Door Studio").
const SLASH_VERBS = /^(?:add|find|search|show|list|archive|unarchive|delete|remove|export|note|invoice|bill|new|set|mark|enable|disable|invite|enrich|draft|create|update|change|restore|record|assign|make|send|regenerate|turn|download)\b/i;

const clientOf = (c: PlannedCall) => (typeof c.args.client === 'string' ? c.args.client : c.tool === 'createClient' ? (c.args.name as string) : undefined);

// "Pied Piper churned, mark them as past": a leading clause that is no command still names who "them" is.
const SUBJECT = /^((?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?:\s+(?:&|and|of|de|del|y|[\p{Lu}\d][\p{L}\d&'’.-]*))*)\s+[a-z]+\b/u;

const MENTION = /^(?:[A-Za-z][a-z'’]*\s+){0,6}?(?:with|about|for|on|from|at|to|by|of|won|lost|signed|closed|met|called|heard from|dropped|finished)\s+((?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?:\s+(?:&|and|of|de|[\p{Lu}\d][\p{L}\d&'’.-]*))*)(?:\s+(?:today|yesterday|this morning|this week|again|finally|now|at last))?[.!?]*$/u;
const NOT_NAME = /^(?:we|we're|we've|i|i'm|i've|they|they're|you|so|ok|okay|just|finally|spoke|talked|heard|met|called)\b/i;

function parseText(text: string, today: Date, slash: boolean, memory: Memory, topic: { client?: string } = {}): PlannedCall[] {
  const out: PlannedCall[] = [];
  let previousClient = memory.client;
  let previousCreated = false;
  const groups: Array<{ text: string; calls: PlannedCall[] | null }> = [];
  const parts = splitSentences(text).flatMap((s, i) => splitClauses(s).map((p, j) => ({ text: normalizePhrasal(cleanText(p.text)), sep: j === 0 ? (i > 0 ? ', ' : '') : p.sep })));
  for (const part of parts) {
    if (!part.text) continue;
    const ctx = { today, slash, previousClient, previousCreated };
    const calls = matchClause({ ...ctx, text: part.text });
    if (!calls && !groups.length) {
      const subject = SUBJECT.exec(part.text);
      // "we're done with Oakmont Vet, archive them": a remark that names the client after a small word.
      const mention = MENTION.exec(part.text);
      if (mention) previousClient = topic.client = mention[1].replace(/[.!?]+$/, '');
      else if (subject && !isPronoun(subject[1]) && !NOT_NAME.test(subject[1])) previousClient = topic.client = subject[1];
    }
    if (calls || !groups.length) groups.push({ text: part.text, calls });
    else {
      // Not an action on its own: it continues the previous clause ("Contact person: ...", "deliver before 10am").
      const last = groups[groups.length - 1];
      last.text = `${last.text}${part.sep || ' '}${part.text}`;
      last.calls = matchClause({ ...ctx, previousClient: groups.length > 1 ? previousClient : memory.client, text: last.text });
    }
    const latest = groups[groups.length - 1].calls;
    if (latest?.length) {
      const named = clientOf(latest[latest.length - 1]);
      if (named && !isPronoun(named)) previousClient = named;
      previousCreated = latest[latest.length - 1].tool === 'createClient';
    }
  }
  for (const g of groups) if (g.calls) out.push(...g.calls);
  return out;
}

/** Replaces "it"/"them"/"her" by what the message or the conversation refers to; a question when it cannot. */
function resolve(calls: PlannedCall[], memory: Memory): PlannedCall[] | string {
  let current: string | undefined;
  let person = memory.contact;
  const out: PlannedCall[] = [];
  for (const call of calls) {
    if (call.tool === 'sendOutreach') {
      const sent = draftToSend(call, memory, out);
      if (typeof sent === 'string') return sent;
      if (sent) out.push(sent);
      continue;
    }
    const args = { ...call.args };
    if (typeof args.contact === 'string' && PERSON_PRONOUN_RE.test(args.contact)) {
      if (!person) return 'Which contact do you mean? Give me their name or email.';
      args.contact = person.contact;
      if (args.client === undefined || isPronoun(args.client as string)) args.client = person.client;
    }
    const needs = NEEDS_CLIENT.has(call.tool) || (call.tool === 'recordPayment' && args.invoice === undefined);
    if (needs && (args.client === undefined || isPronoun(args.client as string))) {
      const ref = current ?? memory.client;
      if (!ref) return call.tool === 'updateClient' ? 'Which client should I change, and to what?' : 'Which client do you mean? Tell me its name.';
      args.client = ref;
    }
    const named = clientOf({ tool: call.tool, args });
    if (named) current = named;
    const who = (args.contact ?? (call.tool === 'addContact' ? args.name ?? args.email : undefined)) as string | undefined;
    if (named && who) person = { client: named, contact: who };
    out.push({ tool: call.tool, args });
  }
  return out;
}

const sameClient = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/** sendOutreach by the id of the draft this conversation wrote; a question when there is none (or another client's). */
function draftToSend(call: PlannedCall, memory: Memory, before: PlannedCall[]): PlannedCall | string | null {
  const named = typeof call.args.client === 'string' && !isPronoun(call.args.client) ? call.args.client : undefined;
  // "draft an email to X and send it": the draft has no id yet; it is written now and sent after a look.
  if (before.some((c) => c.tool === 'draftOutreach')) return null;
  const draft = memory.draft;
  if (!draft) {
    return named ? `There is no draft for ${named} in this conversation yet. Say "draft outreach to ${named}" first, then "send it".`
      : 'Which draft? Write one first ("draft outreach to <client>"), then say "send it".';
  }
  if (named && draft.client && !sameClient(named, draft.client)) {
    return `The draft in this conversation is for ${draft.client}. Say "draft outreach to ${named}" first to write one for them.`;
  }
  return { tool: 'sendOutreach', args: { draftId: draft.id } };
}

/** "add X ... their site is Y" and "X ended on ..., change status to past" are one call each. */
function merge(calls: PlannedCall[]): PlannedCall[] {
  const out: PlannedCall[] = [];
  for (const call of calls) {
    const prev = out[out.length - 1];
    if (prev && prev.tool === call.tool && JSON.stringify(prev.args) === JSON.stringify(call.args)) continue;
    const same = prev && call.tool === 'updateClient' && typeof call.args.client === 'string'
      && String(clientOf(prev) ?? '').toLowerCase() === call.args.client.toLowerCase();
    if (same && (prev.tool === 'updateClient' || prev.tool === 'createClient')) {
      const { client: _c, ...rest } = call.args;
      prev.args = { ...prev.args, ...(prev.tool === 'createClient' ? rest : call.args) };
      continue;
    }
    out.push(call);
  }
  return out;
}

export function parseCommand(text: string, opts: ParseOptions): Decision {
  const memory = opts.memory ?? {};
  const body = slashBody(text);
  const slash = body !== undefined;
  const cleaned = cleanText(decodeSlack(body ?? text));
  if (!cleaned) return reply(slash ? HELP_TEXT : 'Happy to help. What would you like to do with your clients?');
  if (isHelp(cleaned)) return reply(HELP_TEXT);
  const chat = conversationalReply(cleaned);
  if (chat) return reply(chat);
  let calls: PlannedCall[] = [];
  const firstWord = /^\S+/.exec(cleaned)?.[0] ?? '';
  const bareSlashName = slash && /^\p{Lu}/u.test(firstWord) && !SLASH_VERBS.test(firstWord);
  const topic: { client?: string } = {};
  if (!bareSlashName || /\b(?:started|ended|paid|moved|is now|is active|is inactive|is an?\s+(?:new\s+)?(?:lead|prospect|client|customer))\b/i.test(cleaned)) calls = parseText(cleaned, opts.today, slash, memory, topic);
  if (!calls.length && slash && !/\?$/.test(cleaned) && !/^(?:archive|unarchive|show|delete|remove|enrich|invite|note|update|edit|change|mark|set|add|new|create|invoice|bill)$/i.test(cleaned)) calls = createFrom(cleaned) ?? [];
  if (!calls.length && slash && /^(?:list|find|search)$/i.test(cleaned)) calls = [{ tool: 'findClients', args: {} }];
  if (!calls.length) {
    if (/^(?:update|change|edit|modify|set|fix|correct|rename)\b/i.test(cleaned)) return reply('Which client should I change, and what is the new value?');
    if (/^(?:add|create|new|register|onboard)\b/i.test(cleaned)) return reply('What is the name of the client (or contact) to add?');
    if (/\bcontact\b/i.test(cleaned) && /^(?:remove|delete|drop|show|invite)\b/i.test(cleaned)) return reply('Which contact, and at which client?');
    if (/^(?:archive|unarchive|restore|delete|remove|show|open|enrich|invite|note|bill|invoice|draft|mark)\b/i.test(cleaned)) return reply('Which client do you mean? Tell me its name.');
    return reply('I can help with clients, contacts, portal access, outreach, invoices and exports, but I did not catch what to do. Try "add Acme Corp" or "show Acme Corp".');
  }
  const resolved = resolve(calls, topic.client ? { ...memory, client: topic.client } : memory);
  if (typeof resolved === 'string') return reply(resolved);
  return { kind: 'calls', calls: merge(resolved) };
}
