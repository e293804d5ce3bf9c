// Portal invitations, access switches and link resets; CSV export; then outreach drafts and enrichment (own files).
import { call, type Matcher } from './clause';
import { cleanRef, isQuantifier, QUANTIFIER } from './clean-names';
import { findEmails } from './find-contacts-info';
import { matchEnrich } from './match-enrich';
import { matchApplyEnrichment, matchSendOutreach } from './match-follow-ups';
import { matchOutreach } from './match-outreach';
import { parseFilters } from './parse-filters';

/** "Olivia at Hooli", "sofia@x.it at Rossi", "Hooli" -> { client, contact? }. */
export function splitPersonAt(span: string): { client?: string; contact?: string } {
  const s = span.trim();
  // "everyone at Hooli", "all of Hooli's contacts", "Hooli's whole team": the client, no one contact.
  if (isQuantifier(s)) return {};
  const everyone = new RegExp(String.raw`^${QUANTIFIER}\s+(?:at|from|of|with|in|for)\s+(.+)$`, 'i').exec(s)
    ?? /^(?:all\s+(?:of\s+)?)?(.+?)(?:'s|’s|')\s+(?:whole\s+|entire\s+)?(?:contacts|people|team|staff|users|employees)$/i.exec(s);
  if (everyone) return { client: cleanRef(everyone[1].replace(/(?:'s|’s|')\s+(?:whole\s+|entire\s+)?(?:contacts|people|team|staff|users|employees)$/i, '')) };
  const at = /^(.+?)\s+(?:at|from|of|with)\s+(.+)$/i.exec(s);
  if (at && !/^(?:the|a)\s/i.test(at[1])) return { contact: cleanRef(at[1]), client: cleanRef(at[2]) };
  const poss = /^(.+?)(?:'s|’s|'|’)\s+(?:contact\s+)?(.+)$/i.exec(s);
  if (poss && /^[A-Z]/.test(poss[2]) && !/\b(?:portal|account|access|team|contacts?)\b/i.test(poss[2])) return { client: cleanRef(poss[1]), contact: cleanRef(poss[2]) };
  return { client: cleanRef(s) };
}

