// Turns a reading into what the assistant does: tool calls when it is sure, the closest readings as a
// question when it is not ("Did you mean: archive Brightline Tooling?"), never a guessed write.
import type { Decision, Memory, PlannedCall } from '../types';
import { conversationalReply } from '../values/answer-chat';
import { HELP_TEXT } from '../values/slash-rules';
import { assembleCalls } from './assemble-calls';
import { commandReader, type Clause, type Reading } from './command-reader';
import { describeCall } from './describe-call';
import { fillDetails, shareDetails } from './fill-details';
import { fillReadDetails } from './fill-read-details';
import { withListOwner } from './read-list-owner';
import { settleNewClient } from './settle-new-client';
import { withAnotherOne } from './read-another-one';
import { isChatQuestion } from './read-chat-question';
import { withDraftGoal, withDraftSaid } from './read-draft-said';
import { settleClientCalls } from './settle-client-calls';
import { withKnownContactChanged, withKnownClientDetails, withNewPersonAtKnownClient, withPersonBesideKnownClient } from './read-known-person';
import { withCurrencySet, withIndustrySaid, withPaymentSaid, withQuoteSaid, withValueSaid } from './read-value-said';
import { fillTitledDetails } from './fill-titled-details';
import { fillJobTitle } from './fill-job-title';
import { fillContractRange, withContractDates } from './read-contract-dates';
import { withPlaceList } from './read-place-list';
import { withSecondTarget } from './read-second-target';
import { joinNameLists } from './join-name-lists';
import type { KnownNames } from './gazetteer';
import { correctClientRefs } from './match-known';
import { withNeededClient, withNeededContact, withoutRelayer, withPersonAtClient } from './find-client-name';
import { withClientNotGroup, withGroupPhrase, withGroupSettings, withKnownGroup, withWorkspaceSettings } from './read-groups';
import { withFieldSet, withTextAfterColon } from './read-colon-text';
import { withRecordSaid, withSearchSaid } from './read-search';
import { withRecordAsked } from './read-record-asked';
import { withSettingSaid } from './read-setting-said';
import { withCitySearch } from './read-city-search';
import { withListSize } from './read-list-size';
import { withMissingSaid } from './read-missing-asked';
import { withInvoiceNumberNotAmount } from './read-paid-in-full';
import { withArchiveSaid, withStatusNotRestore, withUnarchiveSaid } from './read-archive-said';
import { withStatusAside } from './read-status-aside';
import { withDocumentVisibility } from './read-document-share';
import { withSlashParts, withStreetLine } from './read-form-parts';
import { withClientBeforePronoun, withKnownMember, withNamedMember, withoutPronounName, withPossessiveClient, withSentByClient } from './find-antecedent';
import { unsaid } from './rule-out-intents';
import { withClientSettings, withLabelledAction, withListForExport, withNumberSaid, withSaidChange, withSaidNew, withSaidPolarity, withMentionedMember, withPoliteSet, withSetUp, withSharedDocument, withStatusSaid, withToneSaid } from './read-polarity';
import { withContactsForPeople } from './read-contact-swap';
import { mergeCalls, withoutClientAsContact } from './merge-calls';
import { addedEach, withContactChange, withEachPerson, withPersonAfterCompany, withPossessivePerson } from './read-contact-change';
import { withEnrichSaid, withSiteForEnrich } from './read-enrich-site';
import { withContactFlagSaid, withInvoicesTo, withTrailingFlags } from './read-billing-said';
import { withTeamRemoval } from './read-team-removal';
import { withOpeningPerson } from './read-opening-person';
import { isSendOnly, withReadySend, withSendAfter } from './read-send-after';
import { withDocumentDelete, withMessagesChannel } from './read-files-and-channel';
import { withImportId } from './read-import-id';
import { withSendByClient } from './read-send-by-client';
import { settleContactCalls } from './settle-contact-calls';
import { withNameOfEmail } from './name-of-email';
import { withFieldsOfBefore } from './read-trailing-fields';
import { droppedAction } from './find-dropped-action';
import { leftover } from './find-leftover';
import { slashBareName, slashTopic } from './read-slash-name';
import { resolveReferences } from './resolve-references';
import { INTENTS, NONE, takesSlot } from './schema';
import { withContactAdded } from './read-contact-added';

