// "can you mark Hollis Mill dormant and write up a re-engagement draft": two actions joined by "and" (or "then",
// "? and maybe ...") that the tagger read as one clause, keeping one action and silently dropping the other. Each
// part is read again on its own, the second with the client the first named as what "them" and a bare verb mean,
// and the parts are taken only when each reads as a sure action and together they say more than the whole did.
import type { Decision, Memory, PlannedCall } from '../types';
import { merged, remember } from './read-topic-list';

// A joiner (or a bare comma), hedges that may follow it, and the word that must start the second action.
const JOIN = /(?:[,?.;]?\s+(?:and|then|&|\+|plus)|(,))\s+((?:(?:maybe|then|also|after|afterwards|later|next|finally|um|uh|please|pls|just|perhaps|could|can|would|will|you|we|i|u)\s+)*)([\p{L}]+)/giu;

const IN_IT = /\b(in|into|to)\s+(?:it|that group|this group|the new group)\b/i;
const SENDS_IT = /^send\s+(?:it|this|that|them)\b/i;

/** The message split before each second action, or undefined when no joiner is followed by an action verb. */
export function joinedParts(text: string, startsAction: (word: string) => boolean, commas = true): string[] | undefined {
  const cuts: Array<{ at: number; start: number; comma: boolean }> = [];
  for (const m of text.matchAll(JOIN)) {
    const rest = text.slice(m.index + m[0].length - m[3].length);
    // ("add + portal invite": the invitation said noun first.)
    const verb = /^portal\s+invit/i.test(rest) ? 'invite' : m[3].toLowerCase();
    // ("... and send it to Claire": the send of what the first part made, which the whole reads together.)
    if (!startsAction(verb) || inQuotes(text, m.index) || SENDS_IT.test(rest)) continue;
    // (A comma before a hedge, or after a lone word, is no list: "hmm, could we ...".)
    const comma = Boolean(m[1]);
    if (comma && (!commas || m[2] || text.slice(cuts[cuts.length - 1]?.start ?? 0, m.index).trim().split(/\s+/).length < 2)) continue;
    cuts.push({ at: m.index, start: m.index + m[0].length - m[2].length - m[3].length, comma });
  }
  // A comma joins actions only in a list that ends with a joiner ("archive A, delete B and unarchive C").
  const last = cuts.findLastIndex((c) => !c.comma);
  const taken = cuts.filter((c, k) => !c.comma || k < last);
  if (!taken.length) return undefined;
  const parts = taken.map((c, k) => text.slice(k ? taken[k - 1].start : 0, c.at).trim());
  parts.push(text.slice(taken[taken.length - 1].start).trim());
  return parts.every((p) => /[\p{L}]/u.test(p)) ? parts : undefined;
}

const sameArgs = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => JSON.stringify(v) === JSON.stringify(b[k]));

