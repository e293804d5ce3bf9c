// Readings the words rule out: some intents are taken only when a word for them is said (deleting is never read
// into "the client X has paid", a quote needs the word quote), and a question (who/what/which ..., "is X on the portal?") never changes data.
// Such a reading is neither acted on nor offered. (Handing its probability to the next reading instead was
// measured: a point more read, as many more misreads.)
import type { Clause } from './command-reader';
import { INVOICED, QUOTED } from './read-value-said';
import { INTENTS } from './schema';

const DESTROY = /\brm\b|\b(?:kill|delet|remov|eras|wip|purg|drop|get rid|destroy|trash|scrap|nuke|l[öo]sch|elimin|borr|supprim|cancell|usu[nń]|verwijder|apag|exclu)/i;
// A file is also binned or thrown away ("bin the old rate card pdf").
const DISCARD = new RegExp(String.raw`${DESTROY.source}|\bbin\b|\bthrow(?:n)? away\b`, 'i');
const PORTAL = /portal|access|log ?in|login|sign ?in|invit|lock|link|account|zugang|acceso|acesso|accès|einlad|convid|portail/i;
// A contact leaves a client in words for taking off or for leaving ("take him off", "Yusuf Demir left the company").
const TAKE_OFF = new RegExp(String.raw`${DESTROY.source}|\btak(?:e|en|es|ing)\b[^;!?\n]{0,60}\b(?:off|away|out)\b|\b(?:left|leaves|leaving|quit|quits|resigned|retired|departed|gone|moved on|stood down|stepped down|no longer|anymore|any more|not with|ex-)\b|\bunlist|\boff (?:the|their|our) (?:contacts?|list|books)`, 'i');
const SAID: Record<string, RegExp> = {
  deleteClient: DESTROY,
  // ("• Jens Hausmann, Geschäftsführer, jens@…" in a list of contacts adds him; it removes no one.)
  removeContact: TAKE_OFF,
  deleteDocument: DISCARD,
  applyEnrichment: /\b(?:apply|applied|accept|take|use|save|keep|merge|approve|confirm|fill|overwrite|replace|add (?:the|what|those|these))/i,
  sendOutreach: /s+e+n+d|sent|approv|ship|fire|go ahead|deliver|dispatch|mail|\bout\b|envia|envoy|schick|sende/i,
  createQuote: /quot|estimat|proposal|offer|devis|presupuest|angebot|or[çc]ament|preventiv|oferta|kostenvoranschlag|\bbid\b|pricing/i,
  sendQuote: /quot|\bq-?\d|estimat|proposal|offer|devis|presupuest|angebot|or[çc]ament|preventiv|oferta/i,
  setMemberRole: /\b(?:owner|admin|administrator|manager|member|viewer|role|rolle|rol|rôle|promot\w*|demot\w*|downgrad\w*|upgrad\w*)\b/i,
  applyImport: /import|apply|proceed|go ahead|commit|confirm|csv/i,
  // An import is of a file or a list brought over ("make it look nicer", "loop in Grace Kim" import nothing).
  importCsv: /import|\.csv|csv|spreadsheet|excel|\bxlsx?\b|\bfile|sheet|upload|bring (?:over|in)|brought|migrat|load|export from|from (?:the |our |my )?(?:old|other|previous)|hubspot|pipedrive|salesforce|zoho|kiaro|coportal|invoice ninja|list|importar|importer|importieren/i,
  // A message to the client's portal is asked for in words ("message", "tell them", "let them know"), not read into "share ... the document".
  messageClient: /messag|\bmsg|\bdm\b|\bpm\b|tell|\bwrit|\bwrote|\bsend|\bsay|\bask|know|repl|respond|answer|notif|ping|remind|inform|\bpost|\btext|\bchat|reach out|drop|nudge|update them|\bnote to|nachricht|schreib|mensaj|mensag|écri|ecri|dile|diga|\bdi\b|avis|:|["“]/i,
  // Someone joins the team only when the words say so: never read into a new client's main contact.
  inviteMember: /invit|\bteam|member|mate\b|colleague|co-?worker|staff|seat|\bjoin|onboard|access|admin|owner|viewer|workspace|log ?in|sign ?in|einlad|convid|invitar|inviter|zugang|\buser/i,
  // Portal access, invitations and links are about the portal in words ("mark them as a Former client" is not).
  'setPortalAccess:on': PORTAL, 'setPortalAccess:off': PORTAL, invitePortal: PORTAL,
  // A link is made anew only in words for a new one or for the old one ending ("send her the link" invites her).
  regeneratePortalLink: /regen|rotat|reset|renew|refresh|re-?issue|reissu|replac|swap|roll|invalidat|revok|leak|compromis|expired|stolen|stop working|forwarded|wrong person|old (?:portal )?(?:one|link)|fresh|another (?:link|one)|new|again|neu|nuevo|nouveau|novo|cycle|kill|disable (?:the )?(?:old )?link/i,
  // An export and a settings explanation have their own words: "Jakub asked to put X on friendlier reminders" asks for neither.
  exportCsv: /export|csv|spreadsheet|excel|download|\bfile|sheet|extract|dump|\bxls|list|exportar|exporter|exportieren|liste/i,
  explainSettings: /\?|setting|effective|\b(?:why|what|which|where|how|explain|walk|check|tell|show|come|comes|reason|warum|wieso|por ?qu[eé]|pourquoi|perch[eé])\b/i,
  // Looking a client up on the web is asked for in such words ("send Acme a reminder about the invoice" is no lookup).
  enrichClient: /enr+ich|look\w* ?up|lookup|research|website|\bsite|\bweb\b|online|internet|google|linkedin|detail|\binfo|fill|find out|\bdig|background|\bdata\b|profile|scrap|crawl|fetch|pull|\burl\b|https?:|\.\w{2,}\b|enriquec|anreicher|enrichir|complet|auto/i,
  // A group is named as one ("could we add Saanvi Iyer as a client?" makes no group).
  createGroup: /group|segment|tier|bucket|categor|folder|cluster|portfolio|gruppe|grupo|groupe|gruppo/i,
  updateGroup: /group|segment|tier|bucket|categor|folder|cluster|portfolio|gruppe|grupo|groupe|gruppo/i,
  // A new client is asked for in words ("add", "new", "lead", "set up" ...), not read into "X: hide the pricing sheet".
  createClient: /\b(?:add|adding|added|new|create|creat|set ?up|setup|stood up|stand up|register|onboard|signed|sign up|lead|prospect|opp|opportunity|client|customer|account|company|net-new|won|track|enter|put in|save|log|crie|cria|crea|cr[ée]er|cr[ée]e|ajout\w*|anlegen|neue[rn]?|kunden?|cliente|nuevo|nueva|novo|nova|nouveau|nouvelle)\b|\+/i,
};
// ("Is Acme on the portal yet?" asks too; "is there a way to ..." and "is it possible to ..." are requests.)
const QUESTION = /^(?:(?:who|what|which|when|where|why|how|whose)\b(?!.*\b(?:can|could|would|will) (?:you|we|i)\b)|(?:is|are|was|were|does|do|did|has|have)\b(?!\s+(?:there|it)\b)(?=.*\?\s*$))/i;

// An invoice acted on in other words than sending it ("void INV-0042", "mark INV-0042 paid") is not sent. (Words for
// sending are not required: "send Q-0102 and invoice INV-0510" says it once, in the clause before.)
const OTHER_INVOICE_ACT = /\b(?:void(?:ed)?|cancel\w*|annul\w*|write off|credit|refund\w*|delete|remove|mark(?:ed)?|paid|pay|settled|cleared|came in|come in|arrived|landed|received|in full|full amount|edit|change|update|correct|fix)\b/i;
const SEND_WORD = /s+e+n+d|sent|mail|deliver|dispatch|forward|remind|issue|share|envia|envoy|schick/i;
// A change said not to be made ("don't archive Acme", "never delete X"); "don't forget to ..." still asks for it.
const NEGATED = /^\W*(?:<@\w+>\s*)?(?:please\s+|pls\s+)?(?:don'?t|do not|dont|never|no need to)\b(?!\s+forget)/i;
// Whether to make a change, asked ("should I delete Lumen Forge?", "should we archive X?"): advice, not the change.
// ("should we delete Kaimana Surf Co? they never replied": the question may be followed by more.)
const ASKED_WHETHER = /^\W*(?:(?:so|hmm+|ok|okay|honestly|do you think)[,\s]+)?(?:should|shall|must) (?:i|we)\b(?=[^.!?]*\?)|\b(?:should|shall|must) (?:i|we)\b(?=.*\?\s*$)/i;
// Something of a contact's is removed, not the contact ("remove the primary flag from Jane").
const CONTACT_PART = /\b(?:remove|drop|clear|take off|unset|delete)\s+(?:the|their|his|her|its)?\s*(?:\w+\s+)?(?:flag|primary|billing|role|title|tag|email|phone|number|access|status|mark)\b/i;
// Something of the client's archived, not the client ("archive the old quote for Acme").
const PART_ARCHIVED = /\barchiv\w*\s+(?:the|their|its|this|that|a|an|all(?: the)?|our)?\s*(?:\w+\s+)?(?:quotes?|invoices?|notes?|documents?|files?|projects?|contacts?|messages?|threads?|emails?)\b/i;
// A client taken out of a group or list, not deleted ("remove Acme Corp from the Retail group").
const OUT_OF_GROUP = /\bfrom\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:[\w&'-]+\s+){0,3}(?:group|segment|tier|bucket|list|portfolio|category)\b/i;
// Something of the client's is deleted, not the client ("delete the note on Acme Corp", "remove their old email").
const PART_DELETED = /\b(?:delete|remove|drop|erase|clear|get rid of|trash|wipe|scrap)\s+(?:the|their|its|this|that|a|an|all(?: the)?|his|her|my|our)?\s*(?:\w+\s+)?(?:notes?|invoices?|quotes?|projects?|documents?|files?|emails?|e-mail|phone(?: number)?|numbers?|address|website|tags?|contacts?|messages?|payments?|fields?|details?|comments?|pdf)\b/i;

// Words for taking someone off the portal: never an invitation to it, nor a client deleted ("remove all their people
// from the portal").
const PORTAL_OFF = /\b(?:remov\w*|revok\w*|kick\w*|block\w*|disabl\w*|deactivat\w*|turn\w*\s+off|switch\w*\s+off|shut\w*|cut\w*\s+off|lock\w*\s+out|take\w*\s+\w+\s+off)\b/i;
const PORTAL_REMOVED = /\b(?:remov\w*|revok\w*|kick\w*|block\w*|lock\w*\s+out|take\w*\s+\w+\s+off)\b/i;
const OFF_PORTAL = /\b(?:from|off|out\s+of)\s+(?:the\s+|their\s+|our\s+)?portal\b/i;

// Where a setting comes from is asked about a setting, in some word for one ("is X's portal switched on?" is not).
const SETTING_WORD = /parameter|explain|config|preferen|come(?:s)? from|coming from|\bfrom where|\bget\b.*\bfrom\b|\b(?:eur|usd|gbp|chf|sek|nok|dkk|aud|cad|nzd|jpy|inr|zar|brl|mxn|pln|czk|huf|sgd|hkd|aed|try)\b|currenc|terms|\bnet\b|\bnet\s*\d|\btone|remind|setting|\bbill|\bpay|invoic|euro|dollar|pound|sterling|lira|franc|kron|\byen\b|rupee|\brand\b|peso|zloty|forint|default|harsh|gentle|friendly|firm|neutral|stern|strict|\d+\s*days?/i;
const CURRENCY_CODE = /\b[A-Z]{3}\b/;

/** A reading the words rule out: a delete nobody said, a change asked as a question. */
export function unsaid(intent: string, clause: Clause): boolean {
  // A new client's words may come in the next clause ("Bengaluru Bytes Pvt Ltd – GSTIN ... pls add them").
  // (The words as the spelling corrector read them count too: "remvoe" is "remove".)
  const said = (re: RegExp) => re.test(clause.text) || ((intent === 'createClient' || intent === 'removeContact') && re.test(clause.words?.join(' ') ?? ''));
  if (intent === 'sendInvoice' && OTHER_INVOICE_ACT.test(clause.text) && !SEND_WORD.test(clause.text)) return true;
  if (intent === 'deleteClient' && (PART_DELETED.test(clause.text) || OUT_OF_GROUP.test(clause.text))) return true;
  if (intent === 'removeContact' && CONTACT_PART.test(clause.text)) return true;
  if (intent === 'explainSettings' && !SETTING_WORD.test(clause.text) && !CURRENCY_CODE.test(clause.text)) return true;
  if (intent === 'invitePortal' && PORTAL_OFF.test(clause.text)) return true;
  // ("the portal for X is switched off but they need it on" asks for it on: only a removal rules that out.)
  if (intent === 'setPortalAccess:on' && PORTAL_REMOVED.test(clause.text)) return true;
  if (intent === 'deleteClient' && OFF_PORTAL.test(clause.text)) return true;
  if (intent === 'archiveClient' && PART_ARCHIVED.test(clause.text)) return true;
  // (An offer or estimate priced for a client is a quote, unless an invoice is named too: "make an offer to X of 15.000 €".)
  if (intent === 'createInvoice' && QUOTED.test(clause.text) && !INVOICED.test(clause.text)) return true;
  if (INTENTS[intent]?.writes && ASKED_WHETHER.test(clause.text)) return true;
  if (INTENTS[intent]?.writes && NEGATED.test(clause.text)) return true;
  return (SAID[intent] !== undefined && clause.said !== intent && !said(SAID[intent])) || (Boolean(INTENTS[intent]?.writes) && QUESTION.test(clause.text.trim()));
}

