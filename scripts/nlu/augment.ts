// Training-time variety: lower-cased copies (people type fast), and the workspace's names, which the
// reader knows at run time, given for half the sentences so the tagger learns to use them and do without.
import type { LabelledCase } from '../../src/agent/offline/nlu/align';
import type { KnownNames } from '../../src/agent/offline/nlu/gazetteer';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

export function augment(cases: LabelledCase[]): LabelledCase[] {
  const rand = mulberry32(7);
  const out = [...cases];
  for (const c of cases) {
    if (rand() < 0.15 && c.channel !== 'slack') out.push({ ...c, text: c.text.toLowerCase(), expect: lowerStrings(c.expect) });
  }
  return out;
}

// Lower-casing the text lower-cases the names it contains; labels follow so alignment still finds them.
function lowerStrings(expect: LabelledCase['expect']): LabelledCase['expect'] {
  return expect.map((call) => ({ tool: call.tool, args: JSON.parse(JSON.stringify(call.args), (_k, v) => (typeof v === 'string' && !/^[A-Z]{2,3}$/.test(v) ? v.toLowerCase() : v)) }));
}
