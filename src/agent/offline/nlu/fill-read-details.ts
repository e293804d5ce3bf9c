// Details of a question the tagger left in its words: which setting "why is X billed in dollars" asks about,
// "newest first", "haven't talked to in a while", "in the archive". Read-only calls, so a wrong guess changes nothing.
import type { PlannedCall } from '../types';
import { parseDate } from '../values/parse-dates';
import { findStatus } from '../values/lexicon';
import { findCurrency } from '../values/parse-money';
import { findCountry } from '../values/find-country';
import { escapeRe } from './escape-pattern';

const SETTING: Array<[RegExp, string]> = [
  // (A currency's name written with its capital, "charged in Euro"; a code only in capitals.)
  [/\b(?:[Cc]urrenc\w*|[Dd]ollars?|[Ee]uros?|[Pp]ounds?|[Ff]rancs?|[Yy]en|[Rr]upees?|[Kk]ron\w*|[Zz]loty|[Rr]and|[Pp]esos?|[Rr]eais|[A-Z]{3})\b|[$€£¥₹]/, 'currency'],
  [/\b(?:payment terms?|terms|net \d+|\d+ days|days to pay|due (?:in|after)|payment (?:delay|deadline|window|period)|pay within)\b/i, 'paymentTerms'],
  [/\b(?:reminders?|tone|nudges?|dunning)\b/i, 'reminderTone'],
];
const NEWEST = /\b(?:newest|latest|most recent(?:ly added)?|recently added|just added|new(?:est)? first)\b/i;
const QUIET = /\b(?:haven'?t|have not|not)\s+(?:\w+\s+){0,2}(?:talked|spoken|heard|been in touch|contacted|touched)\b|\b(?:longest|gone quiet|least recent)\b/i;
const ARCHIVE = /\bin (?:the )?archive\b|\barchived\b/i;
const INCLUDING = /\b(?:includ\w*|incl|as well as|plus|even)\b/i;

const SHORT_MONTH = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const MONTHS: Record<string, string> = { jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December' };
const ADDED = /\b(?:created|added|new|joined|signed(?: up)?|put in|came in|onboarded)\b/i;
const SINCE = /\bsince\s+(?:the\s+)?(.+?)(?=\s+(?:in|with|from|sorted|by|and|who|that)\b|[,;?!.]|$)/i;
const LISTED = '(?:customers|clients|accounts|ones)';
const STATUS_OF_LIST = new RegExp(`\\b(active|inactive|dormant|churned|former|past|lead|prospect)s?\\s+${LISTED}\\b`, 'i');
const OWNED_BY = new RegExp(`\\b${LISTED}\\s+(?:that|which|whom)\\s+(\\p{Lu}\\p{Ll}+)\\s+(?:looks after|manages|owns|handles|runs|looks? after)\\b|\\b${LISTED}\\s+(?:of|owned by|managed by|handled by)\\s+(\\p{Lu}\\p{Ll}+)\\s*[?.!]?$`, 'u');
const DEMONYMS: Record<string, string> = {
  american: 'US', canadian: 'CA', mexican: 'MX', brazilian: 'BR', british: 'GB', irish: 'IE', french: 'FR', german: 'DE', dutch: 'NL',
  belgian: 'BE', swiss: 'CH', austrian: 'AT', italian: 'IT', spanish: 'ES', portuguese: 'PT', polish: 'PL', swedish: 'SE', norwegian: 'NO',
  danish: 'DK', finnish: 'FI', japanese: 'JP', chinese: 'CN', korean: 'KR', indian: 'IN', australian: 'AU', 'new zealand': 'NZ', kenyan: 'KE',
  nigerian: 'NG', 'south african': 'ZA', singaporean: 'SG',
};
const DEMONYM = new RegExp(`\\b(${Object.keys(DEMONYMS).join('|')})\\s+${LISTED}\\b`, 'i');
const ALSO = /\b(?:too|also|as well|and archived|with the archived|all of them)\b/i;
const CSV_FILE = /[\w~./-]*[\w-]\.csv\b/i;

const IN_GROUP = /\b(?:in|of|from)\s+(?:the|our|my)\s+["“]?([\p{L}\d][^"”,;.!?]{0,40}?)["”]?\s+group\b/iu;
const GROUP_NAMED = /\bgroup\s+(?:called\s+|named\s+)?["“]?(\p{Lu}[^"”,;.!?]{0,40}?)["”]?(?=\s*(?:[,;.!?]|$|\s(?:as|to|sorted|by|in|into|please|pls)\b))/u;

// "in order of how much they have paid us, the biggest first": by revenue.
const BY_REVENUE = /\b(?:how much (?:they(?:'ve| have)?|each (?:one )?(?:has)?)\s*(?:paid|spent|billed|brought in)|(?:biggest|largest|highest) (?:first|spenders|payers)|most (?:revenue|money|valuable)|top (?:\d+ )?(?:spenders|payers|earners))\b/i;
// Trades people name their clients by (a word from this list, or any word after "sector", "industry").
const TRADES = 'construction|restaurants?|retail|hospitality|fintech|health ?care|manufacturing|logistics|legal|law firms?|education|florists?|agriculture|real estate|media|software|saas|consulting|architecture|dental|beauty|fitness|non-?profits?|automotive|energy|insurance|travel|tourism|food|beverages?|fashion|catering|marketing|advertising|e-?commerce|pharma\\w*|biotech|telecoms?|gaming|events|publishing|photography|engineering|accounting|banking|wholesale|transport\\w*|shipping|mining|textiles?|furniture|bakeries|breweries|wineries|salons?|clinics?|charities';
const LIST = '(?:customers|clients|accounts|companies|ones)';
const TRADE_NAMED = /\b(?:sector|industry|field|vertical|secteur|sektor|branche)\s+(?:of\s+|is\s+)?(\p{L}[\p{L}&-]*(?:\s(?!in\b|from\b|with\b|by\b|and\b|please\b)\p{L}[\p{L}&-]*)?)|\bin\s+(?:the\s+)?(\p{L}[\p{L}&-]*(?:\s\p{L}[\p{L}&-]*)?)\s+(?:sector|industry|space|vertical|trade)\b/iu;
const TRADE_LISTED = new RegExp(`\\b(${TRADES})\\s+${LIST}\\b|\\b${LIST}\\s+(?:in|from)\\s+(?:the\\s+)?(${TRADES})\\b|\\b(?:which|what)\\s+(?:of\\s+)?(?:my|our|the)\\s+${LIST}\\s+are\\s+(${TRADES})\\b`, 'i');

function industryOf(text: string): string | undefined {
  const named = TRADE_NAMED.exec(text);
  if (named) return named[1] ?? named[2];
  const listed = TRADE_LISTED.exec(text);
  return listed ? listed[1] ?? listed[2] ?? listed[3] : undefined;
}

/** "4 Mill Lane, Hereford HR1 2AB": the town written right before a postcode, after the street's comma. */
function townBeforeCode(address: Record<string, unknown>, text: string): Record<string, unknown> {
  if (typeof address.postalCode !== 'string' || address.city !== undefined) return address;
  const town = new RegExp(`,\\s*(\\p{Lu}[\\p{L}'-]+(?:[ -]\\p{Lu}[\\p{L}'-]+){0,2})\\s+${escapeRe(address.postalCode)}\\b`, 'u').exec(text)?.[1];
  return town && !Object.values(address).includes(town) ? { ...address, city: town } : address;
}

export function fillReadDetails(call: PlannedCall, text: string, today?: Date): PlannedCall {
  const args = { ...call.args };
  if (args.address && typeof args.address === 'object') args.address = townBeforeCode(args.address as Record<string, unknown>, text);
  if (call.tool === 'explainSettings' && args.setting === undefined) {
    const hits = SETTING.filter(([re]) => re.test(text.replace(/\bINV-\d+\b/g, '')));
    // A setting only when one is named: "explain Acme's settings" asks about all of them.
    if (hits.length === 1 && (hits[0][1] !== 'currency' || findCurrency(text) || /currenc/i.test(text))) args.setting = hits[0][1];
  }
  if (call.tool === 'findClients' || call.tool === 'exportCsv') {
    // "export clients in the Law Firms group", "list group Nordics": the group the list is of; the words the tagger
    // read in its name (a country, a search) are the group's.
    const group = args.group === undefined ? IN_GROUP.exec(text) ?? GROUP_NAMED.exec(text) : null;
    if (group) {
      const name = group[1].trim();
      args.group = name;
      for (const key of ['query', 'industry', 'status']) if (typeof args[key] === 'string' && name.toLowerCase().includes(String(args[key]).toLowerCase())) delete args[key];
      if (args.country !== undefined && !findCountry(text.replace(group[0], ' '))) delete args.country;
    }
    if (args.sort === undefined && BY_REVENUE.test(text)) args.sort = 'revenue';
    if (args.industry === undefined && args.group === undefined) {
      // "clients of the sector restaurants", "accounts in healthcare", "fintech accounts": the trade the list is of.
      const trade = industryOf(text);
      if (trade) {
        args.industry = trade;
        if (typeof args.query === 'string' && (trade.toLowerCase().includes(args.query.toLowerCase()) || args.query.toLowerCase().includes(trade.toLowerCase()))) delete args.query;
      }
    }
    if (args.sort === undefined && NEWEST.test(text)) args.sort = 'created';
    else if (args.sort === undefined && QUIET.test(text)) args.sort = 'lastActivity';
    if (args.archived === undefined && ARCHIVE.test(text)) args.archived = INCLUDING.test(text) ? 'all' : 'archived';
    // "clients created since 1 July", "who I added since June": the day the list starts from.
    // ("past clients since Jan": a month written short, which only "since" can make the start of the list.)
    const short = SINCE.exec(text)?.[1].match(SHORT_MONTH);
    const since = today && args.createdFrom === undefined && args.dateRange === undefined && (ADDED.test(text) || short) ? SINCE.exec(text) : null;
    const yearStart = since && /^(?:start|beginning) of (?:the|this) year$/i.test(since[1]) ? `${(today as Date).getUTCFullYear()}-01-01` : undefined;
    const from = since ? yearStart ?? parseDate(short ? MONTHS[short[1].toLowerCase().slice(0, 3)] : since[1], today as Date, 'past') : undefined;
    if (from) args.createdFrom = from;
    // "export all the Active customers": a status said of the clients listed.
    const status = args.status === undefined ? STATUS_OF_LIST.exec(text) : null;
    if (status) args.status = findStatus(status[1]) ?? args.status;
    // "customers that Gareth looks after", "export clients of Antoine": whose clients.
    const owner = args.owner === undefined && args.query === undefined && args.country === undefined ? OWNED_BY.exec(text) : null;
    if (owner) args.owner = owner[1] ?? owner[2];
    // "Pull up our Canadian accounts": the country a demonym names.
    const demonym = args.country === undefined ? DEMONYM.exec(text) : null;
    if (demonym) args.country = DEMONYMS[demonym[1].toLowerCase()];
    // "see archived clients too", "also the archived ones": the archived with the rest.
    if (args.archived === 'archived' && ALSO.test(text)) args.archived = 'all';
  }
  // "import the file leads_from_fair.csv", "from ~/Desktop/clients 2025.csv": the file named, spaces in its name kept.
  if (call.tool === 'importCsv' && (args.file === undefined || !/\.csv$/i.test(String(args.file)))) {
    const start = typeof args.file === 'string' ? text.indexOf(args.file) : -1;
    const named = start >= 0 ? /^\S+(?:\s\S+){0,3}?\.csv\b/i.exec(text.slice(start)) : CSV_FILE.exec(text);
    if (named) args.file = named[0];
  }
  return { ...call, args };
}