const OFF = /\b(?:turn|switch)\s+(?:the\s+)?(?:client\s+)?portal(?:\s+access)?\s+off\b|\b(?:disable|turn(?:ed)? off|switch(?:ed)? off|deactivate|revoke|remove|block|close|shut off|cut off|kill|suspend|freeze|pull(?!\s+up)|no (?:more )?portal|shouldn'?t|should not|can'?t|cannot|must not|mustn'?t|no longer|not allowed|stop|lock out|take away)\b/i;
const ON = /\b(?:turn|switch)\s+(?:the\s+)?(?:client\s+)?portal(?:\s+access)?\s+on\b|\b(?:enable|turn(?:ed)? on|switch(?:ed)? on|activate|grant|give|allow(?:ed)?|permit(?:ted)?|open|let|unblock|restore|should be able|should have access|needs? access|can)\b/i;
const REGEN = /\b(?:regenerate|reset|rotate|renew|refresh|new|replace|reissue|re-?issue|invalidate|expire|change|leaked|forwarded|compromised|shared)\b/i;
const INVITE = /\b(?:invite|invitation|send|email|e-mail|mail|resend|share)\b/i;

export const matchPortal: Matcher = (c) => {
  const t = c.text;
  if (!/\bportal\b|\bmagic link\b|\blog ?in link\b|\bsign-?in link\b/i.test(t)) return null;
  if (/^(?:add|create)\b/i.test(t) && !/\binvit/i.test(t)) return null;
  const isLink = /\b(?:portal|magic|log ?in|sign-?in)\s+links?\b|\blinks?\s+(?:to|for)\s+the\s+portal\b/i.test(t);
  // Who: "for/to X", "X at Y", or the sentence's subject.
  const target = /\b(?:for|to|from|of)\s+(.+?)(?=\s+(?:to|into|on|in|access|a portal|the portal|anymore|any more|again|now)\b|[,;]|\.\s|$)/i.exec(t.replace(/\bthe (?:client )?portal\b/gi, 'the portal'));
  const subject = /^(.+?)\s+(?:shouldn'?t|should not|can'?t|cannot|must not|no longer|should|can|needs?|wants?|(?:is|are)\s+(?:not|no longer|now)?\s*(?:allowed|permitted|able)|isn'?t|aren'?t)\b/i.exec(t);
  if (isLink && REGEN.test(t) && !/\b(?:send|email|e-mail|mail)\b.*\blink\s+to\b/i.test(t)) {
    const m = /\blinks?\s+(?:for|of|to)\s+(.+?)(?=\s+(?:got|was|has|is|have|are)\b|[,;]|\.\s|$)/i.exec(t) ?? /\b(.+?)(?:'s|’s)\s+portal links?\b/i.exec(t) ?? target;
    const span = (m?.[1] ?? 'it').replace(/^(?:regenerate|reset|rotate|renew|refresh|replace|re-?issue|invalidate|expire|change|kill|make)\s+(?:a\s+new\s+|the\s+)?/i, '');
    return call('regeneratePortalLink', { client: splitPersonAt(span).client ?? 'it' });
  }
  const sendLink = /^(?:send|email|e-mail|mail)\s+(?:the\s+)?(?:portal\s+)?(?:magic\s+)?(?:log ?in\s+|sign-?in\s+)?(?:portal\s+)?links?\s+to\s+(.+)$/i.exec(t);
  const inviteFor = /^(?:invite|re-?invite|send)\s+(.+?)\s+(?:to|into)\s+(?:the\s+)?(?:client\s+)?portal\s+(?:for|at|of|on behalf of)\s+(.+)$/i.exec(t);
  if (inviteFor) return call('invitePortal', { client: cleanRef(inviteFor[2]) ?? 'it', contact: cleanRef(inviteFor[1]) });
  const inviteStart = /^(?:invite|re-?invite)\s+(.+?)\s+(?:to|into|onto)\s+(?:the\s+|their\s+)?(?:client\s+)?portal\b/i.exec(t)
    ?? /^(?:send|email|give)\s+(.+?)\s+(?:a|an|the|her|his|their)\s+(?:new\s+)?(?:portal\s+)?(?:invite|invitation|(?:magic\s+|log ?in\s+|sign-?in\s+)?link)\b/i.exec(t)
    ?? /^(?:send|email|resend)\s+(?:a|an|the)?\s*(?:portal\s+)?(?:invite|invitation)s?\s+(?:to|for)\s+(.+?)(?:\s+(?:for|to)\s+the\s+portal)?$/i.exec(t)
    ?? sendLink;
  if (inviteStart) {
    const who = splitPersonAt(inviteStart[1]);
    if (who.contact && !who.client) return null;
    return call('invitePortal', { client: who.client ?? 'it', contact: who.contact });
  }
  const off = OFF.test(t), on = ON.test(t);
  if (off || on) {
    const give = /^(?:give|grant|allow|let|enable|disable|revoke|remove|block|restore)\s+(?!(?:the\s+)?portal\b)(.+?)\s+(?:(?:client\s+)?portal\s+access|access|to\s+log|log ?in|sign ?in|into|to\s+(?:use|access|the portal)|from\s+(?:the\s+)?(?:client\s+)?portal)\b/i.exec(t);
    const span = give?.[1] ?? (subject && !/^(?:please|turn|switch|enable|disable|give|let)\b/i.test(subject[1]) ? subject[1] : target?.[1]);
    const who = splitPersonAt(span ?? 'it');
    const contactInSentence = !who.contact && /\bno portal\b/i.test(t) ? undefined : who.contact;
    return call('setPortalAccess', { client: who.client ?? 'it', contact: contactInSentence, enabled: !off });
  }
  if (INVITE.test(t) && target) {
    const who = splitPersonAt(target[1]);
    return call('invitePortal', { client: who.client ?? 'it', contact: who.contact });
  }
  return null;
};

/** "invite them", "invite Acme Corp": a portal invitation (team invitations name a role or the team). */
export const matchBareInvite: Matcher = (c) => {
  const m = /^(?:invite|re-?invite)\s+(.+)$/i.exec(c.text);
  if (!m || /\bas\s+(?:an?\s+)?(?:admin|manager|member|owner)\b|\bto\s+(?:the\s+)?(?:team|workspace|slack|app)\b/i.test(m[1])) return null;
  const who = splitPersonAt(m[1]);
  return call('invitePortal', { client: who.client ?? 'it', contact: who.contact });
};

export const matchExport: Matcher = (c) => {
  const t = c.text;
  if (!/^(?:export|download|dump|extract|get|give|send|pull|generate|create|make)\b|^(?:a\s+)?csv\b/i.test(t) || !/\bexport|\bcsv\b|\bspreadsheet\b|\bexcel\b/i.test(t)) return null;
  if (/\bimport\b/i.test(t)) return null;
  const filters = parseFilters(t.replace(/\b(?:as|to|in)\s+(?:a\s+)?(?:csv|spreadsheet|excel)(?:\s+file)?\b/gi, ' '), c.today);
  delete filters.limit;
  const q = /\bexport\s+(?!all\b|my\b|every\b|the\b|our\b|active\b|archived\b|inactive\b|past\b|leads?\b|clients?\b)(.+?)(?:\s+(?:as|to)\s+(?:a\s+)?csv)?$/i.exec(t);
  if (q && !Object.keys(filters).length && !/\b(?:clients|customers|list)\b/i.test(q[1])) return call('exportCsv', { query: cleanRef(q[1]) });
  return call('exportCsv', filters);
};

export const portalMatchers: Matcher[] = [matchSendOutreach, matchApplyEnrichment, matchPortal, matchOutreach, matchEnrich, matchExport, matchBareInvite];
