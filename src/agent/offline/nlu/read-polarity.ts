// Readings the words settle between close siblings: the polarity of an on/off tool ("turn portal access on for X"
// read as off gives way when the words say only the other; a word for off wins: "stop sharing", "no longer"), a label
// that names the action in a form-like line, a list rather than an export when no file is asked for, and a change
// said in so many words (a status, a reminder tone, a client "set up") where the classifier leaned elsewhere.
import type { Clause } from './command-reader';

const ON = new Set(['on', 'enable', 'enabled', 'active', 'activate', 'grant', 'give', 'allow', 'open', 'unlock', 'reenable', 're-enable', 'restore',
  'share', 'shared', 'sharing', 'show', 'visible', 'publish', 'reveal', 'expose']);
const OFF = new Set(['off', 'disable', 'disabled', 'deactivate', 'inactive', 'revoke', 'remove', 'block', 'lock', 'stop', 'suspend', 'freeze',
  'pull', 'kill', 'close', 'not', 'no', 'never', 'longer', 'without', 'dont', 'hide', 'hidden', 'unshare', 'unpublish', 'private',
  'internal', 'away', 'withdraw', 'shouldnt']);
const PAIRS = [['setPortalAccess:on', 'setPortalAccess:off'], ['shareDocument:on', 'shareDocument:off']];
// The names and documents a clause gives say no polarity (a document called "Share plan", a client "Open Door Ltd").
const VALUES = new Set(['client', 'person', 'email', 'document', 'title', 'file']);

