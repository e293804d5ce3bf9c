// "clients of Marco that are inactive", "customers belonging to Douglas", "leads, Kadri's", "the leads he owns": a
// teammate the workspace has, named beside a list with a word of ownership, is whose clients are listed. Only names
// the workspace's members carry (full or first), so "clients of Portugal" is never someone's: a country's name said
// as an owner is the country.
import type { PlannedCall } from '../types';
import { countryCode } from '../values/find-country';
import { escapeRe } from './escape-pattern';

const LISTS = new Set(['findClients', 'exportCsv']);

/** The names a member may be called by: the whole name and its first word. */
function callNames(members: string[]): string[] {
  const names = new Set<string>();
  for (const m of members) {
    const whole = m.trim();
    if (!whole) continue;
    names.add(whole);
    const first = whole.split(/\s+/)[0];
    if (first.length > 1) names.add(first);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

function ownership(name: string): RegExp {
  const n = `(${escapeRe(name)})`;
  return new RegExp([
    `\\b(?:of|belonging to|owned by|managed by|handled by|assigned to|looked after by|run by)\\s+${n}(?![\\p{L}'’-])`,
    `(?<![\\p{L}])${n}(?:'s|’s)(?=\\s+(?:clients|customers|accounts|leads|prospects|book|list)\\b|\\s*[,;.?!]|\\s*$)`,
    `(?<![\\p{L}])${n}\\b[^.?!;]*\\b(?:he|she|they)\\s+(?:owns?|manages?|handles?|looks? after|runs?)\\b`,
    // ("the clients Marco looks after")
    `\\b(?:clients|customers|accounts|leads|prospects)\\s+(?:that\\s+|which\\s+)?${n}\\s+(?:looks?\\s+after|owns?|manages?|handles?|runs?|is\\s+in\\s+charge\\s+of)\\b`,
    `(?<![\\p{L}])${n}\\b[^.?!;]*\\b(?:her|his|their)\\s+(?:own\\s+)?(?:clients|customers|accounts|leads|prospects)\\b`,
  ].join('|'), 'iu');
}

/** "hand Acme over to Dana Reyes" with "Dana" tagged: a member's whole name, written where the owner was tagged. */
function wholeOwner(call: PlannedCall, text: string, members: string[]): PlannedCall {
  const owner = call.args.owner;
  if (typeof owner !== 'string' || /\s/.test(owner.trim())) return call;
  const whole = members.filter((m) => m.toLowerCase().startsWith(`${owner.toLowerCase()} `)
    && new RegExp(`(?<![\\p{L}])${escapeRe(m)}(?![\\p{L}])`, 'iu').test(text));
  return whole.length === 1 ? { ...call, args: { ...call.args, owner: whole[0] } } : call;
}

export function withListOwner(said: PlannedCall[], text: string, members: string[] | undefined): PlannedCall[] {
  if (!members?.length) return said;
  const calls = said.map((c) => wholeOwner(c, text, members));
  if (!calls.some((c) => LISTS.has(c.tool))) return calls;
  const names = callNames(members);
  const isMember = (v: string) => names.some((n) => n.toLowerCase() === v.toLowerCase());
  return calls.map((call) => {
    if (!LISTS.has(call.tool)) return call;
    const args = { ...call.args };
    if (typeof args.owner === 'string' && !isMember(args.owner) && args.country === undefined && countryCode(args.owner)) {
      args.country = countryCode(args.owner);
      delete args.owner;
    }
    if (args.owner === undefined) {
      for (const name of names) {
        const m = ownership(name).exec(text);
        const said = m?.slice(1).find(Boolean);
        if (!said) continue;
        args.owner = said;
        if (typeof args.query === 'string' && args.query.toLowerCase().includes(said.toLowerCase())) delete args.query;
        break;
      }
    }
    return { ...call, args };
  });
}

// "what does <@U05KAI777> own?", "which clients does Marco look after?": a teammate's clients, asked for.
const OWNS_ASKED = /^\W*(?:<@\w+>\s*)?(?:what|which(?:\s+(?:clients|customers|accounts))?)\s+(?:does|do)\s+(<@\w+>|@\w+|\S+(?:\s+\S+)?)\s+(?:own|manage|handle|look\s+after|run|have)\s*\??\s*$/i;

/** A teammate the workspace has (by name or Slack mention), whose clients are asked for. */
export function readOwnerAsked(text: string, members: string[] | undefined): PlannedCall[] | undefined {
  const who = OWNS_ASKED.exec(text.trim())?.[1];
  if (!who || !members?.length) return undefined;
  const id = /^<?@(\w+)>?$/.exec(who)?.[1];
  const owner = id ? members.find((m) => m.toUpperCase() === id.toUpperCase()) : callNames(members).find((n) => n.toLowerCase() === who.toLowerCase());
  return owner ? [{ tool: 'findClients', args: { owner: id ? id.toUpperCase() : owner } }] : undefined;
}
