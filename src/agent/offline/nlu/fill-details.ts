// Details the tagger left in the words around a call's spans: a due date after "due", a currency beside the
// amount, "shared in portal", "no portal access". Deterministic value parsers over the words no slot took,
// each read only after the word that names its field, so a stray date or symbol never lands in the wrong one.
import * as chrono from 'chrono-node';
import type { PlannedCall } from '../types';
import { isNorthAmericanCity } from '../values/find-region';
import { findLocalCurrency } from '../values/find-local-currency';
import { findCurrency, parseNumber } from '../values/parse-money';
import { iso, parseDate, type Lean } from '../values/parse-dates';
import { ADDRESS_SLOTS, INTENTS } from './schema';
import { listedItem, saidLastFor } from './listed-item';
import { relabelDates } from './mend-spans';
import { leanOf, slotValue } from './slot-values';
import { inNextYear } from './fill-next-year';
import { TONE_WORDS } from './read-polarity';

export type Words = { text: string; tokens: Array<{ start: number; end: number }>; words: string[] };
export type Place = { from: number; to: number; spans: Array<{ slot: string; from: number; to: number }> };

// The word before a date says which date it is.
const DATE_CUES: Record<string, RegExp> = {
  dueDate: /^(?:due|fällig|faellig|vence|vencimiento|vencimento|scadenza|échéance|echeance|expiry|expiration|payable|by|before)$/,
  validUntil: /^(?:valid|gültig|valido|válido|válida|valable|expires?|expiring|expiry|expiration|until|till|through|bis|hasta)$/,
  date: /^(?:on|dated|paid|received|bezahlt|pagado|pagó|payé|am|el|le)$/,
  startDate: /^(?:since|starting|started|start|starts|desde|seit|depuis|effective|began|begins)$/,
  endDate: /^(?:end|ended|ending|ends|finished|wrapped|concluded)$/,
};
// Words between a cue and its date ("start date as 1 June", "due on the 3rd").
const FILLER = /^(?:date|as|is|of|on|the|to|be|at|for|=|:|-|up|with|us|el|le|am|de|das|ist|sera|será)$/;
const DESCRIPTION_STOP = /^(?:due|by|before|net|payable|until|and|send|then|with|on|to|in|within|plus|please|pls|against|towards?|under|it|them|project|,|;|\.|:|\?|!|\(|\)|-|–|—|\/|\+)$/;
const FOREIGN = [chrono.de, chrono.es, chrono.fr, chrono.nl, chrono.pt, chrono.it];

