// One user message in, tool calls or a short answer out: the trained reader, then the decision rules. A
// message that only points back ("archive it", "make her the primary contact") is read again with the client
// or contact the conversation is about in place of the pronoun.
import type { Decision, Memory, PlannedCall } from '../types';
import { commandReader } from './command-reader';
import { decideCommand } from './decide-command';
import { INTENTS } from './schema';
import type { KnownNames } from './gazetteer';
import { slashedAction } from './read-slash-name';
import { readJoined, readSubjectWants, readTwoSubjects } from './read-joined-actions';
import { readOwnerChange } from './read-owner-change';
import { readMoveSaid } from './read-move-said';
import { readPeopleAdded } from './read-people-added';
import { readSentences } from './read-sentences';
import { readWithoutAside } from './read-without-aside';
import { withoutCourtesies } from './strip-courtesies';
import { readStatusLabel } from './read-status-label';
import { readAttentionAsked } from './read-attention-asked';
import { readContactAsked } from './read-contact-asked';
import { readDefaultsAsked } from './read-defaults-asked';
import { readVoidSaid } from './read-void-said';
import { readNoteDeleteSaid } from './read-note-delete-said';
import { readGroupLeave } from './read-group-leave';
import { readBulkAsked } from './read-bulk-asked';
import { readMissingAsked } from './read-missing-asked';
import { readFollowUpSaid } from './read-follow-up-said';
import { readPaidInFull } from './read-paid-in-full';
import { readClientStatus } from './read-client-status';
import { readFilterTerms } from './read-filter-terms';
import { readOwnerAsked } from './read-list-owner';
import { readTwoCountries } from './read-two-countries';
import { withoutShorthand } from '../values/shorthand';
import { writtenValues } from '../values/spoken-values';
import { readMessageSaid } from './read-message-said';
import { readPortalSaid } from './read-portal-said';
import { readInvoicesTo } from './read-invoices-to';
import { readWhetherAsked } from './read-whether-asked';
import { readHistoryAsked } from './read-history-asked';
import { COURTESY_PREFIX } from './courtesy';
import { nameKey } from './match-known';
import { readHandover } from './read-team-removal';
import { readList } from './read-topic-list';

export type ReadMessageOptions = { today: Date; memory?: Memory; known?: KnownNames; tools?: ReadonlySet<string>; accept?: number; team?: boolean };

const CLIENT_POSSESSIVE = /\b(?:their|its)\b(?!\s+(?:own|portal link))/i;
const CLIENT_PRONOUN = /\b(?:them|it|they|this client|that client|the client|this one|that one|this company|that company)\b/i;
const PERSON_POSSESSIVE = /\b(?:his|her)\b(?=\s+(?:email|phone|number|title|job|role|address|e-mail|mobile))/i;
const PERSON_PRONOUN = /\b(?:him|her|she|he|this contact|that contact|the contact)\b/i;

/** The message with its first pronoun replaced by what the conversation is about, or undefined. */
export function withReferent(text: string, memory: Memory): string | undefined {
  const contact = memory.contact?.contact;
  if (contact && PERSON_POSSESSIVE.test(text)) return text.replace(PERSON_POSSESSIVE, `${contact}'s`);
  if (contact && PERSON_PRONOUN.test(text)) return text.replace(PERSON_PRONOUN, contact);
  const client = memory.client;
  if (client && CLIENT_POSSESSIVE.test(text)) return text.replace(CLIENT_POSSESSIVE, `${client}'s`);
  if (client && CLIENT_PRONOUN.test(text)) return text.replace(CLIENT_PRONOUN, client);
  return undefined;
}

