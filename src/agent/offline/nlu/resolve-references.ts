// "them", "her", an omitted client in a second clause, "send it": what they point to in this message
// or earlier in the conversation; a question when nothing does.
import type { Memory, PlannedCall } from '../types';
import { isPersonPronoun, isPronoun } from './assemble-calls';
import { CONTACT_TOOLS, withContactPlace } from './place-contact';
import { saysPaidInFull } from './read-paid-in-full';
import { INTENTS } from './schema';

/** places: the workspace's contacts and the one client each is at (place-contact.ts). */
type Context = { memory: Memory; topic?: string; places?: Record<string, string> };

const PORTAL_TOOLS = new Set(['invitePortal', 'setPortalAccess']);
// "her"/"him" as whom the invitation or access is for, not "her email is sorted".
const PERSON_WORD = /\b(?:her|him)\b(?!\s+(?:email|e-mail|mail|phone|number|address|title|job|role|name|mobile|own|details|new)\b)/i;
// The words the call was read from, when the reader kept them beside it.
const clauseText = (c: PlannedCall & { clause?: { text?: string } }) => c.clause?.text ?? '';
const invoiceSpans = (c: PlannedCall & { clause?: { spans?: Array<{ slot: string }> } }) => (c.clause?.spans ?? []).filter((s) => s.slot === 'invoice').length;
const clientSpans = (c: PlannedCall & { clause?: { spans?: Array<{ slot: string; text: string }> } }) =>
  (c.clause?.spans ?? []).filter((s) => s.slot === 'client').map((s) => s.text);

const clientOf = (c: PlannedCall) => (typeof c.args.client === 'string' ? c.args.client : c.tool === 'createClient' ? (c.args.name as string | undefined) : undefined);
const sameClient = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

function needsClient(c: PlannedCall): boolean {
  const spec = Object.values(INTENTS).find((s) => s.tool === c.tool);
  return spec?.needs === 'client' || (c.tool === 'recordPayment' && c.args.invoice === undefined);
}

