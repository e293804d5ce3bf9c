// "Rua Azul Lda: portal on; invite Tiago", "INV-0233 → send; INV-0234 → send": short actions separated by semicolons
// (or one per line), often after a header and a colon. The reader, trained on sentences, takes such a list for one
// clause and keeps one action. Each item is read again on its own, with the header before it, and the list is taken
// only when every item reads as a sure action and together they say more than the whole did. A form of one new
// client's or group's details ("New client: Kowalski i Syn; Warszawa; PLN") is not a list of actions: no item may
// create one. Items that change the same thing are one change ("Rua Azul Lda: website ruaazul.pt; VAT PT509876543").
import type { Decision, Memory, PlannedCall } from '../types';

const HEADED = /^([^:;\n]{2,80}?)\s*:\s*([\s\S]+)$/;
const FORMS = new Set(['createClient', 'createGroup']);
const TARGETS = ['client', 'group', 'contact', 'invoice', 'quote', 'member', 'document', 'file'];
const JOINED_TEXT = new Set(['text']);
const SHORT_ITEM = 8;

/** Splits at semicolons and line breaks, never inside quotes or an HTML entity ("&amp;"). */
function splitItems(body: string): string[] {
  const items: string[] = [];
  let quote = '', start = 0;
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (quote) { if (ch === quote || (quote === '“' && ch === '”')) quote = ''; continue; }
    if (ch === '"' || ch === '“') { quote = ch; continue; }
    const entity = ch === ';' && /&#?\w+$/.test(body.slice(Math.max(0, k - 8), k));
    if ((ch === ';' && !entity) || ch === '\n') { items.push(body.slice(start, k)); start = k + 1; }
  }
  items.push(body.slice(start));
  // ("+ Kenji Mori (developer)", "− remove Emi Sato": a plus marks one added, a minus only starts the line.)
  return items.map((s) => s.replace(/^\s*[-–−•*]\s+/, '').replace(/^\s*\+\s*(?=\p{Lu})/u, 'add ').trim()).filter(Boolean);
}

/** The header and items of a list message, or undefined when the message is not such a list. */
export function listItems(text: string): { header?: string; items: string[] } | undefined {
  // (Slack writes "&" as "&amp;": its semicolon separates nothing.)
  // ("for X: 1) note that … 2) remind me …": numbered items inline are items, as on lines of their own.)
  const numbered = /(?:^|[\s:])1[).]\s/.test(text) && /\s2[).]\s/.test(text);
  const trimmed = (numbered ? text.replace(/(^|[\s:])\(?\d{1,2}[).]\s+/g, (_m, before: string) => (before === ':' ? ': ' : '; ')) : text).trim()
    .replace(/^;\s*/, '').replace(/:\s*;\s*/, ': ').replace(/&amp;/g, '&');
  const headed = HEADED.exec(trimmed);
  const header = headed && /[;\n]/.test(headed[2]) ? headed[1] : undefined;
  const items = splitItems(header ? headed![2] : trimmed);
  if (items.length < 2 || items.length > 8) return undefined;
  // Without a header, only a list of short items: a sentence with a semicolon in it is prose.
  if (!header && items.some((item) => item.split(/\s+/).length > SHORT_ITEM)) return undefined;
  return { header, items };
}

/** What later parts of a message point back to: the client (or new client) and the contact the calls named. */
export function remember(memory: Memory, calls: PlannedCall[]): void {
  for (const { tool, args } of calls) {
    if (tool === 'createClient' && typeof args.name === 'string') memory.client = args.name;
    if (typeof args.client !== 'string') continue;
    memory.client = args.client;
    // (A contact just added is who "him"/"her" means next, its email said or not.)
    const person = args.contact ?? (tool === 'addContact' || typeof args.email !== 'string' ? args.name : undefined);
    if (typeof person === 'string' && args.client) memory.contact = { client: args.client, contact: person };
  }
}

// (A group is what a group's settings change; on a client it is one of its fields.)
// (Two people added, or two projects made, are two: their names are what they are.)
const NAMED = new Set(['addContact', 'createProject']);
const target = (call: PlannedCall) => JSON.stringify([...TARGETS, 'name'].map((key) => ((key === 'group' && call.tool !== 'updateGroup') || (key === 'name' && !NAMED.has(call.tool)) ? undefined : call.args[key])));