// A request asked politely: the words before the request itself (read first: they lead the reader astray).
const POLITE = [
  // "Hello, Kindly email INV-0125 to them.": a letter's greeting and "kindly" before the request.
  /^(?:<@\w+>\s*)?(?:(?:hi|hello|hey|good (?:morning|afternoon|evening|day)|dear \w+)[,.!]?\s+)?(?:kindly|please kindly|would you kindly|could you kindly)\s+/i,
  // "would it be possible to see who I added since June?": the request asked politely.
  /^(?:<@\w+>\s*)?(?:(?:hmm+|um+|so|ok|okay),?\s+)?(?:would it be possible|is it possible|is there a way|would you be able|(?:would|will) it be ok(?:ay)?|is it ok(?:ay)?|(?:it\s+)?is (?:necessary|needed))\s+to\s+/i,
  // "could we possibly add Jun ...", "can we hide the rate card ...": a request put as a question about us.
  /^(?:<@\w+>\s*)?(?:(?:hmm+|um+|so|ok|okay),?\s+)?(?:could|can) we(?:\s+(?:possibly|maybe|perhaps|please|just))?\s+/i,
  // "please could you tell me why X receives such firm reminders?": the question itself.
  /^(?:<@\w+>\s*)?(?:please\s+)?(?:(?:could|can|would) you\s+(?:please\s+)?)?(?:tell|show) me\s+(?=(?:why|what|which|who|how|where|when)\b)/i,
  // "Would you be so kind as to put X into ...", "I should like to add ...", "do you think you could invite ...".
  /^(?:<@\w+>\s*)?(?:(?:hmm+|um+|so|ok|okay|please),?\s+)?(?:(?:would|could) you(?:\s+(?:please|kindly|possibly|maybe|perhaps))?(?:\s+be so kind as to)?(?!\s+(?:tell|explain|help|show me how|let me know))|do you think you could|i (?:should|would|'d) like(?: you)? to|i (?:would like|'d like|want|wish) that(?: you)?|i (?:want|need)(?: you)? to|we (?:need|want|would like)(?: you)? to)\s+/i,
];