/** The polarity the words say, or undefined when they say none. */
function said(words: readonly string[]): boolean | undefined {
  // ("cut their access" is off; the "rough cut" a client approved is a film's.)
  const cut = (k: number) => words[k] === 'cut' && /^(?:off|access|portal|them|him|her|their|his)$/.test(words[k + 1] ?? '');
  // ("Harbormist signed off", "kick off": an approval or a start, not a switch turned off.)
  const phrase = (k: number) => words[k] === 'off' && /^(?:signed|sign|signs|kick|kicked|kicks|kicking|show|showed|paid|pay|pays|took|take|log|logged)$/.test(words[k - 1] ?? '');
  if (words.some((w, k) => (OFF.has(w) && !phrase(k)) || cut(k) || /n['’]t$/.test(w))) return false;
  return words.some((w) => ON.has(w)) ? true : undefined;
}

/** The clause with an on/off reading's weight moved to the polarity its words say. */
export function withSaidPolarity(clause: Clause): Clause {
  const labels = new Set(clause.ranking.slice(0, 3).map((r) => r.label));
  const pair = PAIRS.find((p) => p.some((l) => labels.has(l)));
  if (!pair) return clause;
  const words = clause.words.slice(clause.from, clause.to + 1)
    .filter((_, k) => !clause.spans.some((s) => s.from <= clause.from + k && s.to >= clause.from + k && VALUES.has(s.slot)));
  const lower = words.map((w) => w.toLowerCase());
  // ("the portal is switched off but they need it on": what is wanted comes after the "but".)
  const but = lower.lastIndexOf('but');
  const on = (but >= 0 ? said(lower.slice(but + 1)) : undefined) ?? said(lower);
  if (on === undefined) return clause;
  const [keep, drop] = on ? pair : [pair[1], pair[0]];
  const p = clause.ranking.filter((r) => pair.includes(r.label)).reduce((sum, r) => sum + r.p, 0);
  const ranking = clause.ranking.filter((r) => r.label !== drop).map((r) => (r.label === keep ? { ...r, p } : r));
  if (!ranking.some((r) => r.label === keep)) ranking.push({ label: keep, p });
  return { ...clause, ranking: ranking.sort((a, b) => b.p - a.p) };
}

// A label that names the action in a form-like message ("Adebayo & Co — notes: year-end is 31 Dec", "Rua Azul: message
// "Staging is live""): the reading it names is taken when the classifier has it among its three.
const LABELS: Array<[RegExp, string]> = [
  [/\bnotes?\s*[:—–]/i, 'addNote'], [/\bmessage\s*[:—–]/i, 'messageClient'],
  // "write in the notes of Sakura Trading that ...": written into the notes, not sent.
  [/\b(?:in|into|to|on)\s+(?:the\s+|their\s+|its\s+)?notes\b|\bnote (?:down|that)\b/i, 'addNote'],
  // "make a note on Rosewood Guest House: ...", "put a Note against X": a note asked for by name.
  [/\b(?:a|the|this)\s+note\s+(?:on|to|for|against|about|in|under|with)\b/i, 'addNote'],
  // "Group Nordics: currency SEK", "Nordics group — tone firm": settings of a group already there.
  [/^\s*(?:the\s+)?group\s+[^:—–]{1,40}[:—–]|^\s*[^:—–]{1,40}\s+group\s*[:—–]/i, 'updateGroup'],
];

const MESSAGE_VERB = /^\W*(?:(?:please|pls|can you|could you)\s+)?(?:message|msg|dm|tell|send|ping|text|let (?:them|\w+) know|write to)\b/i;

export function withLabelledAction(clause: Clause): Clause {
  // (A note and a message are siblings: the word for notes settles them however sure the classifier was.)
  const sibling = (intent: string) => intent === 'addNote' && clause.ranking[0].label === 'messageClient' && !MESSAGE_VERB.test(clause.text);
  const named = LABELS.find(([re, intent]) => re.test(clause.text) && clause.ranking.slice(0, 3).some((r) => r.label === intent && (r.p >= 0.01 || sibling(intent))));
  if (!named || clause.ranking[0].label === named[1]) return clause;
  return { ...clause, ranking: [{ label: named[1], p: 1 }, ...clause.ranking.filter((r) => r.label !== named[1])] };
}

// "net-new: Halden Lumber Co, based in Duluth": a client the message begins by calling new is added, not changed.
const SAID_NEW = /^\W*(?:client\s+)?(?:net-new|new (?:client|customer|account|lead|prospect|logo|opp(?:ortunity)?)s?\b|(?:opp|opportunity|lead|prospect)\s*:)/i;

export function withSaidNew(clause: Clause): Clause {
  const top = clause.ranking[0];
  // ("new opp Seoul Brew Co., KRW": a new client named, however unsure the classifier was of so few words.)
  if (top?.label === 'createClient' && top.p < 0.8 && SAID_NEW.test(clause.text) && clause.spans.some((s) => s.slot === 'client')) {
    return { ...clause, ranking: [{ label: 'createClient', p: 0.8 }, ...clause.ranking.slice(1)] };
  }
  // ("opp: Ridgeback Outdoor Co, champion is Thabo Nkosi": the person is the new client's contact, not one added to it.)
  if ((top?.label !== 'updateClient' && top?.label !== 'addContact') || !SAID_NEW.test(clause.text)) return clause;
  const p = top.p + (clause.ranking.find((r) => r.label === 'createClient')?.p ?? 0);
  return { ...clause, ranking: [{ label: 'createClient', p }, ...clause.ranking.filter((r) => r.label !== 'createClient' && r.label !== top.label)] };
}

// "change reminders of Grupo Alameda": settings said of a named client are that client's, unless the words say the
// workspace's own defaults.
// Words that make a setting the workspace's own (read-groups too: not a group's).
export const WORKSPACE_WORDS = /\b(?:workspace|default|defaults|everyone|every client|all (?:the )?clients|business|company-wide|studio-wide|global|globally|our own)\b/i;

export function withClientSettings(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (top?.label !== 'updateWorkspace' || !clause.spans.some((s) => s.slot === 'client') || WORKSPACE_WORDS.test(clause.text)) return clause;
  const p = top.p + (clause.ranking.find((r) => r.label === 'updateClient')?.p ?? 0);
  return { ...clause, ranking: [{ label: 'updateClient', p }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== 'updateWorkspace')] };
}

// "Put the client Atelier Vasseur in state inactive": a verb that changes, and none that adds, is a change.
const CHANGE_VERB = /^\W*(?:please\s+|pls\s+|kindly\s+)?(?:put|set|mark|move|change|switch|flip|make|turn|bump|rename|rebrand)\b/i;
const ADD_WORD = /\b(?:add|adding|new|create|creat|set ?up|setup|register|onboard|sign(?:ed)? up|net-new|won|enter|in as)\b/i;

export function withSaidChange(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (top?.label !== 'createClient' || !CHANGE_VERB.test(clause.text) || ADD_WORD.test(clause.text)) return clause;
  const p = top.p + (clause.ranking.find((r) => r.label === 'updateClient')?.p ?? 0);
  return { ...clause, ranking: [{ label: 'updateClient', p }, ...clause.ranking.filter((r) => r.label !== 'createClient' && r.label !== 'updateClient')] };
}

/** "can I get the top 5 accounts by revenue": an export with no word for a file is the same list, shown. */
export function withListForExport(clause: Clause, ruledOut: (intent: string) => boolean): Clause {
  const top = clause.ranking[0];
  if (top?.label !== 'exportCsv' || !ruledOut('exportCsv')) return clause;
  // Only a request for clients: a filter read, or the word for them ("same as before" is none).
  if (!clause.spans.length && !/\b(?:clients?|customers?|accounts?|leads?|companies|prospects)\b/i.test(clause.text)) return clause;
  // A person and an email are no list's filters ("in X add the person of accounting, Rui Costa, rui@…"): not a list;
  // the readings after it are offered.
  if (clause.spans.some((s) => s.slot === 'person' || s.slot === 'email')) {
    return { ...clause, ranking: clause.ranking.filter((r) => r.label !== 'findClients' && r.label !== 'exportCsv') };
  }
  const p = top.p + (clause.ranking.find((r) => r.label === 'findClients')?.p ?? 0);
  return { ...clause, ranking: [{ label: 'findClients', p }, ...clause.ranking.filter((r) => r.label !== 'findClients' && r.label !== 'exportCsv')] };
}

// An invoice's or a quote's number says which one is sent ("get INV-0262 sent out" read as a quote's or a draft's send).
const NUMBERED: Array<[RegExp, string, string[], RegExp]> = [
  [/\binv[-\s#]?\d/i, 'sendInvoice', ['sendQuote', 'sendOutreach', 'invitePortal', 'messageClient'], /^(?:quote|quotes|quotation|estimate|proposal|draft|email|message|tell|write|say|saying|remind)$/i],
  [/^q[-#]\d/i, 'sendQuote', ['sendInvoice', 'sendOutreach'], /^(?:invoice|invoices|bill|draft|email)$/i],
];

/** The send of what the clause's number names, when another send was read and no word names it. */
export function withNumberSaid(clause: Clause): Clause {
  const top = clause.ranking[0]?.label;
  for (const [number, keep, drops, other] of NUMBERED) {
    if (!drops.includes(top) || !clause.spans.some((s) => number.test(s.text)) || clause.words.slice(clause.from, clause.to + 1).some((w) => other.test(w))) continue;
    const sends = (label: string) => label === keep || drops.includes(label);
    const p = clause.ranking.filter((r) => sends(r.label)).reduce((sum, r) => sum + r.p, 0);
    // ("send to X the invoice INV-0108": the number the tagger left inside a message's text is what is sent.)
    const slot = keep === 'sendInvoice' ? 'invoice' : 'quote';
    const spans = clause.spans.map((s) => {
      const ref = s.slot === 'text' ? /\b(?:inv|q)[-#]?\d{1,6}\b/i.exec(s.text) : null;
      const at = ref ? clause.words.findIndex((w, k) => k >= s.from && k <= s.to && w.toLowerCase() === ref[0].toLowerCase()) : -1;
      return ref && at >= 0 ? { ...s, slot, text: ref[0], from: at, to: at } : s;
    });
    return { ...clause, spans, ranking: [{ label: keep, p }, ...clause.ranking.filter((r) => !sends(r.label))] };
  }
  return clause;
}

// "Share with X in the portal the document "Cronograma da obra"": a document shared, not a message, when the words
// share a document and say no message.
const SHARES_DOCUMENT = /\b(?:share|sharing|publish|show|make (?:it )?visible)\b[^"“]*\b(?:document|doc|file|pdf|deck|contract)\b/i;
const SAYS_MESSAGE = /\b(?:message|msg|tell|write|say|saying|note|ask|let them know|reply)\b/i;

export function withSharedDocument(clause: Clause): Clause {
  if (clause.ranking[0]?.label !== 'messageClient' || !SHARES_DOCUMENT.test(clause.text) || SAYS_MESSAGE.test(clause.text)) return clause;
  const spans = clause.spans.map((s) => (s.slot === 'text' ? { ...s, slot: 'document' } : s));
  return { ...clause, spans, ranking: [{ label: 'shareDocument:on', p: clause.ranking[0].p }, ...clause.ranking.filter((r) => !r.label.startsWith('shareDocument') && r.label !== 'messageClient')] };
}

// "Can we get X set up as a net-new account?", "Let's get X stood up in the system": a client asked to be set up is
// added, whatever close reading the classifier leaned to (a team invitation, a delete nobody said).
const SET_UP = /\b(?:net-new|new (?:client|customer|account|lead|prospect)s?\b|as an? (?:new )?(?:client|customer|lead|prospect|account)\b|set ?up\b|stood up|stand up|spun up|spin up)/i;
const LEANS = new Set(['inviteMember', 'deleteClient', 'applyImport', 'updateClient', 'addContact']);

export function withSetUp(clause: Clause): Clause {
  const top = clause.ranking[0];
  const create = clause.ranking.slice(0, 3).find((r) => r.label === 'createClient');
  if (!top || !create || !LEANS.has(top.label) || !SET_UP.test(clause.text) || !clause.spans.some((s) => s.slot === 'client')) return clause;
  return { ...clause, ranking: [{ label: 'createClient', p: top.p + create.p }, ...clause.ranking.filter((r) => r.label !== 'createClient' && r.label !== top.label)] };
}

// "the client Grupo Alameda is now inactive", "Acme Robotics is dormant for now": a status said of a named client
// changes it, where the classifier leaned to a reading that takes no status.
const NO_STATUS = new Set(['applyEnrichment', 'setMemberRole', 'shareDocument:on', 'shareDocument:off', 'messageClient', 'enrichClient', 'importCsv', 'findClients']);

// "X is no longer a client": the client is a past one (a list or an export was read).
const NO_LONGER = /\b(?:is|are)\s+no longer\s+(?:a|an|our)?\s*(?:client|customer|account)s?\b/i;

export function withStatusSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  const client = clause.spans.find((s) => s.slot === 'client');
  if (top && client && !clause.spans.some((s) => s.slot === 'status') && NO_LONGER.test(clause.text) && ['findClients', 'exportCsv', 'showClient'].includes(top.label)) {
    const past = { slot: 'status', text: 'past', from: client.to + 1, to: client.to + 1, margin: 0 };
    return { ...clause, spans: [...clause.spans, past].sort((a, b) => a.from - b.from), ranking: [{ label: 'updateClient', p: Math.max(top.p, 0.7) }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== top.label)] };
  }
  const status = clause.spans.find((s) => s.slot === 'status');
  if (!top || !status || !NO_STATUS.has(top.label) || !clause.spans.some((s) => s.slot === 'client' && s.to < status.from)) return clause;
  const before = clause.words.slice(Math.max(clause.from, status.from - 3), status.from).join(' ');
  if (!/\b(?:is|are)(?: now)?(?: an?)?$/i.test(before)) return clause;
  return { ...clause, ranking: [{ label: 'updateClient', p: Math.max(top.p, 0.7) }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== top.label)] };
}

// "Jakub asked to put Solvei Studio on friendlier reminders": a reminder tone said for a named client, asked as no
// question, changes that client's reminders.
/** Words for a reminder tone, as people write them ("friendlier", "stricter"). */
export const TONE_WORDS = 'firm|firmer|strict|stricter|stern|sterner|friendly|friendlier|gentle|gentler|softer|neutral';
const TONE_FOR = new RegExp(`\\b(?:${TONE_WORDS})\\s+(?:\\w+\\s+)?(?:reminders?|tone)\\b|\\breminders\\b[^?.!]{0,40}\\b(?:be|are|more|to)\\s+(?:${TONE_WORDS})\\b`, 'i');
const TONE_WORD = new RegExp(`^(?:${TONE_WORDS})$`, 'i');
const ASKS = /\b(?:why|what|how|which|explain|where)\b/i;
const SETTINGS_READINGS = new Set(['updateClient', 'updateGroup', 'updateWorkspace', 'createGroup']);

export function withToneSaid(clause: Clause): Clause {
  const top = clause.ranking[0];
  // (A change of the client already read is left as it is, unless it missed the tone: "I want that the reminders are more gentle".)
  const settled = SETTINGS_READINGS.has(top?.label ?? '') && (top.label !== 'updateClient' || clause.spans.some((s) => s.slot === 'reminderTone'));
  if (!top || settled || !TONE_FOR.test(clause.text) || ASKS.test(clause.text)) return clause;
  // (A person's name alone is the client whose reminders they are: a freelancer.)
  const clients = clause.spans.filter((s) => s.slot === 'client');
  const people = clause.spans.filter((s) => s.slot === 'person');
  if (clients.length > 1 || (!clients.length && people.length !== 1) || clause.spans.some((s) => s.slot === 'group')) return clause;
  if (!clients.length) clause = { ...clause, spans: clause.spans.map((s) => (s === people[0] ? { ...s, slot: 'client' } : s)) };
  // (The tone word as written: the spelling corrector can make "firmer" "former"; then the span sits on "reminders".)
  const written = new RegExp(`\\b(${TONE_WORDS})\\b`, 'i').exec(clause.text)?.[1] ?? '';
  const inClause = (re: RegExp) => clause.words.findIndex((w, k) => k >= clause.from && k <= clause.to && re.test(w));
  const at = inClause(TONE_WORD) >= 0 ? inClause(TONE_WORD) : written ? inClause(/^(?:reminders?|tone)$/i) : -1;
  const word = written || clause.words[at];
  const spans = clause.spans.some((s) => s.slot === 'reminderTone') || at < 0 ? clause.spans
    : [...clause.spans.filter((s) => s.slot !== 'setting' && s.slot !== 'text'), { slot: 'reminderTone', text: /^(?:firm|strict|stern)/i.test(word) ? 'firm' : /^neutral/i.test(word) ? 'neutral' : 'friendly', from: at, to: at, margin: 0 }].sort((a, b) => a.from - b.from);
  return { ...clause, spans, ranking: [{ label: 'updateClient', p: Math.max(top.p, 0.7) }, ...clause.ranking.filter((r) => r.label !== 'updateClient' && r.label !== top.label)] };
}

// "is it possible to set Saanvi Iyer's payment terms to 15 days?", "is there a way to give X its own reminder tone,
// maybe neutral?": a request asked politely, with the value to set, is a change, not a question about the setting.
const POLITE_SET = /\b(?:is it possible|is there a way|would it be possible|is it ok(?:ay)? (?:to|if)|could (?:you|we|i)|can (?:you|we|i))\b[^?]*\b(?:set|give|make|change|switch|put|move)\b/i;
const VALUE_SAID = /\b\d{1,3}\s*days?\b|\bnet\s*\d{1,3}\b|\b(?:firm|friendly|neutral|friendlier|gentle|strict)\b/i;

const SETTING_SLOTS = new Set(['currency', 'paymentTerms', 'reminderTone']);

export function withPoliteSet(clause: Clause): Clause {
  const top = clause.ranking[0];
  const valued = VALUE_SAID.test(clause.text) || clause.spans.some((s) => SETTING_SLOTS.has(s.slot));
  if (!top || !POLITE_SET.test(clause.text) || !valued || /\bwhy\b/i.test(clause.text)) return clause;
  // "is it ok to set the workspace currency to EUR?": the change itself, read unsurely beside "nothing" or "explain".
  if (top.label === 'updateWorkspace' && WORKSPACE_WORDS.test(clause.text)) {
    const p = top.p + clause.ranking.filter((r) => r.label === 'none' || r.label === 'explainSettings').reduce((a, r) => a + r.p, 0);
    return { ...clause, ranking: [{ label: top.label, p }, ...clause.ranking.slice(1)] };
  }
  if (top.label !== 'explainSettings') return clause;
  // ("change the workspace's reminder tone": the workspace's own setting.)
  const label = WORKSPACE_WORDS.test(clause.text) ? 'updateWorkspace' : 'updateClient';
  const p = top.p + (clause.ranking.find((r) => r.label === label)?.p ?? 0);
  return { ...clause, ranking: [{ label, p }, ...clause.ranking.filter((r) => r.label !== label && r.label !== top.label)] };
}

// "could <@U09PRI4NK> be an owner too?": a team role said of a Slack member is that member's role.
export function withMentionedMember(clause: Clause): Clause {
  const top = clause.ranking[0];
  if (!top || top.label === 'setMemberRole' || top.label === 'inviteMember' || !clause.spans.some((s) => s.slot === 'teamRole') || clause.spans.some((s) => s.slot === 'client')) return clause;
  if (!clause.words.slice(clause.from + 1, clause.to + 1).some((w) => /^<?@[UW][A-Z0-9]{6,}>?$/i.test(w))) return clause;
  return { ...clause, ranking: [{ label: 'setMemberRole', p: Math.max(top.p, 0.8) }, ...clause.ranking.filter((r) => r.label !== 'setMemberRole' && r.label !== top.label)] };
}