export type DecideOptions = {
  today: Date;
  memory?: Memory;
  /** Tools this surface offers; others are answered in words. */
  tools?: ReadonlySet<string>;
  known?: KnownNames;
  /** Take the n-th reading that was offered (1-based) instead of asking again. */
  accept?: number;
  /** The message says a teammate's clients are handed over: a removal in it is of a teammate. */
  team?: boolean;
};

// Below these the reader offers its readings instead of acting: the intent's probability (creating a client
// needs the most) and, for a change, the tagger's lead on every slot it fills. Calibrated on corpus/valid.
export const THRESHOLDS = { write: 0.6, create: 0.75, read: 0.4, offer: 0.15, nothing: 0.5, slot: 0 };

// "New customer please: ...", "add X as a client": a new client said in so many words needs no more than another change.
const NEW_CLIENT = /\b(?:net-new|new (?:client|customer|account|lead|prospect|mql|sql|opp|opportunity|deal)s?\b|as an? (?:new )?(?:client|customer|lead|prospect)\b)/i;
const threshold = (intent: string, text = '') =>
  intent === 'createClient' && !NEW_CLIENT.test(text) ? THRESHOLDS.create : INTENTS[intent]?.writes ? THRESHOLDS.write : THRESHOLDS.read;

/** The least sure slot a change would use. */
function slotMargin(clause: Clause, intent: string): number {
  const used = clause.spans.filter((s) => takesSlot(intent, s.slot));
  return Math.min(...used.map((s) => s.margin ?? Infinity), Infinity);
}

type Choice = { intent: string; p: number };

function choicesOf(clause: Clause): Choice[] {
  return clause.ranking.filter((r) => r.label !== NONE && r.p >= THRESHOLDS.offer && !unsaid(r.label, clause)).slice(0, 3).map((r) => ({ intent: r.label, p: r.p }));
}

function isSure(clause: Clause): boolean {
  const top = clause.ranking[0];
  if (top.label === NONE) return top.p >= THRESHOLDS.nothing;
  if (top.p < threshold(top.label, clause.text)) return false;
  if (unsaid(top.label, clause)) return false;
  return !INTENTS[top.label]?.writes || slotMargin(clause, top.label) >= THRESHOLDS.slot;
}

export function decideCommand(reading: Reading, opts: DecideOptions): Decision {
  const slash = /^\/client\b/i.test(reading.text);
  const body = slash ? reading.text.replace(/^\/client\b\s*/i, '') : reading.text;
  if (!body.trim() || /^(?:help|\?|commands|usage)[?!.]*$/i.test(body.trim())) return reply(HELP_TEXT);
  if (slash && reading.clauses.length === 1) {
    // (A bare name's details are a new client's: its places and tax id are read as any new client's are.)
    const bare = slashBareName(withPersonAfterCompany(reading, withPlaceList(reading, reading.clauses[0], true)), body, opts);
    if (bare) return finish(bare.map((c) => ({ ...fillTitledDetails(fillDetails(c, 'createClient', c.clause, typed(reading), opts.today), c.clause.text), clause: c.clause })), [{ clause: reading.clauses[0], intent: 'createClient' }], opts);
  }
  const picks: Array<{ clause: Clause; intent: string | null }> = [];
  let unsure: { clause: Clause; choices: Choice[]; left?: string } | undefined;
  for (const read of joinNameLists(withAnotherOne(reading, reading.clauses))) {
    const clause = refined(reading, read, opts);
    const top = clause.ranking[0];
    if (slash && slashTopic(reading, read, clause)) {
      picks.push({ clause, intent: null });
      continue;
    }
    // "... and then send it over?": the send of the invoice or quote just read (added when the calls are made).
    const before = picks[picks.length - 1]?.intent;
    if ((before === 'createInvoice' || before === 'createQuote') && isSendOnly(clause.text)) {
      picks.push({ clause, intent: null });
      continue;
    }
    const grown = withFieldsOfBefore(reading, picks[picks.length - 1], clause);
    if (grown) { picks[picks.length - 1] = { clause: grown, intent: before }; continue; }
    const left = opts.accept ? undefined : leftover(reading, clause, THRESHOLDS.offer);
    if (left) {
      if (!unsure) unsure = { clause, choices: choicesOf(clause), left };
      picks.push({ clause, intent: null });
    } else if (isSure(clause) || opts.accept) {
      const choices = choicesOf(clause);
      const taken = opts.accept && !isSure(clause) ? choices[opts.accept - 1]?.intent : top.label;
      picks.push({ clause, intent: !taken || taken === NONE ? null : taken });
    } else {
      const choices = choicesOf(clause);
      // The top reading ruled out by its words leaves one that only reads (an export, a search): it changes nothing, so it is taken.
      const onlyRead = unsaid(top.label, clause) && choices.length === 1 && !INTENTS[choices[0].intent]?.writes && choices[0].p >= THRESHOLDS.read / 2;
      if (onlyRead) picks.push({ clause, intent: choices[0].intent });
      else if (!choices.length) picks.push({ clause, intent: null });
      else if (!unsure) unsure = { clause, choices };
      if (!onlyRead) picks.push({ clause, intent: null });
    }
  }
  const dropped = unsure || opts.accept || slash ? undefined : droppedAction(picks, (w) => commandReader().starts(w));
  if (unsure ?? dropped) return offer(reading, (unsure ?? dropped)!, picks, opts);
  const calls = withTrailingFlags(shareDetails(callsOf(picks, reading, opts.today), reading.text) as ReturnType<typeof callsOf>, picks, opts.today);
  if (!calls.length) return reply(chatAnswer(body));
  return finish(calls, picks, opts);
}

