// The studio's own team, not a client's contacts: "invite sam@studio.com to the team as a manager",
// "make bob@studio.com an admin", "promote Lena to owner". Team roles are owner, admin, manager and member;
// "make Jane the finance contact" or "the project manager at Acme" stay contact matters.
import { call, type Matcher } from './clause';
import { findEmails, withoutEmails } from './find-contacts-info';

const ROLE = String.raw`(owner|co-?owner|admin(?:istrator)?|manager|(?:regular |normal |team |plain )?member|teammate|standard user|user)`;
const TEAM = String.raw`(?:the\s+|our\s+|my\s+|this\s+)?(?:team|workspace|studio|clientele|app|account)`;
const WHO = String.raw`(@[UW][A-Z0-9]+|[^\s@]+@[^\s@]+\.[a-z]{2,}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*[(<]?[^\s@()<>]+@[^\s@()<>]+\.[a-z]{2,}[)>]?)?)`;

export function teamRole(word: string): string {
  const w = word.toLowerCase();
  if (/owner/.test(w)) return 'owner';
  if (/admin/.test(w)) return 'admin';
  if (w === 'manager') return 'manager';
  return 'member';
}

function memberRef(who: string): string {
  const email = findEmails(who)[0];
  return email ?? who.trim().replace(/^@/, '').replace(/(?:'s|’s)$/, '');
}

function invite(who: string, role: string | undefined): ReturnType<Matcher> {
  const email = findEmails(who)[0];
  const name = withoutEmails(who).replace(/[()<>,]/g, ' ').replace(/\s+/g, ' ').trim();
  return call('inviteMember', { email: email ?? undefined, name: name || undefined, role: role ? teamRole(role) : undefined });
}

export const matchMembers: Matcher = (c) => {
  const t = c.text;
  let m = new RegExp(String.raw`^(?:invite|add)\s+${WHO}\s+(?:to|into|onto|on)\s+${TEAM}(?:\s+as\s+(?:an?\s+)?${ROLE})?$`, 'iu').exec(t)
    ?? new RegExp(String.raw`^(?:invite|add)\s+${WHO}\s+as\s+(?:an?\s+)?${ROLE}(?:\s+(?:to|on|in)\s+${TEAM})?$`, 'iu').exec(t);
  // "add X as a manager" without the team named is a teammate only when no client was just mentioned.
  if (m && (/^invite\b/i.test(t) || new RegExp(TEAM, 'i').test(t.slice(m[1].length + 4)) || !c.previousClient)) return invite(m[1], m[2]);
  m = new RegExp(String.raw`^(?:make|set)\s+${WHO}\s+(?:(?:an?|the)\s+)?(?:workspace\s+|team\s+)?${ROLE}(?:\s+(?:on|of|in)\s+${TEAM})?(?:\s+(?:now|from now on|too|as well))?$`, 'iu').exec(t)
    ?? new RegExp(String.raw`^(?:promote|demote|upgrade|downgrade|bump|move|switch)\s+${WHO}\s+(?:up\s+|down\s+)?(?:to|as)\s+(?:an?\s+)?${ROLE}$`, 'iu').exec(t)
    ?? new RegExp(String.raw`^(?:change|set|switch|update)\s+${WHO}(?:'s|’s)?\s+(?:team\s+|workspace\s+)?role\s+to\s+(?:an?\s+)?${ROLE}$`, 'iu').exec(t)
    ?? new RegExp(String.raw`^give\s+${WHO}\s+(owner|admin|manager)\s+(?:rights|access|permissions|role|privileges)$`, 'iu').exec(t)
    ?? new RegExp(String.raw`^${WHO}\s+(?:should be|is now|will be|becomes)\s+(?:an?\s+)?(?:workspace\s+|team\s+)?${ROLE}(?:\s+(?:now|from now on))?$`, 'iu').exec(t);
  if (m && !/^(?:the|a|an|it|them|this|that)$/i.test(m[1])) {
    // "make Lena a member of Acme's team" or "a member at Acme" are not workspace roles.
    if (/\b(?:at|of|for)\s+(?!the team|our team|the workspace)\S/i.test(t.slice(t.toLowerCase().lastIndexOf(m[2].toLowerCase())))) return null;
    return call('setMemberRole', { member: memberRef(m[1]), role: teamRole(m[2]) });
  }
  return null;
};