export function resolveReferences(calls: PlannedCall[], { memory, topic, places }: Context): PlannedCall[] | string {
  let current = topic && !isPronoun(topic) ? topic : undefined;
  let person = memory.contact;
  // The person this message itself named (memory's contact is from an earlier turn).
  let named: { client: string; contact: string } | undefined;
  const out: PlannedCall[] = [];
  for (const call of calls) {
    const { tool, args: raw } = withContactPlace(call, places);
    const args = { ...raw };
    if (tool === 'sendOutreach') {
      const sent = draftToSend(args, memory, out);
      if (typeof sent === 'string') return sent;
      if (sent) out.push(sent);
      continue;
    }
    // "add Jan to Dekker Bouw and invite him": a person's pronoun where the client goes points at that person.
    if (typeof args.client === 'string' && isPersonPronoun(args.client)) {
      if (args.contact === undefined && person && CONTACT_TOOLS.has(tool)) args.contact = person.contact;
      args.client = person?.client ?? current ?? memory.client;
      if (args.client === undefined) return 'Which client do you mean? Tell me its name.';
    }
    if (typeof args.contact === 'string' && isPersonPronoun(args.contact)) {
      if (!person) return 'Which contact do you mean? Give me their name or email.';
      args.contact = person.contact;
      if (args.client === undefined || isPronoun(String(args.client))) args.client = person.client;
    }
    // "invite her to the portal": a person's pronoun the tagger left unnamed is that person, never every contact.
    if (PORTAL_TOOLS.has(tool) && args.contact === undefined && PERSON_WORD.test(clauseText(call))) {
      if (!person) return 'Which contact do you mean? Give me their name or email.';
      args.contact = person.contact;
      if (args.client === undefined || isPronoun(String(args.client))) args.client = person.client;
    }
    // "Nadia is their new CFO, ... invite to portal": an invitation with no one named is for the person just named.
    if (tool === 'invitePortal' && args.client === undefined && args.contact === undefined && named) args.contact = named.contact;
    // "new project "Cider press", then invoice €1,800 for it": what "it" is, after a project was made, is that project.
    const made = tool === 'createInvoice' && args.project === undefined && /^(?:it|that|this)$/i.test(String(args.client ?? '').trim())
      ? [...out].reverse().find((c) => c.tool === 'createProject') : undefined;
    if (made) Object.assign(args, { project: made.args.name, client: made.args.client });
    if (needsClient({ tool, args }) && (args.client === undefined || isPronoun(String(args.client)))) {
      const ref = current ?? memory.client;
      if (!ref) return tool === 'updateClient' ? 'Which client should I change, and to what?' : 'Which client do you mean? Tell me its name.';
      args.client = ref;
    }
    // "create group Benelux and move De Vries into it": the group this message just named.
    if (tool === 'updateClient' && typeof args.group === 'string' && /^(?:it|that|this|them|that one|the group|that group|this group|the new group)$/i.test(args.group.trim())) {
      const named = [...out].reverse().find((c) => c.tool === 'createGroup' || c.tool === 'updateGroup');
      if (!named) return 'Which group should they go into? Tell me its name.';
      args.group = String(named.tool === 'createGroup' ? named.args.name : named.args.name ?? named.args.group);
    }
    // "set up project X and invoice them against it": the project this message created.
    if (tool === 'createInvoice' && typeof args.project === 'string' && /^(?:it|that|this|that one)$/i.test(args.project.trim())) {
      const created = [...out].reverse().find((c) => c.tool === 'createProject');
      if (!created) return 'Which project is the invoice for? Tell me its name.';
      args.project = created.args.name;
    }
    // "create a project Spring range for X and quote them £3,200 for it": the quote is for the project just made.
    const quoted = tool === 'createQuote' && args.title === undefined && /\bfor\s+(?:it|that|this)\b/i.test(clauseText(call))
      ? [...out].reverse().find((c) => c.tool === 'createProject') : undefined;
    if (quoted) args.title = quoted.args.name;
    const spec = Object.values(INTENTS).find((s) => s.tool === tool);
    // "send the quote to oakridge", "resend the Alpenblick invoice": the one client named stands for its quote or invoice.
    if ((tool === 'sendQuote' || tool === 'sendInvoice') && args[spec?.needs ?? ''] === undefined) {
      const clients = clientSpans(call);
      if (clients.length === 1) args[tool === 'sendQuote' ? 'quote' : 'invoice'] = clients[0];
    }
    if (spec?.needs && spec.needs !== 'client' && args[spec.needs] === undefined) return questionFor(tool);
    // "X paid INV-0801 in full, and INV-0802 half (450)": two invoices in one payment clause read as one payment cannot
    // share its one amount; each is asked for rather than the amount put on the first. ("INV-0501 + INV-0502 both
    // paid, 1,100 each" made a payment for each.)
    const clauseOf = (c: PlannedCall) => (c as PlannedCall & { clause?: unknown }).clause;
    if (tool === 'recordPayment' && invoiceSpans(call) > 1 && calls.filter((c) => c.tool === 'recordPayment' && clauseOf(c) === clauseOf(call)).length < invoiceSpans(call)) {
      return 'Which invoice was paid how much? Tell me one payment at a time, e.g. "INV-0801 paid in full" or "450 paid on INV-0802".';
    }
    // "Halden Roofing paid INV-0620, and ...": an invoice said paid with no amount, in a message that goes on, is paid in full.
    const inFull = tool === 'recordPayment' && args.amount === undefined && args.invoice !== undefined && saysPaidInFull(clauseText(call));
    const gap = inFull ? undefined : missingPart(tool, args);
    if (gap) return gap;
    if (tool === 'addContact' && args.name === undefined && args.email === undefined) return 'Who should I add? Give me a name or an email.';
    if ((tool === 'updateContact' || tool === 'removeContact') && args.contact === undefined) return 'Which contact, and at which client?';
    // "Okonkwo Freight paid INV-0140": the invoice says whose it is; the client beside it is only how it was said.
    if (tool === 'recordPayment' && args.invoice !== undefined && args.client !== undefined) {
      current = String(args.client);
      delete args.client;
    }
    const target = clientOf({ tool, args });
    if (target && !isPronoun(target)) current = target;
    const who = (args.contact ?? (tool === 'addContact' ? args.name ?? args.email : undefined)) as string | undefined;
    if (target && who) named = person = { client: target, contact: who };
    out.push({ tool, args });
  }
  return out;
}