/** A clause with the names its command needs found, and the readings its words settle, in this order. */
function refined(reading: Reading, read: Clause, opts: DecideOptions): Clause {
  const unnamed = withoutPronounName(withReadySend(withSendByClient(reading, withImportId(reading, withDocumentDelete(reading, withKnownContactChanged(read, opts.known))))));
  // (With a client remembered, a name this message writes is still the one meant: "archive paper moth studio".)
  const remembered = Boolean(opts.memory?.client);
  const relayed = remembered ? withoutRelayer(reading, unnamed) : withClientBeforePronoun(reading, withoutRelayer(reading, unnamed));
  // (A contact the workspace places at one client needs no client found in the words: "ellen park email change to …".)
  let clause = placedContact(relayed, opts.known?.contactClients) ? relayed : withNeededClient(reading, relayed, remembered);
  clause = withKnownMember(reading, withNamedMember(reading, withNeededContact(reading, withPlaceList(reading, withOpeningPerson(reading, withPersonAtClient(reading, withStreetLine(reading, withSlashParts(reading, clause))))))), opts.known?.members);
  clause = withSettingSaid(reading, withRecordAsked(withKnownClientDetails(withNewPersonAtKnownClient(withPersonBesideKnownClient(reading, clause, opts.known), opts.known), opts.known), opts.known), opts.known);
  clause = withClientNotGroup(withGroupSettings(withKnownGroup(reading, withGroupPhrase(reading, withSentByClient(reading, withPossessiveClient(reading, clause))))));
  const named = clause;
  if (reading.clauses.length === 1) clause = withListForExport(clause, (intent) => unsaid(intent, named));
  clause = withCurrencySet(withIndustrySaid(withQuoteSaid(withValueSaid(withSetUp(withSharedDocument(withNumberSaid(withClientSettings(withSaidChange(withContactAdded(withSaidNew(withLabelledAction(withSaidPolarity(clause))))))))))), opts.known?.clients), opts.known?.clients);
  clause = withDocumentVisibility(reading, withSearchSaid(reading, withTextAfterColon(reading, withToneSaid(withStatusSaid(withPoliteSet(withMentionedMember(clause)))))));
  clause = withDraftSaid(withContactFlagSaid(reading, withWorkspaceSettings(withEnrichSaid(withPaymentSaid(withStatusNotRestore(withUnarchiveSaid(withArchiveSaid(withRecordSaid(clause)))))))));
  return withTeamRemoval(reading, withContactChange(withEachPerson(reading, withPossessivePerson(reading, withPersonAfterCompany(reading, withFieldSet(withContractDates(withMessagesChannel(reading, clause), opts.today)))))), opts.team);
}

const CONTACT_INTENTS = new Set(['updateContact', 'removeContact', 'invitePortal', 'setPortalAccess:on', 'setPortalAccess:off']);
/** A contact change whose one person is a contact the workspace places at a client, with no client named. */
function placedContact(clause: Clause, places: Record<string, string> | undefined): boolean {
  if (!places || !CONTACT_INTENTS.has(clause.ranking[0]?.label ?? '') || clause.spans.some((s) => s.slot === 'client')) return false;
  const people = clause.spans.filter((s) => s.slot === 'person');
  const keys = new Set(Object.keys(places).map((k) => k.toLowerCase()));
  return people.length === 1 && keys.has(people[0].text.toLowerCase());
}