const PROJECT_STATUS: Array<[RegExp, string]> = [
  [/\bon[- ]hold\b|\bpaused\b/i, 'on_hold'], [/\bplanned\b|\bplanning\b/i, 'planned'], [/\bcompleted?\b|\bfinished\b/i, 'completed'],
  [/\bcancell?ed\b/i, 'cancelled'], [/\bin[- ]progress\b|\bongoing\b|\bunderway\b|\bunder way\b/i, 'active'],
];
const NOT_SHARED = /\b(?:don'?t|do not|not|never|no|without)\s+(?:\w+\s+){0,2}(?:shar\w*|portal|visible)|\b(?:private|internal(?:ly)?|team[- ]only|hidden|unshared)\b/i;
const SHARED = /\bshar(?:e|ed|es|ing)\b|\bvisible\b|\bportal\b|\bcompart\w*|\bpartag\w*|\bteilen\b|\bgeteilt\b|\bfreigeben\b/i;
// "info at lighthousedental dot com", as people say an address aloud.
const SPOKEN_EMAIL = /\b([a-z0-9._-]+)\s+at\s+([a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*)\s+dot\s+([a-z]{2,6})\b/i;
const PROJECT_REF = /\b(?:against|on|under|towards?) (?:it|that project|this project|the project|that one)\b/i;
// Currency codes typed in lower case ("aud net 14"): only the common ones, since "all", "try" and "cup" are words.
const BARE_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;
const LOWER_CODE = /\b(usd|eur|gbp|aud|cad|nzd|chf|jpy|sek|nok|dkk|inr|zar|aed|sgd|hkd|mxn|brl|pln|czk|huf|cny)\b/;
// Two letters after a city are its country ("utrecht nl"), unless they are a word.
const STOPWORD_CODES = /^(?:in|on|at|of|to|me|or|us|am|an|as|be|by|do|go|he|if|is|it|my|no|so|up|we|ok)$/i;
// The full client form: every detail an invoice needs ("with all the invoice details", "ready to invoice").
const FULL_FORM = /\b(?:all|full|complete|every)\b(?:\s+\S+){0,4}?\s+(?:invoice|invoicing|billing)\s+(?:details|info|information|fields)\b|\b(?:full|complete)\s+(?:client\s+)?form\b|\bready to invoice\b|\beverything we need to (?:invoice|bill)\b|\b(?:full|complete|all)\s+(?:the\s+)?details\b.{0,25}\b(?:invoic|bill)/i;
const NO_PORTAL = /\b(?:no|without|not)\s+(?:\w+\s+){0,2}portal\b|\bportal(?: access)?\s*(?::|=)?\s*(?:no|off|none)\b/i;

/** Indexes of the clause's words that no span this intent uses has taken (a span whose value did not parse is free). */
function freeWords(intent: string, place: Place, args: Record<string, unknown>): number[] {
  const spec = INTENTS[intent];
  const key = (slot: string) => spec?.slots[slot];
  const used = (slot: string) => (key(slot) !== undefined && args[key(slot)!] !== undefined) || (spec?.address && (ADDRESS_SLOTS as readonly string[]).includes(slot));
  // A second span of a slot the call took only once ("Ende Juli" read as a second client) is free too.
  const counted = place.spans.filter((s, k) => used(s.slot) && (spec?.distributes === key(s.slot) || !place.spans.slice(0, k).some((o) => o.slot === s.slot)));
  const free: number[] = [];
  for (let i = place.from; i <= place.to; i++) if (!counted.some((s) => s.from <= i && s.to >= i)) free.push(i);
  return free;
}

/** The free words as text, cut where a span interrupts them. */
function runs(free: number[], w: Words): string[] {
  const out: string[] = [];
  let start = 0;
  for (let k = 1; k <= free.length; k++) {
    if (k < free.length && free[k] === free[k - 1] + 1) continue;
    out.push(w.text.slice(w.tokens[free[start]].start, w.tokens[free[k - 1]].end));
    start = k;
  }
  return out;
}

function foreignDate(text: string, today: Date, lean: Lean): string | undefined {
  const ref = { instant: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12)), timezone: 'UTC' };
  for (const locale of FOREIGN) {
    const r = locale.parse(text, ref, { forwardDate: lean === 'future' })[0];
    if (!r || r.index > 3) continue;
    const c = r.start;
    let date = new Date(Date.UTC(c.get('year') ?? today.getUTCFullYear(), (c.get('month') ?? 1) - 1, c.get('day') ?? 1));
    if (!c.isCertain('year') && lean === 'future' && date < today) date = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
    if (!c.isCertain('year') && lean === 'past' && date > today) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    return iso(date);
  }
  return undefined;
}

/** A date right after a cue of `key`, in free words only. */
const MONTH_NAMING = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:invoices?|bills?|retainers?|payments?)\b\s*/i;

function dateAfterCue(key: string, free: number[], w: Words, today: Date, lean: Lean): string | undefined {
  const isFree = new Set(free);
  for (const k of free) {
    if (!DATE_CUES[key].test(w.words[k])) continue;
    let a = k + 1;
    while (isFree.has(a) && FILLER.test(w.words[a])) a++;
    let b = a;
    // A comma or full stop ends the date, except the one written on a number ("15. Juli").
    const ends = (k: number) => /^[,;.]$/.test(w.words[k] ?? '') && !(w.tokens[k - 1].end === w.tokens[k].start && /\d$/.test(w.words[k - 1]));
    while (isFree.has(b + 1) && b - a < 4 && !ends(b + 1)) b++;
    if (!isFree.has(a)) continue;
    // ("paid the October invoice yesterday": a month naming the invoice is not the day it was paid.)
    const text = englishDate(w.text.slice(w.tokens[a].start, w.tokens[b].end)).replace(MONTH_NAMING, '');
    if (!/\d|[a-z]{3}/i.test(text)) continue;
    const date = monthEnd(text, today, lean) ?? (startsWithDate(text, today) ? parseDate(text, today, lean) : foreignDate(text, today, lean));
    if (date) return date;
  }
  return undefined;
}