/** Consecutive calls of one tool on one target, as one call; undefined when they disagree on a value. */
export function merged(calls: PlannedCall[]): PlannedCall[] | undefined {
  const out: PlannedCall[] = [];
  for (const call of calls) {
    const last = out[out.length - 1];
    if (!last || last.tool !== call.tool || target(last) !== target(call)) { out.push({ tool: call.tool, args: { ...call.args } }); continue; }
    for (const [key, value] of Object.entries(call.args)) {
      const had = last.args[key];
      if (had === undefined || JSON.stringify(had) === JSON.stringify(value)) last.args[key] = value;
      else if (JOINED_TEXT.has(key) && typeof had === 'string' && typeof value === 'string') last.args[key] = `${had}; ${value}`;
      else return undefined;
    }
  }
  return out;
}

/** The list's calls, item by item, when each item reads surely; undefined keeps the whole message's reading. */
export function readList(text: string, read: (item: string, memory: Memory) => Decision, whole: Decision): Decision | undefined {
  const list = listItems(text);
  if (!list) return undefined;
  const { header, items } = list;
  const calls: PlannedCall[] = [];
  let subject: unknown;
  // "portal on for Funmi; invite her": who an item named is who the next one's "her" is.
  const memory: Memory = {};
  let folded = 0;
  for (const item of items) {
    let decision = read(header ? `${header}: ${item}` : item, { ...memory });
    // "Reactivation: Ostrava Steelworks a.s. → unarchive; status active": a header the first item shows to be a label
    // is not the client of the items after it; the client the first item named is.
    const client = decision.kind === 'calls' ? decision.calls.find((c) => c.args.client)?.args.client : undefined;
    // (An item left unsure after a label is read once more after the client instead: "Close-out for X: portal off".)
    // Without a header, an item after the first that names no client of its own ("Nguyễn Thị Lan → unarchive; group
    // Freelancers") is about the client the first item named, not a new group or client.
    const again = header ? decision.kind !== 'calls' || client === header : decision.kind === 'calls' && decision.calls.some((c) => c.tool === 'createGroup');
    if (typeof subject === 'string' && again && subject !== header) decision = read(`${subject}: ${item}`, { ...memory });
    // ("for X: … 2) remind me to call them on Monday": an action item read with its header only as a look at the
    // client is read alone, "them" being the client the header named.)
    const looked = decision.kind !== 'calls' || (decision.calls.length === 1 && decision.calls[0].tool === 'showClient');
    if (header && looked && !/^\s*(?:show|open|view|see|look)\b/i.test(item)) {
      const about = memory.client ?? (typeof client === 'string' ? client : header.replace(/^\s*(?:for|re|about)\s+/i, ''));
      const alone = read(item, { ...memory, client: about });
      // (Only when its calls are about that client or the one the item starts with: "phase 2" or "Yuki's assistant Emi
      // Sato" read as a client is no reading.)
      const same = (v: unknown) => typeof v === 'string' && (v.toLowerCase() === about.toLowerCase() || (/\p{L}{2}/u.test(v) && item.trim().toLowerCase().startsWith(v.toLowerCase())));
      if (alone.kind === 'calls' && !alone.calls.every((c) => c.tool === 'showClient') && alone.calls.every((c) => same(c.args.client))) decision = alone;
    }
    subject ??= client;
    if (decision.kind === 'calls') remember(memory, decision.calls);
    if (decision.kind !== 'calls' || decision.calls.some((c) => FORMS.has(c.tool))) return undefined;
    if (portalOfPerson(item, decision.calls, calls.at(-1))) { folded++; continue; }
    calls.push(...decision.calls);
  }
  const one = merged(calls);
  // (Counted before a portal switch folds into its person's change: "… → primary contact; portal enabled" says two things.)
  return one && one.length + folded > (whole.kind === 'calls' ? whole.calls.length : 0) ? { kind: 'calls', calls: one } : undefined;
}

/**
 * "Kiwi Crate Co: Aroha Walker → primary contact; portal enabled": an item that only switches the portal, naming no
 * one, after an item that changed a person, is that person's switch (the client's own is asked for by its name).
 */
function portalOfPerson(item: string, calls: PlannedCall[], last: PlannedCall | undefined): boolean {
  const [call] = calls;
  if (calls.length !== 1 || call.tool !== 'setPortalAccess' || call.args.contact !== undefined || !last) return false;
  const person = last.tool === 'updateContact' ? last.args.contact : last.tool === 'addContact' ? last.args.name : undefined;
  if (typeof person !== 'string' || last.args.client !== call.args.client || last.args.portalEnabled !== undefined) return false;
  if (item.toLowerCase().includes(String(call.args.client).toLowerCase())) return false;
  last.args.portalEnabled = call.args.enabled;
  return true;
}