// The words as typed: the spelling corrector's "for" for "fri" would hide a date.
const typed = (reading: Reading) => ({ text: reading.text, tokens: reading.tokens, words: reading.tokens.map((t) => t.text.toLowerCase()) });

function callsOf(picks: Array<{ clause: Clause; intent: string | null }>, reading: Reading, today: Date): Array<PlannedCall & { clause: Clause }> {
  const words = typed(reading);
  return picks.flatMap(({ clause, intent }) => (intent
    ? withSecondTarget(addedEach(withStatusAside(assembleCalls(intent, clause.spans, today, clause.words, clause.words.slice(clause.from, clause.to + 1))
      .map((c) => withListSize(withMissingSaid(withInvoiceNumberNotAmount(withCitySearch(withInvoicesTo(fillContractRange(fillJobTitle(fillTitledDetails(fillReadDetails(fillDetails(c, intent, clause, words, today), clause.text, today), clause.text), clause.text, today), clause.text, today), clause.text), clause), clause.text), clause.text), clause.text)), clause, intent, today), clause), clause)
      .map((c) => ({ ...c, clause }))
    : []));
}

function finish(calls: Array<PlannedCall & { clause: Clause }>, picks: Array<{ clause: Clause; intent: string | null }>, opts: DecideOptions): Decision {
  const remarks = picks.filter((p) => !p.intent).flatMap((p) => p.clause.spans.filter((s) => s.slot === 'client').map((s) => s.text));
  const settled = settleNewClient(settleClientCalls(settleContactCalls(withContactsForPeople(calls).map(withNameOfEmail), opts.known?.contacts), opts.known), opts.known?.clients).map(withDraftGoal);
  const resolved = resolveReferences(withSendAfter(withSiteForEnrich(settled, opts.today), picks.map((p) => p.clause)), { memory: opts.memory ?? {}, topic: remarks[0], places: opts.known?.contactClients });
  if (typeof resolved === 'string') return reply(resolved);
  const corrected = withListOwner(correctClientRefs(mergeCalls(resolved), opts.known?.clients).map(withoutClientAsContact), picks.map((p) => p.clause.text).join(' '), opts.known?.members);
  const said = picks.map((p) => p.clause.text).join(' ');
  if (isChatQuestion(corrected, said, opts.known?.clients)) return reply(chatAnswer(said));
  const missing = corrected.find((c) => opts.tools && !opts.tools.has(c.tool));
  if (missing) return reply(`I can't ${describeCall(missing)} here yet.`);
  return { kind: 'calls', calls: corrected };
}

function offer(reading: Reading, unsure: { clause: Clause; choices: Choice[]; left?: string }, picks: Array<{ clause: Clause; intent: string | null }>, opts: DecideOptions): Decision {
  const readings: string[] = [];
  for (const choice of unsure.choices) {
    const calls = assembleCalls(choice.intent, unsure.clause.spans, opts.today, unsure.clause.words, unsure.clause.words.slice(unsure.clause.from, unsure.clause.to + 1));
    const resolved = resolveReferences(calls.map((c) => ({ ...c, clause: unsure.clause })), { memory: opts.memory ?? {}, places: opts.known?.contactClients });
    if (typeof resolved === 'string' || !resolved.length) continue;
    readings.push(resolved.map(describeCall).join(', then '));
  }
  const quoted = `"${unsure.clause.text}"`;
  if (unsure.left && readings.length) {
    return reply(`I read ${quoted} as: ${readings[0]}, but I could not tell what to do with "${unsure.left}". Say "yes" to do just that, or say it another way.`);
  }
  if (!readings.length) return reply(`I did not understand ${quoted}. Could you say it another way, e.g. "archive Acme Corp" or "add Jane Doe to Acme Corp"?`);
  if (readings.length === 1) return reply(`Did you mean: ${readings[0]}? Say "yes" to do it, or tell me what you meant.`);
  const list = readings.map((r, i) => `${i + 1}. ${r}`).join('\n');
  void picks; void reading;
  return reply(`I'm not sure what you meant by ${quoted}. Did you mean:\n${list}\nSay the number, or tell me what you meant.`);
}

function chatAnswer(text: string): string {
  return conversationalReply(text.replace(/[!?.]+$/, '').trim())
    ?? 'I can help with clients, contacts, portal access, outreach, quotes, invoices and exports, but I did not catch what to do. Try "add Acme Corp" or "show Acme Corp".';
}

const reply = (text: string): Decision => ({ kind: 'reply', text });