// Short and foreign words for dates, in English for the parser: "due fri", "fällig in 30 Tagen", "gültig bis Ende Juli".
const DATE_WORDS: Array<[RegExp, string]> = [
  [/\bmon\b/i, 'monday'], [/\btues?\b/i, 'tuesday'], [/\bwed\b/i, 'wednesday'], [/\bthu(?:rs?)?\b/i, 'thursday'], [/\bfri\b/i, 'friday'],
  [/\bsat\b/i, 'saturday'], [/\bsun\b/i, 'sunday'], [/\b(?:tmrw|tmr|tomoz|2moro|morgen|mañana|demain|domani)\b/i, 'tomorrow'],
  [/\b(?:tagen|tage|días|dias|jours|dagen|giorni)\b/i, 'days'], [/\b(?:wochen|semanas|semaines|weken|settimane)\b/i, 'weeks'],
  [/\b(?:monaten|meses|mois|maanden|mesi)\b/i, 'months'], [/^(?:en|dans|dentro de|binnen|tra|entro)\b/i, 'in'],
];
const MONTH_END = /^(?:ende|end of|fin de|fin|fine|eind|final de)\s+/i;

function englishDate(text: string): string {
  // "15.07.": a day and month written the German way.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(text.trim());
  if (dotted) return `${dotted[1]}/${dotted[2]}`;
  return DATE_WORDS.reduce((t, [re, word]) => t.replace(re, word), text);
}