// What a change points at rather than changes.
const TARGETS: Record<string, string[]> = { updateClient: ['client'], updateContact: ['client', 'contact'], updateGroup: ['group'], updateWorkspace: [] };

/** The question for an argument the call cannot run without, or for a change with nothing to change. */
function missingPart(tool: string, args: Record<string, unknown>): string | undefined {
  const spec = Object.values(INTENTS).find((s) => s.tool === tool);
  const who = typeof args.client === 'string' ? args.client : undefined;
  const missing = spec?.requires?.find((k) => args[k] === undefined || args[k] === '');
  if (missing) return ASK[`${tool}.${missing}`]?.(who) ?? `I need the ${missing} for that. What should it be?`;
  if (spec?.changes && !Object.keys(args).some((k) => !(TARGETS[tool] ?? []).includes(k) && args[k] !== undefined)) {
    return tool === 'updateWorkspace' ? 'What should I change in the workspace settings?' : `What should I change for ${String(args.contact ?? args.group ?? who ?? 'them')}?`;
  }
  return undefined;
}

const ASK: Record<string, (client?: string) => string> = {
  'createInvoice.amount': (c) => `How much should the invoice${c ? ` to ${c}` : ''} be?`,
  'recordPayment.amount': () => 'How much was paid?',
  'createQuote.title': (c) => `What is the quote${c ? ` for ${c}` : ''} for? Give it a title, e.g. "quote ${c ?? 'Acme'} Website redesign 5,000 EUR".`,
  'createQuote.amount': (c) => `How much is the quote${c ? ` for ${c}` : ''}?`,
  'createProject.name': (c) => `What should the project${c ? ` for ${c}` : ''} be called?`,
  'addNote.text': (c) => `What should the note${c ? ` on ${c}` : ''} say?`,
  'messageClient.text': (c) => `What should the message${c ? ` to ${c}` : ''} say?`,
  'addDocument.file': () => 'Which file? Give me its path, or attach it.',
  'setMemberRole.role': () => 'Which role: owner, admin, manager or member?',
  'shareDocument.document': (c) => `Which document${c ? ` of ${c}` : ''}? Give me its title.`,
  'deleteDocument.document': (c) => `Which document${c ? ` of ${c}` : ''} should I delete? Give me its title or file name.`,
};

function questionFor(tool: string): string {
  if (tool === 'createClient') return 'What is the name of the client to add?';
  if (tool === 'sendQuote') return 'Which quote? Give me its number, e.g. Q-0003.';
  if (tool === 'sendInvoice') return 'Which invoice? Give me its number, e.g. INV-0012.';
  if (tool === 'inviteMember') return "What is your teammate's email?";
  if (tool === 'applyImport') return 'Which import should I apply? Give me its id.';
  if (tool === 'createGroup' || tool === 'updateGroup') return 'Which group do you mean?';
  return 'Who do you mean? Give me a name.';
}

/** sendOutreach by the id of the draft this conversation wrote; a question when there is none (or another client's). */
function draftToSend(args: Record<string, unknown>, memory: Memory, before: PlannedCall[]): PlannedCall | string | null {
  const named = typeof args.client === 'string' && !isPronoun(args.client) ? args.client : undefined;
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