function inQuotes(text: string, at: number): boolean {
  return ((text.slice(0, at).match(/["“”]/g) ?? []).length % 2) === 1;
}

/** "add Colin ... and make him the billing default": a change to the contact just added is part of adding them. */
function folded(calls: PlannedCall[]): PlannedCall[] {
  const out: PlannedCall[] = [];
  for (const call of calls) {
    const last = out[out.length - 1];
    const same = last?.tool === 'addContact' && call.tool === 'updateContact' && last.args.client === call.args.client && last.args.name === call.args.contact;
    if (!same) { out.push(call); continue; }
    const { client: _, contact: __, ...fields } = call.args;
    out[out.length - 1] = { ...last, args: { ...last.args, ...fields } };
  }
  return out;
}

/** "... add + invite to portal": a bare invitation right after adding someone is for that person, not every contact. */
function forAdded(call: PlannedCall, added: PlannedCall | undefined): PlannedCall {
  if (call.tool !== 'invitePortal' || call.args.contact !== undefined || added?.tool !== 'addContact' || added.args.client !== call.args.client) return call;
  const who = added.args.name ?? added.args.email;
  return typeof who === 'string' ? { ...call, args: { ...call.args, contact: who } } : call;
}

/** A contact the whole named by the email the parts add them with, named as the parts name them. */
function byName(args: Record<string, unknown>, calls: PlannedCall[]): Record<string, unknown> {
  const added = calls.find((c) => c.tool === 'addContact' && c.args.email === args.contact && typeof c.args.name === 'string');
  return added ? { ...args, contact: added.args.name } : args;
}

/** The parts' calls when each reads surely and they add up to more than the whole's; otherwise undefined. */
export function readJoined(text: string, read: (part: string, memory: Memory) => Decision, whole: Decision, startsAction: (word: string) => boolean): Decision | undefined {
  // (Split at commas too when they list actions; when a part so cut reads as nothing ("share it"), at joiners only.)
  const parts = joinedParts(text, startsAction);
  const fewer = joinedParts(text, startsAction, false);
  const listed = Boolean(parts && fewer?.length !== parts.length);
  return (parts && readParts(parts, read, whole, listed)) ?? (fewer && listed ? readParts(fewer, read, whole, false) : undefined);
}

function readParts(parts: string[], read: (part: string, memory: Memory) => Decision, whole: Decision, listed: boolean): Decision | undefined {
  const calls: PlannedCall[] = [];
  const memory: Memory = {};
  let group: string | undefined;
  for (const said of parts) {
    // "make a group "Illustrators" ... and put X in it": "it" is the group the first part made.
    const part = group ? said.replace(IN_IT, (_, to: string) => `${to} the group ${group}`) : said;
    const decision = read(part, { ...memory });
    if (decision.kind !== 'calls') return undefined;
    const added = calls[calls.length - 1];
    remember(memory, decision.calls);
    calls.push(...decision.calls.map((c) => forAdded(c, added)));
    const grouped = decision.calls.find((c) => c.tool === 'createGroup')?.args.name;
    if (typeof grouped === 'string') group = grouped;
  }
  const one = merged(folded(calls));
  if (!one) return undefined;
  const had = whole.kind === 'calls' ? whole.calls : [];
  // Every call the whole made is among the parts' (a part read alone lost nothing the whole saw).
  // (A list of actions read whole as one is misread, "archive A, delete B and unarchive C" as deleting C: its
  // action is enough.)
  // (Or the parts placed each of its values elsewhere: 'share the document "X" with Y and write them: ...', read
  // whole as a message saying "X".)
  const kept = had.every((c) => one.some((d) => d.tool === c.tool && (listed || sameArgs(d.args, byName(c.args, one)))) || spread(c, one) || swallowed(c, one, parts));
  return one.length > had.length && kept ? { kind: 'calls', calls: one } : undefined;
}

/**
 * A call of the whole whose text ran on over the next action ("note that the budget is approved and push the
 * follow-up to Friday"): a part made it with the same values, that text ending where the next part starts.
 */
function swallowed(call: PlannedCall, calls: PlannedCall[], parts: string[]): boolean {
  const bare = (v: unknown) => String(v).toLowerCase().replace(/[\s.!?]+$/, '');
  const same = (d: PlannedCall, k: string, v: unknown) => JSON.stringify(d.args[k]) === JSON.stringify(v);
  return calls.some((d) => d.tool === call.tool && Object.keys(d.args).length === Object.keys(call.args).length
    && Object.entries(call.args).some(([k, v]) => !same(d, k, v)) && Object.entries(call.args).every(([k, v]) => {
    if (same(d, k, v)) return true;
    if (typeof v !== 'string' || typeof d.args[k] !== 'string') return false;
    const rest = bare(v).slice(bare(d.args[k]).length).replace(/^\s*[,;]?\s*(?:and|then|&|\+|plus)\s+/, '');
    return bare(v).startsWith(bare(d.args[k])) && parts.slice(1).some((p) => bare(p).endsWith(rest) && rest.length > 3);
  }));
}

/** A call of the whole that the parts made with another value in its place, each of its own values used elsewhere. */
function spread(call: PlannedCall, calls: PlannedCall[]): boolean {
  const used = new Set(calls.flatMap((c) => Object.values(c.args).map((v) => JSON.stringify(v))));
  const differs = (d: PlannedCall) => Object.entries(call.args).some(([k, v]) => d.args[k] !== undefined && JSON.stringify(d.args[k]) !== JSON.stringify(v));
  return calls.some((d) => d.tool === call.tool && differs(d)) && Object.values(call.args).every((v) => used.has(JSON.stringify(v)));
}

// ", and Kiri & Co's CFO is Aria Ngata": a second statement about another client, its subject a name, not a verb.
const AND_NAME = /,\s+(?:and|&)\s+(?=[\p{Lu}\d"“])/gu;

/**
 * "Hemi @ Aroha has a new number …, and Kiri & Co's CFO is Aria Ngata …": two statements about two clients, which
 * the whole read as one change to one person with both people's details. Taken only when each half reads surely,
 * about a client of its own, and the whole made at most one call.
 */
export function readTwoSubjects(text: string, read: (part: string, memory: Memory) => Decision, whole: Decision): Decision | undefined {
  const cuts = [...text.matchAll(AND_NAME)].filter((m) => !inQuotes(text, m.index));
  if (cuts.length !== 1 || (whole.kind === 'calls' && whole.calls.length > 1)) return undefined;
  const halves = [text.slice(0, cuts[0].index), text.slice(cuts[0].index + cuts[0][0].length)].map((h) => read(h.trim(), {}));
  if (halves.some((h) => h.kind !== 'calls')) return undefined;
  const calls = halves.flatMap((h) => (h.kind === 'calls' ? h.calls : []));
  // (A payment of an invoice is about that invoice: "INV-0131 is paid, 2,400 EUR, and Ferrante can move to ...".)
  const clients = halves.map((h) => (h.kind === 'calls' ? new Set(h.calls.map((c) => String(c.args.client ?? c.args.name ?? c.args.invoice ?? '').toLowerCase())) : new Set()));
  const apart = [...clients[0]].every((c) => c && !clients[1].has(c)) && [...clients[1]].every(Boolean);
  return apart ? { kind: 'calls', calls } : undefined;
}

// "Halden Roofing paid INV-0620 and wants the completion certificate in their portal": a second action said of the
// same client as a wish, with no subject of its own.
const AND_WANTS = /\s+and\s+(?:also\s+)?(?=(?:wants|needs|would like|asked for|asks for|has asked for)\s)/i;

/** The two halves of a message whose second half is the first's client wanting something, each read alone; taken
 *  only when the message opens with a client the workspace has and both halves read surely. */
export function readSubjectWants(text: string, clients: string[] | undefined, read: (part: string, memory: Memory) => Decision, whole: Decision): Decision | undefined {
  const cut = AND_WANTS.exec(text);
  const opening = text.replace(/^\W*(?:<@\w+>\s*)?/, '');
  const subject = cut ? clients?.find((c) => opening.toLowerCase().startsWith(`${c.toLowerCase()} `)) : undefined;
  if (!cut || !subject || (whole.kind === 'calls' && whole.calls.length > 1)) return undefined;
  const halves = [text.slice(0, cut.index), `${subject} ${text.slice(cut.index + cut[0].length)}`].map((h) => read(h.trim(), {}));
  if (halves.some((h) => h.kind !== 'calls')) return undefined;
  return { kind: 'calls', calls: halves.flatMap((h) => (h.kind === 'calls' ? h.calls : [])) };
}