/** "Ende Juli", "fin de mars": the last day of that month. */
function monthEnd(text: string, today: Date, lean: Lean): string | undefined {
  if (!MONTH_END.test(text)) return undefined;
  const start = foreignDate(text.replace(MONTH_END, '1 '), today, lean) ?? parseDate(text.replace(MONTH_END, '1 '), today, lean);
  if (!start) return undefined;
  const d = new Date(`${start}T00:00:00Z`);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** English chrono reads the date at the start of the text (not one further on). */
function startsWithDate(text: string, today: Date): boolean {
  const r = chrono.parse(text, { instant: today, timezone: 'UTC' })[0];
  return Boolean(r && r.index <= 3) || /^(?:in|within|end of|net)\b/i.test(text);
}

/** The call with the details its free words name and its spans did not. */
export function fillDetails(call: PlannedCall, intent: string, place: Place, w: Words, today: Date): PlannedCall {
  const spec = INTENTS[intent];
  if (!spec?.writes) return call;
  const args = { ...call.args };
  // "raise an invoice to Wattle & Gum Pty Ltd, A$6,500, packaging design": words in lower case from a writer who
  // capitalises names, with no word for a project, say what the invoice is for; a project is named as one.
  const project = args.project;
  if (intent === 'createInvoice' && typeof project === 'string' && args.description === undefined && !/\p{Lu}/u.test(project)
    && /\p{Lu}/u.test(w.text.replace(project, '')) && !/\bproj(?:ect)?s?\b/i.test(w.text)) {
    delete args.project;
    args.description = project;
  }
  const free = freeWords(intent, place, args);
  if (!free.length) return { ...call, args };
  const text = runs(free, w).join(' … ');
  const keys = new Set(Object.values(spec.slots));
  for (const key of ['dueDate', 'validUntil', 'date', 'startDate', 'endDate']) {
    if (!keys.has(key) || args[key] !== undefined) continue;
    const date = dateAfterCue(key, free, w, today, key === 'startDate' || key === 'endDate' ? 'nearest' : leanOf(intent));
    if (date) args[key] = date;
  }
  // "paid CHF 4'250.50 the 28 of september", "paid ₹21,000 of it yesterday": on a payment, a date is the day it was paid.
  // "Payments received: INV-0102: 980": a payment's one bare number is its amount.
  if (intent === 'recordPayment' && args.amount === undefined) {
    const numbers = free.filter((k) => BARE_AMOUNT.test(w.words[k]) && !/[-#]$/.test(w.words[k - 1] ?? ''));
    if (numbers.length === 1) args.amount = parseNumber(w.words[numbers[0]]);
  }
  if (intent === 'recordPayment' && args.date === undefined) {
    const date = runs(free, w).map((run) => run.replace(/^(?:(?:on|the|of|it|dated|paid|received|has|have|had|that|they|both|landed|arrived|came|in|partial|partly|part)\s+|\(\s*)+/i, ''))
      .map((run) => (startsWithDate(run, today) && !/^(?:in|within|net)\b/i.test(run) ? parseDate(run, today, 'past') : undefined)).find(Boolean);
    if (date) args.date = date;
  }
  inNextYear(args, relabelDates(place.spans, w.words), w, spec.slots, today, leanOf(intent));
  // "bill €7,500 Q1 subscription due Jan 5": the words right after the amount, to a cue or a comma, say what it is for.
  // ("quote brightwater 12k AUD data platform phase 2": a quote's title, the same way.)
  const forKey = intent === 'createInvoice' && args.project === undefined ? 'description' : intent === 'createQuote' ? 'title' : undefined;
  // ("for the right package instead": an adverb that ends the clause is not what it is for.)
  if (forKey && typeof args[forKey] === 'string') args[forKey] = String(args[forKey]).replace(/\s+(?:instead|too|as\s+well|again|please|pls|asap)$/i, '');
  if (forKey && args[forKey] === undefined) {
    const money = Math.max(-1, ...place.spans.filter((s) => s.slot === 'amount' || s.slot === 'currency').map((s) => s.to));
    let a = money + 1;
    // "3.200,00 € (Konzept)": what it is for, in brackets.
    if (w.words[a] === '(') a++;
    // "12000 NOK, logo work, due in 30 days": what it is for as an item of its own, between commas.
    const listed = w.words[a] === ',';
    if (listed) a++;
    while (/^(?:for|the|a|an)$/.test(w.words[a] ?? '')) a++;
    let b = a - 1;
    while (b + 1 <= place.to && free.includes(b + 1) && !DESCRIPTION_STOP.test(w.words[b + 1])) b++;
    const closed = !listed || b === place.to || /^[,.;]$/.test(w.words[b + 1] ?? '');
    const said = b >= a && money >= 0 && closed && free.includes(money + 1) ? w.text.slice(w.tokens[a].start, w.tokens[b].end) : '';
    if (said && b - a < 5 && /\p{L}{2}/u.test(said) && !startsWithDate(said, today) && !findCurrency(said)) args[forKey] = said;
  }
  // "inv ferro & figli 4200 eur due 15 jan for phase 1": what it is for, said last after "for".
  if (forKey && args[forKey] === undefined) {
    const last = saidLastFor(free, place, w, (said) => !startsWithDate(said, today) && !findCurrency(said));
    if (last) args[forKey] = last;
  }
  // "Linden & Moss quote — website rebuild — £14,500": a quote's title as an item of its own between dashes or commas.
  if (intent === 'createQuote' && args.title === undefined) {
    const item = listedItem(free, place, w, (said) => !startsWithDate(said, today) && !findCurrency(said));
    if (item) args.title = item;
  }
  // ("un presupuesto: 'Catálogo Primavera', 4.200 €": a title in quotes is what is inside them.)
  if (forKey && typeof args[forKey] === 'string') args[forKey] = String(args[forKey]).replace(/^["'“‘](.+)["'”’]$/u, '$1');
  // "net 14", "pay within 14 days" on an invoice: due that many days from today.
  const net = /\bnet\s*(\d{1,3})\b|\b(?:pay|payable|payment)\s+(?:with)?in\s+(\d{1,3})\s+days?\b/i.exec(text);
  if (intent === 'createInvoice' && args.dueDate === undefined && net) args.dueDate = iso(new Date(today.getTime() + Number(net[1] ?? net[2]) * 86_400_000));
  // "put on 20-day terms", "terms of 45 days": the terms the tagger left unmarked.
  const terms = /\b(\d{1,3})[- ]?days?\s+(?:payment\s+)?terms\b|\bterms\s+(?:of\s+|to\s+)?(\d{1,3})\s*days\b/i.exec(text);
  if (keys.has('paymentTerms') && args.paymentTerms === undefined && terms) args.paymentTerms = Number(terms[1] ?? terms[2]);
  if (keys.has('currency') && args.currency === undefined) {
    const currency = findCurrency(text);
    if (currency) args.currency = currency;
  }
  if (keys.has('email') && args.email === undefined) {
    // The tagger may take a spoken address for a name: it is read from the whole clause.
    const spoken = SPOKEN_EMAIL.exec(w.text.slice(w.tokens[place.from].start, w.tokens[place.to].end));
    if (spoken) args.email = `${spoken[1]}@${spoken[2].replace(/\s+dot\s+/gi, '.')}.${spoken[3]}`.toLowerCase();
  }
  // "invoice them €4,000 against it": the project this message names (resolved with the other references).
  if (intent === 'createInvoice' && args.project === undefined && PROJECT_REF.test(text)) args.project = 'it';
  if (keys.has('currency') && args.currency === undefined) {
    const code = LOWER_CODE.exec(text);
    const local = code ? code[1].toUpperCase() : findLocalCurrency(text);
    if (local) args.currency = local;
  }
  // "use firm reminders", "reminders a bit friendlier": the tone said beside the word for reminders.
  if (keys.has('reminderTone') && args.reminderTone === undefined) {
    const tone = TONE_SAID.exec(text);
    if (tone) args.reminderTone = slotValue('reminderTone', tone[1] ?? tone[2], { today });
  }
  const address = args.address as Record<string, unknown> | undefined;
  if (address?.city && !address.country) {
    const city = place.spans.find((s) => s.slot === 'city');
    const next = city ? city.to + 1 : -1;
    const code = next > 0 && next <= place.to && free.includes(next) ? w.text.slice(w.tokens[next].start, w.tokens[next].end) : '';
    const inNorthAmerica = isNorthAmericanCity(String(address.city));
    const country = /^[a-z]{2}$/i.test(code) && !STOPWORD_CODES.test(code) && !inNorthAmerica ? slotValue('country', code.toUpperCase(), { today }) : undefined;
    if (typeof country === 'string') args.address = { ...address, country };
  }
  if ((intent === 'createClient' || intent === 'updateClient') && FULL_FORM.test(text)) args.complete = true;
  if (intent === 'addDocument' && args.shared === undefined) {
    if (NOT_SHARED.test(text)) args.shared = false;
    else if (SHARED.test(text)) args.shared = true;
  }
  if (intent === 'addContact' && args.portalEnabled === undefined && NO_PORTAL.test(text)) args.portalEnabled = false;
  // "principal contact", "make her the Main one": the primary contact, said in other words; "she signs off on renewals": who decides.
  const clauseText = w.text.slice(w.tokens[place.from].start, w.tokens[place.to].end);
  if ((intent === 'addContact' || intent === 'updateContact') && args.primary === undefined && PRIMARY_SAID.test(clauseText) && !NOT_PRIMARY.test(clauseText)) args.primary = true;
  if (intent === 'addContact' && args.role === undefined && DECIDES.test(clauseText)) args.role = 'decision_maker';
  // "Corvid Labs is a SaaS company": the kind of company a client is, its industry.
  const kind = keys.has('industry') && args.industry === undefined ? INDUSTRY_SAID.exec(clauseText)?.[1] : undefined;
  if (kind && !NOT_INDUSTRY.test(kind)) args.industry = kind;
  // "put Tom Becker down as the billing contact": a contact made the billing contact gets the invoices; no role said.
  if (intent === 'updateContact' && args.role === 'finance' && args.billingDefault === undefined && /\bbilling contact\b/i.test(clauseText)
    && !/\b(?:finance|financial|accounts?|accounting|cfo|bookkeep\w*|controller|treasurer)\b/i.test(clauseText)) {
    delete args.role;
    args.billingDefault = true;
  }
  // "the accounts person at Bayside Physio is Grace Liu", "the person of accounting": who handles their money.
  if (intent === 'addContact' && args.role === undefined && MONEY_PERSON.test(clauseText)) args.role = 'finance';
  // A Slack channel's id (a mention decodes to "#C0456DEF") is the channel, wherever the tagger left it.
  if (intent === 'updateWorkspace' && args.messagesChannel === undefined) {
    const channel = /(?:^|[\s#])([CG][A-Z0-9]{6,})\b/.exec(text);
    if (channel) args.messagesChannel = channel[1];
  }
  if (intent === 'createProject' && args.status === undefined) {
    const status = PROJECT_STATUS.find(([re]) => re.test(text));
    if (status) args.status = status[1];
  }
  return { ...call, args };
}

const TONE_WORD = `(${TONE_WORDS})`;
const TONE_SAID = new RegExp(`\\b${TONE_WORD}(?:\\s+\\w+)?\\s+(?:reminders?|tone)\\b|\\b(?:reminders?|tone)\\b[^.?!]{0,25}?\\b${TONE_WORD}\\b`, 'i');

const PRIMARY_SAID = /\b(?:primary|main|principal)\s+(?:contact|one|person|poc|point of contact)\b/i;
const NOT_PRIMARY = /\b(?:no longer|not|isn['’]?t|remove|unset|instead of)\b[^.;]{0,30}\b(?:primary|main|principal)\b/i;
const MONEY_PERSON = /\b(?:deals with|handles|looks after|takes care of|in charge of|does|runs|manages|responsible for)\s+(?:the\s+|their\s+|our\s+)?(?:accounts|accounting|finances?|billing|invoices|invoicing|books|bookkeeping|payments)\b|\b(?:accounts?|billing|accounting|finance) (?:person|lady|guy|man|woman|people)\b|\b(?:person|lady|guy|man|woman) (?:of|from|in|for) (?:the )?(?:accounts?|accounting|finance|billing)\b/i;
const DECIDES = /\b(?:signs? off|signs? (?:things|contracts|everything)|will be signing|the one who decides|decides on|has the final say|final decision|decision[- ]maker|(?:he|she|they|who) decides?|makes? (?:all )?the (?:final |big )?decisions|calls the shots|(?:holds|owns|controls) the budget|approves (?:the )?(?:budgets?|everything|spend(?:ing)?))\b/i;

const INDUSTRY_SAID = /(?:\b(?:is|are|'s|as)|,)\s+an?\s+((?:[\p{L}&/-]+\s+){0,2}?[\p{L}&/-]+)\s+(?:company|firm|business|agency|startup|start-up|brand|shop|practice|manufacturer|retailer|consultancy|outfit|operation)\b/iu;
// Words that say how big, how old or where a company is, not what it does.
const NOT_INDUSTRY = /^(?:(?:very|really|quite|pretty)\s+)?(?:small|smaller|big|bigger|large|huge|tiny|new|great|good|nice|local|family|family-run|family-owned|young|old|growing|global|international|private|public|listed|mid-sized|medium|medium-sized|real|proper|different|other|similar|serious|legit|holding|parent|sister|\p{L}+(?:an|ish|ese|ch|i|ic))(?:\s|$)/iu;

const TOGETHER = /\b(?:both|each|all|beide|ambos|ambas|tous|toutes)\b/i;

/** "invoice Hooli $2,000 and Globex $3,000, both due April 30": a detail said once for both goes on each. */
export function shareDetails(calls: PlannedCall[], text: string): PlannedCall[] {
  if (!TOGETHER.test(text) || calls.length < 2) return calls;
  return calls.map((call) => {
    const args = { ...call.args };
    for (const other of calls) {
      if (other.tool !== call.tool) continue;
      for (const key of ['dueDate', 'validUntil', 'currency', 'date']) if (args[key] === undefined && other.args[key] !== undefined) args[key] = other.args[key];
    }
    return { ...call, args };
  });
}
