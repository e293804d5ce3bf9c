// Value words: statuses, contact roles and sort keys, as people say them.
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

export const SORTS: Array<[RegExp, string]> = [
  [/\b(?:revenue|sales|income|billing|billed|earn(?:ing)?s?|biggest|largest|top[- ]paying|most valuable|value)\b/i, 'revenue'],
  [/\b(?:last activity|recent activity|recently active|latest activity|activity|last contact(?:ed)?|last touched)\b/i, 'lastActivity'],
  [/\b(?:created|creation|newest|oldest|date added|most recent(?:ly added)?|recently added|latest|added)\b/i, 'created'],
  [/\b(?:name|alphabetical(?:ly)?|a-z|a to z)\b/i, 'name'],
];
