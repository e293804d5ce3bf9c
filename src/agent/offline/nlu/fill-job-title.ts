// A person's job title said around their name that the tagger left untagged: "add Emeka Eze as managing partner",
// "Hemi Walker is Aroha's founder", "the new accountant of Sakura Trading is Yuki Watanabe". Taken only when its
// last word is a job's (partner, founder, accountant, director, ...), so "as primary" or "as a lead" say none.
import type { PlannedCall } from '../types';
import { roleOfOtherWords, roleOfTitle } from './role-of-title';
import { slotValue } from './slot-values';

// (Titles that are a role's own words, "project manager", "developer", "tech lead", say the role alone.)
const OWN_HEAD = '(?:partner|founder|co-founder|cofounder|accountant|director|officer|president|chair|chairman|chairwoman|secretary|treasurer)';
// ("finance manager", "office manager": a job, unless its words are a role's own, "project manager".)
// ("as producer", "their new editor": jobs of the studios and shops we work with, which imply no role.)
const HEAD = `(?:${OWN_HEAD.slice(3, -1)}|manager|controller|coordinator|producer|editor|designer|consultant|architect|lawyer|analyst|strategist|planner|curator)`;
const MOD = "(?:[a-z-]+\\s+){0,2}";
const PATTERNS = [
  // "as managing partner", "as their new finance director"
  new RegExp(`\\bas\\s+(?:an?\\s+|the\\s+|their\\s+|our\\s+)?(?:new\\s+)?(${MOD}${HEAD})\\b`),
  // "Hemi Walker is Aroha's founder", "Yuki is the new accountant"
  new RegExp(`\\bis\\s+(?:the\\s+|their\\s+|our\\s+|[\\p{Lu}][\\p{L}&.' -]{0,40}['’]s\\s+)(?:new\\s+)?(${MOD}${HEAD})\\b`, 'u'),
  // "the new accountant of Sakura Trading is Yuki Watanabe"
  new RegExp(`^\\W*(?:[Tt]he\\s+)?(?:new\\s+)?(${MOD}${HEAD})\\s+(?:of|at|for)\\s+`),
  // "add their accountant Lars Holm to ..."
  new RegExp(`\\badd\\s+(?:their|the|our|an?)\\s+(?:new\\s+)?(${MOD}${HEAD})\\s+(?=\\p{Lu})`, 'u'),
  // "Quillon Studios has a new producer, Dev Patel, ...": any job, said before the name it is.
  /\bhas\s+an?\s+new\s+(\p{Ll}[\p{Ll} -]{2,30}?)\s*[,:]\s*(?=\p{Lu})/u,
];
// "..., he is the owner": the person runs the client, a decision maker (the owner's word is no job title of theirs).
// ("Brasa Grill Co's owner is Rafael Dias, rafael@…" says it of the person added too.)
const OWNER_SAID = /\b(?:he|she|they)\s*(?:is|are|['’]s|['’]re)\s+(?:the|their|its)\s+(?:owner|proprietor|proprietary|boss)\b|['’]s\s+(?:owner|proprietor|boss)\s+is\s+\p{Lu}/iu;
// Words that make what follows no job: "as primary contact", "as a lead".
const NOT_TITLE = /^(?:primary|main|billing|new|lead|prospect|client|customer|contact|member|admin|guest|viewer|default)\b/i;

export function fillJobTitle(call: PlannedCall, text: string, today: Date): PlannedCall {
  if (call.tool !== 'addContact' && call.tool !== 'updateContact') return call;
  if (call.args.role === undefined && OWNER_SAID.test(text)) return { ...call, args: { ...call.args, role: 'decision_maker' } };
  if (call.args.jobTitle !== undefined) return call;
  // "• Jens Hausmann, Geschäftsführer, jens@...": a title between commas right after the name, when it implies a role
  // in other words than the role's own ("project manager" there is the role alone).
  const name = typeof call.args.name === 'string' ? call.args.name : undefined;
  const after = name ? new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,\\s*([\\p{L}][\\p{L} -]{2,40}?)\\s*(?:,|\\(|$)`, 'u').exec(text)?.[1] : undefined;
  const role = after && !/@/.test(after) ? roleOfOtherWords(after) : undefined;
  if (after && role && !NOT_TITLE.test(after)) return { ...call, args: { ...call.args, jobTitle: after, role: call.args.role ?? role } };
  for (const re of PATTERNS) {
    const title = re.exec(text)?.[1]?.trim();
    if (!title || NOT_TITLE.test(title)) continue;
    // ("has a new technical lead": a role's own words say the role alone.)
    const own = new RegExp(OWN_HEAD).test(title) ? undefined : slotValue('role', title, { today });
    // ("finance manager" is a job that implies the role; "project manager" is the role's own name.)
    const job = own !== 'project_manager' && /\b(?:manager|controller|coordinator)$/.test(title);
    if (typeof own === 'string' && own !== 'other' && !job) return { ...call, args: { ...call.args, role: call.args.role ?? own } };
    const role = call.args.role ?? roleOfTitle(title, today);
    return { ...call, args: { ...call.args, jobTitle: title, ...(role ? { role } : {}) } };
  }
  return call;
}
