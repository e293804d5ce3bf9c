// Vocabulary: statuses, contact roles, client and contact fields, sort keys, and the verbs that start a clause.
export const STATUS_WORDS: Array<[RegExp, string]> = [
  [/\b(?:in-?active|dormant|inactive|on hold|paused|lapsed|quiet)\b/i, 'inactive'],
  [/\b(?:active|current|live|won|signed|ongoing)\b/i, 'active'],
  [/\b(?:past|former|ex-?clients?|churned|lost|ended|finished|done)\b/i, 'past'],
  [/\b(?:leads?|prospects?|prospective|potential)\b/i, 'lead'],
];

export function findStatus(text: string): string | undefined {
  for (const [re, status] of STATUS_WORDS) if (re.test(text)) return status;
  return undefined;
}

export const ROLE_WORDS: Array<[RegExp, string]> = [
  [/\bdecision[- ]?makers?\b|\b(?:economic )?buyer\b|\bsigns? off\b/i, 'decision_maker'],
  [/\bproject (?:manager|lead)\b|\bPM\b|\bproject contact\b|\bdelivery (?:manager|lead)\b/i, 'project_manager'],
  [/\bfinance\b|\baccounts? (?:payable|contact)\b|\baccounting\b|\bbookkeep(?:er|ing)\b|\bfinancial\b/i, 'finance'],
  [/\btech(?:nical)? (?:lead|contact|person)\b|\btechnical\b|\blead (?:developer|engineer)\b|\bIT contact\b/i, 'technical_lead'],
];

export function findRole(text: string): string | undefined {
  for (const [re, role] of ROLE_WORDS) if (re.test(text)) return role;
  return undefined;
}

/** Client fields by the words people use for them (longest first where they overlap). */
export const CLIENT_FIELDS: Array<[RegExp, string]> = [
  [/\b(?:payment terms?|terms|net terms)\b/i, 'paymentTerms'],
  [/\b(?:reminder tone|reminders?|tone)\b/i, 'reminderTone'],
  [/\b(?:billing )?currency\b/i, 'currency'],
  [/\b(?:tax ?id|tax number|vat(?: number| id| no\.?)?|ein|tin)\b/i, 'taxId'],
  [/\b(?:id number|customer (?:number|id)|account number|reference number|external id)\b/i, 'idNumber'],
  [/\b(?:e-?mail(?: address)?)\b/i, 'email'],
  [/\b(?:phone(?: number)?|telephone|tel|mobile|cell|number)\b/i, 'phone'],
  [/\b(?:website|web ?site|site|url|homepage|domain|web address)\b/i, 'website'],
  [/\b(?:industry|sector|vertical)\b/i, 'industry'],
  [/\b(?:owner|account (?:manager|owner)|rep)\b/i, 'owner'],
  [/\b(?:group|segment)\b/i, 'group'],
  [/\b(?:start date|started|start)\b/i, 'startDate'],
  [/\b(?:end date|ended|end)\b/i, 'endDate'],
  [/\b(?:deal value|contract value|value|worth|deal size)\b/i, 'value'],
  [/\b(?:billing address|address|location)\b/i, 'address'],
  [/\bstatus|stage\b/i, 'status'],
  [/\bname\b/i, 'name'],
];

export function fieldOf(words: string): string | undefined {
  for (const [re, field] of CLIENT_FIELDS) if (re.test(words)) return field;
  return undefined;
}

export const CONTACT_FIELDS: Array<[RegExp, string]> = [
  [/\b(?:e-?mail(?: address)?)\b/i, 'email'],
  [/\b(?:phone(?: number)?|telephone|tel|mobile|cell|number|direct line)\b/i, 'phone'],
  [/\b(?:job title|title|position|job)\b/i, 'jobTitle'],
  [/\brole\b/i, 'role'],
  [/\bname\b/i, 'name'],
];

export function contactFieldOf(words: string): string | undefined {
  for (const [re, field] of CONTACT_FIELDS) if (re.test(words)) return field;
  return undefined;
}

export const SORTS: Array<[RegExp, string]> = [
  [/\b(?:revenue|sales|income|billing|billed|earn(?:ing)?s?|biggest|largest|top[- ]paying|most valuable|value)\b/i, 'revenue'],
  [/\b(?:last activity|recent activity|recently active|latest activity|activity|last contact(?:ed)?|last touched)\b/i, 'lastActivity'],
  [/\b(?:created|creation|newest|oldest|date added|most recent(?:ly added)?|recently added|latest|added)\b/i, 'created'],
  [/\b(?:name|alphabetical(?:ly)?|a-z|a to z)\b/i, 'name'],
];

/** Words that begin an action; used to split "X and <verb> Y" into two clauses. */
export const ACTION_VERBS = [
  'add', 'create', 'make', 'set', 'send', 'invite', 'mark', 'archive', 'unarchive', 'delete', 'remove', 'show', 'enable', 'disable',
  'turn', 'email', 'bill', 'invoice', 'record', 'log', 'note', 'change', 'update', 'assign', 'put', 'move', 'give', 'export', 'draft',
  'write', 'enrich', 'restore', 'regenerate', 'reset', 'attach', 'link', 'switch', 'flag', 'tag', 'open', 'list', 'find', 'search',
  'register', 'onboard', 'rename', 'revoke', 'grant', 'let', 'start', 'charge', 'download', 'pull', 'display', 'reassign', 'transfer',
  'new', 'also', 'then', 'edit', 'fix', 'correct', 'jot', 'prepare', 'compose', 'reach', 'activate', 'deactivate', 'unarchive',
  'bring', 'hand', 'take', 'sign', 'look', 'reactivate', 'promote', 'demote',
];

/** Industries people name in one or two words (for "healthcare clients", "X (healthcare)"). */
export const INDUSTRY_WORDS = 'healthcare|health|medical|dental|tech|technology|software|saas|retail|e-?commerce|finance|financial services|fintech|banking|insurance|construction|manufacturing|hospitality|restaurants?|food|education|legal|law|real estate|property|marketing|advertising|media|logistics|transport|energy|renewable energy|non-?profit|government|automotive|fashion|beauty|fitness|consulting|agriculture|architecture|design|travel|gaming|pharma|biotech|telecom|hospitality|wellness|entertainment|music|film|publishing|nonprofit|charity|crypto|ai|cybersecurity|aviation|shipping|mining|sports|events|photography|interior design|furniture|textiles|pets?|veterinary|childcare|cleaning|security|recruiting|recruitment|hr|accounting|engineering|chemicals|utilities|water|solar|wine|beverages?|coffee|bakery|catering|tourism';

/** Abbreviated legal-form words that end in a dot inside a company name ("Pty. Ltd.", "sp. z o.o.", "Sdn. Bhd."). */
export const LEGAL_ABBR = 'Inc|Ltd|Co|Corp|Bros|Sp|sp|Spol|spol|Pty|Pvt|Sdn|Cía|Cia|Ges|Gebr';
