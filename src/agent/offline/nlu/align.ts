// Turns a labelled command (tool calls with argument values) into training targets: a slot tag per
// token, found by searching spans whose parsed value equals the label, and the clause of each call.
import { ADDRESS_SLOTS, INTENTS, intentOf, NONE, slotsFor } from './schema';
import { leanOf, slotValue } from './slot-values';
import { prepareText } from './prepare-text';
import { tokenize, type Token } from './tokenize';

export type LabelledCase = {
  text: string; today: string; channel: string; command?: string; expect: Array<{ tool: string; args: Record<string, unknown> }>;
  /** Training only: what the conversation had already named (the text then refers to it by a pronoun). */
  context?: { client?: string; contact?: string };
};
export type Aligned = { text: string; tokens: Token[]; tags: string[] | null; segments: Array<{ from: number; to: number; intent: string }> };

const SEPARATORS = new Set([',', ';', '.', '?', 'and', 'then', 'also', 'plus', '+', '!', 'afterwards', 'after', 'next', '&', '-', '–', 'too', 'but', ':']);
const PRONOUNS = /^(?:them|they|their|it|its|him|her|his|she|he|theirs|there)$/i;
const PERSON_PRONOUNS = /^(?:him|her|his|she|he)$/i;
const MAX_SPAN = 12;

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function same(expected: unknown, got: unknown): boolean {
  if (typeof expected === 'number') return typeof got === 'number' && Math.abs(got - expected) < 0.005;
  if (typeof expected === 'string') return typeof got === 'string' && norm(got) === norm(expected);
  if (typeof expected === 'boolean') return got === expected;
  if (expected && typeof expected === 'object') {
    if (!got || typeof got !== 'object') return false;
    const e = expected as Record<string, unknown>, g = got as Record<string, unknown>;
    return Object.keys({ ...e, ...g }).every((k) => (e[k] === undefined && g[k] === undefined) || same(e[k], g[k]));
  }
  return false;
}

type Want = { slot: string; value: unknown; call: number; lean: ReturnType<typeof leanOf> };

/** Every (slot, value) a call's arguments need found in the text. */
function wants(call: { tool: string; args: Record<string, unknown> }, index: number): Want[] | null {
  const intent = intentOf(call);
  const spec = INTENTS[intent];
  if (!spec) return null;
  const out: Want[] = [];
  const lean = leanOf(intent);
  for (const [arg, value] of Object.entries(call.args)) {
    if (spec.fixed && arg in spec.fixed) continue;
    if (arg === 'address' && spec.address && value && typeof value === 'object') {
      for (const [part, v] of Object.entries(value)) if ((ADDRESS_SLOTS as readonly string[]).includes(part)) out.push({ slot: part, value: v, call: index, lean });
      continue;
    }
    if ((arg === 'createdFrom' || arg === 'createdTo') && 'createdFrom' in call.args && 'createdTo' in call.args) {
      if (arg === 'createdFrom') out.push({ slot: 'dateRange', value: { from: call.args.createdFrom, to: call.args.createdTo }, call: index, lean });
      continue;
    }
    // The full form is read from its words after tagging (fill-details), not from a span.
    if (arg === 'limit' || arg === 'complete' || (arg === 'archived' && value === 'active')) continue;
    // A role said by the job title ("CFO") comes from the title's own span.
    if (arg === 'role' && typeof call.args.jobTitle === 'string' && slotValue('role', call.args.jobTitle, { today: new Date(0) }) === value) continue;
    const slots = slotsFor(intent, arg);
    if (!slots.length) return null;
    const email = typeof value === 'string' && /@/.test(value);
    const slot = (email && slots.includes('email') ? 'email' : slots.find((s) => s !== 'email' || email)) ?? slots[0];
    out.push({ slot, value, call: index, lean });
  }
  return out;
}