// Who a request is relayed for, and other lead-ins before the command itself ("for Tom: ...", "On behalf of Priya:
// ...", "Lisa asked me to ...", "Re: Globex renewal — ..."), and a sign-off after it (", Rachel approved it").
const PREAMBLES = [
  /^(?:<@\w+>\s*)?(?:hi|hello|hey)?,?\s*(?:writing for|for|on behalf of|per (?:email|message|call) from|per|request from|note from|notes from|from|copied from|forwarded from)\s+[^:\n]{1,40}:\s*/i,
  /^(?:<@\w+>\s*)?(?:hi|hello|hey)?,?\s*writing for [^.\n]{1,30}\.\s*/i,
  /^(?:<@\w+>\s*)?(?:my manager\s+)?[\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+)?\s+(?:asked me to|wants me to|would like me to|needs me to)\s+/iu,
  /^(?:<@\w+>\s*)?re:\s*[^—–\n]{1,60}\s[—–-]+\s*(?:[^.!\n]{0,20}!\s*)?/i,
  /^(?:<@\w+>\s*)?(?:fyi|heads up|quick one)[:,!-]?\s+/i,
  // "can you tell the system that Solvei Studio is now handled by Jakub", "Leah says Gemeente Delft joined us, …",
  // "Marta wants to know who our main contact at Halden Energi is": what was said, told on.
  /^(?:<@\w+>\s*)?(?:(?:can|could) you\s+|please\s+)?(?:tell|let) the (?:system|app|crm|tool) (?:know\s+)?(?:that\s+)?/i,
  /^(?:<@\w+>\s*)?[\p{Lu}][\p{L}'-]+\s+(?:says|mentioned|told me|tells me)(?:\s+that)?[,:]?\s+/u,
  /^(?:<@\w+>\s*)?[\p{Lu}][\p{L}'-]+\s+(?:wants|wanted|would like|needs) to know\s+/u,
  ...POLITE,
];
const SIGN_OFFS = /[\s,.;—–-]*(?:request(?:ed)? from|as asked by|per|thanks|cheers)\s+[\p{Lu}][\p{L}'-]+[.!]?$|,\s*[\p{Lu}][\p{L}'-]+\s+(?:approved it|asked for it|signed off)[.!]?$/u;

/** The request without a letter's courtesies and a polite lead-in ("would you kindly ..."), or undefined when it has neither. */
function withoutPoliteness(text: string): string | undefined {
  const out = POLITE.reduce((t, re) => t.replace(re, ''), withoutCourtesies(text)).trim();
  return out && out !== text.trim() ? out : undefined;
}

/** The command without who it is relayed for, or undefined when there is no such lead-in. */
export function withoutPreamble(text: string): string | undefined {
  let out = text.trim();
  for (const re of PREAMBLES) out = out.replace(re, '');
  out = out.replace(SIGN_OFFS, '').trim();
  return out && out !== text.trim() ? out : undefined;
}

// "export APAC leads? nah forget it", "would it be possible to… hmm never mind": a request taken back as it is written.
const TAKEN_BACK = /(?:^|[\s.,;!?…-])(?:(?:nah|no|nope|ok|okay|hmm|actually|wait)[,\s]+)*(?:forget it|forget that|never ?mind|scratch that|cancel that|ignore (?:that|this|me))[\s.!?]*$/i;

// "change the name of the group Export Clients in International Clients": a rename, said the long way (the words of
// a name read alone can lead the reader astray: "Export").
const NAME_CHANGE = /^(\W*(?:<@\w+>\s*)?(?:please\s+|pls\s+|kindly\s+)?)(?:change|update|modify|alter)\s+the\s+name\s+of\s+(\S.*?)\s+(?:in|into|to)\s+(\S.*)$/i;

// "(I should like) our Business to be known as "Hollins & Webb" in the system".
const KNOWN_AS = /^(?:(?:i|we)\s+(?:should|would|'d)?\s*(?:like|want|wish)\s+)?((?:our|my|the)\s+(?:business|company|workspace|studio|agency|firm|practice))\s+(?:to be|should be|is to be|will be|is now)\s+(?:known as|called|named)\s+(["“][^"”]+["”]|[^,.;!?]+?)(?:\s+(?:in the system|from now on|going forward))?[.!]?$/i;
// "our company name is now Brightside Studio".
const NAME_IS = /^((?:our|my|the)\s+(?:business|company|workspace|studio|agency|firm|practice))(?:['’]s)?\s+name\s+(?:is\s+now|should\s+be|will\s+be|is\s+changing\s+to|changes\s+to|has\s+changed\s+to)\s+(["“][^"”]+["”]|[^,.;!?]+?)[.!]?$/i;
// "for Ferreira & Filhos Lda the contact person is João Ferreira": the client said first, as "the contact at X is ...".
const CONTACT_FOR = /^(\W*(?:<@\w+>\s*)?)for\s+(\S.*?)\s*,?\s+the\s+((?:main\s+|new\s+|primary\s+)?contact(?:\s+person)?)\s+(is|will be|should be)\s+/i;
const renamed = (text: string) => text.replace(CONTACT_FOR, '$1the $3 at $2 $4 ').replace(NAME_CHANGE, '$1rename $2 to $3').replace(KNOWN_AS, 'rename our workspace to $2').replace(NAME_IS, 'rename our workspace to $2');

export function readMessage(raw: string, opts: ReadMessageOptions): Decision {
  // (Dictated values, "twelve hundred euros", "jo at acme dot com", are read as typed.)
  const text = renamed(writtenValues(raw));
  if (TAKEN_BACK.test(text)) return { kind: 'reply', text: 'OK, I have left it. Nothing was changed.' };
  const handed = opts.accept ? undefined : readHandover(text, (rest) => readOne(rest, { ...opts, team: true }));
  if (handed) return handed;
  const labelled = opts.accept ? undefined : readStatusLabel(text, opts.known?.clients);
  if (labelled) return labelled;
  // A slash command's own words are read without "/client" ("/client remind me to call Acme on Friday").
  const said = /^\/client\s+(\S[\s\S]*)$/i.exec(text.trim())?.[1] ?? text;
  // "Kestrel Analytics" (or "kestrel analytics?") in a chat: a client's name alone shows it. ("/client Kestrel
  // Analytics" is the slash command's own: its tool answers that the client exists, with its card.)
  const alone = opts.accept || said !== text ? undefined : knownAlone(text, opts.known?.clients);
  if (alone) return { kind: 'calls', calls: [{ tool: 'showClient', args: { client: alone } }] };
  // (Texting shorthand, "done w/ the Acme follow up", "my followups this wk?", is written out for the rules that read
  // to-dos and questions; the tagger reads it as typed, as it learned it.)
  const brief = withoutShorthand(said);
  const ownersList = opts.accept ? undefined : readOwnerAsked(said, opts.known?.members);
  const overview = opts.accept ? undefined : (ownersList && { kind: 'calls' as const, calls: ownersList }) ?? readTwoCountries(said, (one) => readOne(one, opts)) ?? readFilterTerms(said) ?? readMessageSaid(said, opts.known?.clients) ?? readBulkAsked(said, opts.known?.clients ?? [], (list) => readOne(list, opts)) ?? readFollowUpSaid(brief, opts.today, opts.known) ?? readMissingAsked(said) ?? readAttentionAsked(brief, opts.known?.clients) ?? readHistoryAsked(brief, opts.today, opts.known?.clients)
    ?? readContactAsked(said, opts.known?.contactClients) ?? readDefaultsAsked(said, opts.known?.clients) ?? readVoidSaid(said, opts.known?.clients)
    ?? readNoteDeleteSaid(said, opts.known?.clients) ?? readGroupLeave(said, opts.known) ?? readPaidInFull(said, opts.today) ?? readInvoicesTo(said, opts.known) ?? readClientStatus(said, opts.known?.clients) ?? readPortalSaid(said, opts.known) ?? readMoveSaid(said, opts.known) ?? readPeopleAdded(said, opts.known) ?? readWhetherAsked(said);
  if (overview) return overview;
  const whole = readOne(text, opts);
  // ("give @Sam the Halden Roofing account" read as showing the client: a look is no answer to a handover.)
  const looked = whole.kind === 'calls' && whole.calls.every((c) => c.tool === 'showClient');
  const owned = (whole.kind === 'reply' || looked) && !opts.accept ? readOwnerChange(text, opts.known) : undefined;
  if (owned) return owned;
  // (An answer to an offer took one of the whole message's readings: the list is not read again item by item.)
  if (opts.accept) return whole;
  // (A part that is a void or an invoice paid in full, which only rules read, is read by them: "void INV-0702 and send INV-0703".)
  // (A follow-up planned or moved in a part is the first part's client's: "note that …, and move the follow-up to
  // Monday?", "add a note to X …; and remind me on Thursday to send them samples".)
  const polite = /\b(?:could|can|would|will)\s+(?:you|we)\b/i.test(text);
  const followUp = (part: string, memory: Memory) => {
    const read = readFollowUpSaid(withoutShorthand(polite ? part.replace(/\?\s*$/, '') : part), opts.today, opts.known, memory.client);
    return read?.kind === 'calls' ? read : undefined;
  };
  const again = (part: string, memory: Memory) => readVoidSaid(part, opts.known?.clients) ?? readPaidInFull(part, opts.today) ?? followUp(part, memory) ?? readOne(part, { ...opts, memory: { ...opts.memory, ...memory } });
  const part = (item: string, memory: Memory) => {
    const plain = again(item, memory);
    // A second action's "him", "her" is who the first one added, unless the action names a client of its own (its
    // "them" needs no such help: the first action's client is the one the conversation is about).
    const resolved = withReferent(item, { contact: memory.contact });
    const own = plain.kind === 'calls' && plain.calls.some((c) => typeof c.args.client === 'string' && c.args.client !== memory.client);
    const read = resolved && !own ? again(resolved, memory) : plain;
    // ("activate for her the portal" made "for Inês Rocha": the person put in is never the client.)
    const person = memory.contact?.contact?.toLowerCase();
    const misplaced = read.kind === 'calls' && read.calls.some((c) => typeof c.args.client === 'string' && c.args.client.toLowerCase() === person);
    return read.kind === 'calls' && !misplaced ? read : plain;
  };
  return readList(text, again, whole) ?? readJoined(text, part, whole, (w) => commandReader().starts(w)) ?? readTwoSubjects(text, again, whole) ?? readSubjectWants(text, opts.known?.clients, again, whole) ?? readSentences(text, again, whole, (t) => detailsOf(t, opts)) ?? whole;
}

/** The known client a message is no more than the name of. */
function knownAlone(text: string, clients: string[] | undefined): string | undefined {
  const key = nameKey(text.replace(/^\s*<@\w+>/, ''));
  return key ? clients?.find((c) => nameKey(c) === key) : undefined;
}

/** The values the reader tagged in the whole message, beside the names. */
function detailsOf(text: string, opts: ReadMessageOptions) {
  return commandReader().read(text, opts.known).clauses.flatMap((c) => c.spans.map((s) => ({ slot: s.slot, text: s.text })));
}

function readOne(text: string, opts: ReadMessageOptions): Decision {
  const memory = opts.memory ?? {};
  const context = [memory.client ? 'client' : '', memory.contact ? 'contact' : ''].filter(Boolean);
  const asked = withoutPoliteness(text);
  const polite = asked && renamed(asked);
  // (An answer to an offer takes one of the readings offered, which the whole message gave: it is not read anew.)
  const plain = polite && !opts.accept && !/^\/client\b/i.test(text) ? decideCommand(commandReader().read(polite, opts.known, context), opts) : undefined;
  const first = decideCommand(commandReader().read(text, opts.known, context), opts);
  // (Unless the whole message read as it is says more, "can we add X to the team? regular member access is fine", or
  // reads as other actions.)
  if (plain?.kind === 'calls' && !dropsValues(plain.calls, text, opts) && (first.kind !== 'calls' || (first.calls.length === plain.calls.length && valuesOf(first.calls) <= valuesOf(plain.calls)))) return plain;
  // "/client Acme Corp: invoice $500 ...": an action on the client named, not a new lead with the action as its notes.
  const action = first.kind === 'calls' && first.calls.some((c) => c.tool === 'createClient') ? slashedAction(text) : undefined;
  if (action) {
    const again = decideCommand(commandReader().read(action, opts.known, context), opts);
    if (again.kind !== 'calls' || !again.calls.some((c) => c.tool === 'createClient')) return again;
  }
  if (first.kind === 'calls') return first;
  // "/client Dnipro Agro LLC churned; archive": the slash command's word leans the reader towards a new lead; the words after it are read alone.
  const body = /^\/client\s+(\S[\s\S]*)$/i.exec(text.trim())?.[1];
  if (body) {
    const again = decideCommand(commandReader().read(body, opts.known, context), opts);
    // (A call with nothing said for it, "/client haha" read as a bare list, is chat, not a change the whole missed.)
    if (again.kind === 'calls' && again.calls.every((c) => Object.keys(c.args).length)) return again;
  }
  // A relayed request the reader could not place is read again without its lead-in; only a sure reading is taken.
  // (After "/client", the words the slash command carries.)
  // (A letter's greeting before the lead-in goes first: "Dear Assistant, please could you tell me why ...".)
  const bare = withoutPreamble(withoutCourtesies(body ?? text));
  if (bare) {
    const again = decideCommand(commandReader().read(bare, opts.known, context), opts);
    if (again.kind === 'calls' && !dropsValues(again.calls, text, opts)) return again;
  }
  const aside = readWithoutAside(commandReader().read(text, opts.known, context), (t) => decideCommand(commandReader().read(t, opts.known, context), opts), (w) => commandReader().starts(w));
  if (aside) return aside;
  const resolved = withReferent(text, memory);
  if (!resolved) {
    const pointsBack = CLIENT_PRONOUN.test(text) || PERSON_PRONOUN.test(text);
    return pointsBack && !/\?\s*$/.test(text) && / did not catch /.test(first.kind === 'reply' ? first.text : '')
      ? { kind: 'reply', text: 'Which client (or contact) do you mean? Tell me the name and I will do it.' } : first;
  }
  const second = decideCommand(commandReader().read(resolved, opts.known, context), { ...opts, accept: undefined });
  return second.kind === 'calls' && !selfValued(second.calls, [memory.client, memory.contact?.contact]) ? second : first;
}

const TARGETS = new Set(['client', 'contact', 'member', 'invoice', 'quote', 'group']);
const NAMES = new Set(['client', 'person', 'group', 'newName', 'member']);
const ASKED = new Set(['primary', 'billingDefault', 'role', 'jobTitle']);

/** "could we maybe set X's currency to rand and her terms to 7 days?" read again as only explaining X's settings: a
 *  reading that only reads, with fewer values than the tagger found in the whole message, is not the request. */
function dropsValues(calls: PlannedCall[], text: string, opts: ReadMessageOptions): boolean {
  if (calls.some((c) => INTENTS[c.tool]?.writes)) return false;
  // (A document's name the tagger made of "the card of the client X" is no value the reading dropped.)
  // (Nor is what a question about a client's record asks for: "who our main contact at X is" shows X.)
  const asked = calls.every((c) => c.tool === 'showClient') ? ASKED : new Set<string>();
  const found = commandReader().read(text, opts.known).clauses.flatMap((c) => c.spans).filter((s) => !NAMES.has(s.slot) && s.slot !== 'document' && !asked.has(s.slot)).length;
  const kept = calls.flatMap((c) => Object.keys(c.args).filter((k) => !TARGETS.has(k))).length;
  return kept < found;
}
const valuesOf = (calls: PlannedCall[]) => calls.reduce((n, c) => n + Object.keys(c.args).length, 0);
const bare = (name: string) => name.toLowerCase().replace(COURTESY_PREFIX, '').trim();

/** "change her name" read as "change Ruth Okoro's name": a value that is only the name put in for the pronoun says nothing new. */
function selfValued(calls: PlannedCall[], referents: Array<string | undefined>): boolean {
  const names = referents.filter((r): r is string => !!r).map(bare);
  return calls.some((c) => Object.entries(c.args).some(([k, v]) => !TARGETS.has(k) && typeof v === 'string' && names.includes(bare(v))));
}
