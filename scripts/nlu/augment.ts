// Training-time variety: lower-cased copies (people type fast), and the workspace's names, which the
// reader knows at run time, given for half the sentences so the tagger learns to use them and do without.
import type { LabelledCase } from '../../src/agent/offline/nlu/align';
import type { KnownNames } from '../../src/agent/offline/nlu/gazetteer';
import { mulberry32 } from './util';

export function seededOrder(n: number, seed: number): (epoch: number) => number[] {
  return (epoch) => {
    const rand = mulberry32(seed * 1000 + epoch);
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  };
}

export function knownNamesOf(c: LabelledCase): KnownNames {
  const clients = new Set<string>(), contacts = new Set<string>();
  for (const call of c.expect) {
    if (typeof call.args.client === 'string') clients.add(call.args.client);
    if (typeof call.args.contact === 'string') contacts.add(call.args.contact);
  }
  return { clients: [...clients], contacts: [...contacts] };
}

// Words around a command that carry no argument: people greet, explain and thank.
const BEFORE = ['hey, ', 'hi! ', 'quick one: ', 'ok so ', 'morning! ', 'so ', 'sorry to bug you, ', 'one more thing: ', 'fyi ', 'heads up, ',
  'when you get a sec, ', 'hmm, ', 'right, ', 'also ', 'btw ', 'hello there, ', 'yo ', 'ok, ', 'alright, ', 'urgent: '];
const AFTER = [' thanks', ' thx', ', cheers', ' please', ' pls', ', ta', ' asap', ' when you can', ', thank you!', ' 🙏', ' (thanks!)', '!', ' ok?',
  ', if that makes sense', ' - much appreciated', ', no rush'];
const WRAP: Array<[string, string]> = [['can you ', '?'], ['could you please ', '?'], ['would you ', ' please?'], ['I need you to ', ''], ['please ', ''],
  ["I'd like you to ", '.'], ['can u ', ''], ['mind if you ', '?'], ['go ahead and ', ''], ['let\'s ', '']];

/** Every string value the labels hold, so noise never lands inside one. */
function valuesOf(c: LabelledCase): string {
  return JSON.stringify(c.expect).toLowerCase();
}

/** One letter dropped, doubled or swapped in a word of three or more letters that no label contains. */
function typo(text: string, c: LabelledCase, rand: () => number): string | undefined {
  const values = valuesOf(c);
  const words = [...text.matchAll(/\b[a-z]{4,}\b/g)].filter((m) => !values.includes(m[0]));
  if (!words.length) return undefined;
  const m = words[Math.floor(rand() * words.length)];
  const w = m[0], k = 1 + Math.floor(rand() * (w.length - 2));
  const kind = rand();
  const bad = kind < 0.4 ? w.slice(0, k) + w.slice(k + 1) : kind < 0.7 ? w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2) : w.slice(0, k) + w[k] + w.slice(k);
  return text.slice(0, m.index) + bad + text.slice((m.index ?? 0) + w.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same command said later in a conversation: the client (or contact) it names becomes "it", "them", "her". */
function inContext(c: LabelledCase, rand: () => number): LabelledCase | undefined {
  if (c.expect.length !== 1) return undefined;
  const args = c.expect[0].args;
  const contact = typeof args.contact === 'string' && !/@/.test(args.contact) ? args.contact : undefined;
  if (contact && new RegExp(`\\b${escapeRegExp(contact)}\\b`).test(c.text)) {
    const pronoun = rand() < 0.5 ? 'her' : 'him';
    const text = c.text.replace(new RegExp(`\\b${escapeRegExp(contact)}'s\\b`), pronoun === 'her' ? 'her' : 'his').replace(new RegExp(`\\b${escapeRegExp(contact)}\\b`), pronoun);
    return { ...c, text, context: { contact, client: typeof args.client === 'string' ? args.client : undefined } };
  }
  const client = typeof args.client === 'string' ? args.client : undefined;
  if (!client || !new RegExp(`\\b${escapeRegExp(client)}\\b`).test(c.text)) return undefined;
  const pronoun = ['them', 'it', 'this client', 'them'][Math.floor(rand() * 4)];
  const possessive = new RegExp(`\\b${escapeRegExp(client)}'s\\b`);
  const text = possessive.test(c.text) ? c.text.replace(possessive, 'their') : c.text.replace(new RegExp(`\\b${escapeRegExp(client)}\\b`), pronoun);
  return { ...c, text, context: { client } };
}

export function augment(cases: LabelledCase[]): LabelledCase[] {
  const rand = mulberry32(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out = [...cases];
  for (const c of cases) {
    if (rand() < 0.15) { const v = inContext(c, rand); if (v) out.push(v); }
    if (c.channel === 'slash') continue;
    const r = rand();
    if (r < 0.22) out.push({ ...c, text: c.text.toLowerCase(), expect: lowerStrings(c.expect) });
    else if (r < 0.32) { const t = typo(c.text, c, rand); if (t) out.push({ ...c, text: t }); }
    else if (r < 0.42 && c.expect.length) out.push({ ...c, text: `${pick(BEFORE)}${c.text}` });
    else if (r < 0.52) out.push({ ...c, text: `${c.text.replace(/[.!?]+$/, '')}${pick(AFTER)}` });
    else if (r < 0.60 && c.expect.length && /^[a-z]/.test(c.text)) { const [a, b] = pick(WRAP); out.push({ ...c, text: `${a}${c.text.replace(/[.!?]+$/, '')}${b}` }); }
    else if (r < 0.66) out.push({ ...c, text: c.text.replace(/[,.;!?](?=\s|$)/g, '') });
  }
  return out;
}

// Lower-casing the text lower-cases the names it contains; labels follow so alignment still finds them.
function lowerStrings(expect: LabelledCase['expect']): LabelledCase['expect'] {
  return expect.map((call) => ({ tool: call.tool, args: JSON.parse(JSON.stringify(call.args), (_k, v) => (typeof v === 'string' && !/^[A-Z]{2,3}$/.test(v) ? v.toLowerCase() : v)) }));
}