export function alignCase(c: LabelledCase): Aligned {
  const text = prepareText(c.channel === 'slash' ? `${c.command ?? '/client'} ${c.text}` : c.text);
  const tokens = tokenize(text);
  const today = new Date(`${c.today}T00:00:00Z`);
  const tags: string[] = tokens.map(() => 'O');
  const fail: Aligned = { text, tokens, tags: null, segments: [] };
  const spans: Array<{ call: number; from: number; to: number }> = [];
  const found = new Map<string, { from: number; to: number; call: number }>();
  const all: Want[] = [];
  for (let ci = 0; ci < c.expect.length; ci++) {
    const list = wants(c.expect[ci], ci);
    if (!list) return fail;
    all.push(...list);
  }
  // Free text first (a note may hold a pronoun), then values in order; references said once come last.
  const FREE = new Set(['text', 'goal', 'title']);
  const ordered = [...all.filter((w) => FREE.has(w.slot)), ...all.filter((w) => !FREE.has(w.slot))];
  const missing: Want[] = [];
  for (const want of ordered) {
    const span = findSpan(text, tokens, tags, want, today);
    if (!span) { missing.push(want); continue; }
    for (let k = span.from; k <= span.to; k++) tags[k] = k === span.from ? `B-${want.slot}` : `I-${want.slot}`;
    spans.push({ call: want.call, from: span.from, to: span.to });
    const key = `${want.slot}=${JSON.stringify(want.value)}`;
    if (!found.has(key) || found.get(key)!.call > want.call) found.set(key, { ...span, call: want.call });
  }
  for (const want of missing.sort((a, b) => a.call - b.call)) {
    const key = `${want.slot}=${JSON.stringify(want.value)}`;
    const earlier = found.get(key);
    if (earlier && earlier.call < want.call) {
      // Said once and referred to again: a pronoun after the earlier mention, or nothing (inherited).
      const after = spans.filter((s) => s.call === want.call - 1).reduce((m, s) => Math.max(m, s.to), earlier.to);
      const p = tokens.findIndex((t, k) => k > after && tags[k] === 'O' && PRONOUNS.test(t.text));
      if (p >= 0) { tags[p] = `B-${want.slot}`; spans.push({ call: want.call, from: p, to: p }); }
      continue;
    }
    if (want.slot === 'country' && all.some((w) => w.call === want.call && w.slot === 'region')) continue; // implied by the state
    const fromContext = (want.slot === 'client' && c.context?.client === want.value) || (want.slot === 'person' && c.context?.contact === want.value);
    if (fromContext) {
      const p = tokens.findIndex((t, k) => tags[k] === 'O' && (want.slot === 'person' ? PERSON_PRONOUNS : PRONOUNS).test(t.text));
      if (p >= 0) { tags[p] = `B-${want.slot}`; spans.push({ call: want.call, from: p, to: p }); }
      continue;
    }
    if (process.env.ALIGN_DEBUG) console.log('  no span for', want.slot, JSON.stringify(want.value));
    return fail;
  }
  return { text, tokens, tags, segments: segmentsOf(c, tokens, tags, spans) };
}

function findSpan(text: string, tokens: Token[], tags: string[], want: Want, today: Date): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== 'O') continue;
    for (let j = i; j < Math.min(tokens.length, i + MAX_SPAN); j++) {
      if (tags[j] !== 'O') break;
      if (best && j - i >= best.to - best.from) break;
      const raw = text.slice(tokens[i].start, tokens[j].end);
      const value = slotValue(want.slot, raw, { today, lean: want.lean });
      // The shortest span that gives the value (a currency symbol is not part of the amount).
      if (same(want.value, value) || (want.slot === 'region' && same(want.value, raw))) best = { from: i, to: j };
    }
  }
  return best;
}

function segmentsOf(c: LabelledCase, tokens: Token[], tags: string[], spans: Array<{ call: number; from: number; to: number }>): Aligned['segments'] {
  if (!c.expect.length) return [{ from: 0, to: tokens.length - 1, intent: NONE }];
  const segments: Aligned['segments'] = [];
  let start = 0;
  for (let ci = 0; ci < c.expect.length; ci++) {
    const intent = intentOf(c.expect[ci]);
    const mine = spans.filter((s) => s.call === ci);
    const next = spans.filter((s) => s.call === ci + 1);
    if (ci === c.expect.length - 1) { segments.push({ from: start, to: tokens.length - 1, intent }); break; }
    const end = mine.reduce((m, s) => Math.max(m, s.to), start);
    const nextStart = next.length ? Math.min(...next.map((s) => s.from)) : tokens.length;
    // Same tool on a list of names is one clause ("archive Initech and Globex").
    if (intentOf(c.expect[ci + 1]) === intent && INTENTS[intent].distributes) {
      const gap = tokens.slice(end + 1, nextStart);
      if (gap.every((t) => SEPARATORS.has(t.text.toLowerCase()) || /^(?:as well as)$/i.test(t.text))) continue;
    }
    let sep = -1;
    for (let k = end + 1; k < nextStart; k++) if (tags[k] === 'O' && SEPARATORS.has(tokens[k].text.toLowerCase())) { sep = k; break; }
    if (sep < 0) return [];
    let last = sep;
    while (last + 1 < nextStart && tags[last + 1] === 'O' && /^(?:and|then|also|,|plus)$/i.test(tokens[last + 1].text)) last++;
    for (let k = sep; k <= last; k++) tags[k] = 'SEP';
    segments.push({ from: start, to: sep - 1, intent });
    start = last + 1;
  }
  // Coordinated calls collapse into one clause: keep one segment per distinct run.
  const merged: Aligned['segments'] = [];
  for (const s of segments) {
    const prev = merged[merged.length - 1];
    if (prev && prev.to >= s.from) prev.to = Math.max(prev.to, s.to);
    else merged.push(s);
  }
  return merged;
}
