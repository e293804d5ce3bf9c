// The person an email address belongs to, read from its local part: "Giulia mentioned their new PM — Marco Bellini,
// marco.bellini@ferrante.it. add him" adds Marco, not Giulia; "Chidi from Okonkwo & Sons is their CFO, add him:
// chidi@okonkwosons.ng" adds Chidi, whom the tagger did not mark. Only a name the address spells out is taken.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';
import { COURTESY_WORD } from './courtesy';

const NAMED = new Set(['addContact', 'inviteMember']);

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The pieces of an address's local part: "marco.bellini" -> ["marco", "bellini"]. */
function piecesOf(email: string): string[] {
  return plain(email.split('@')[0] ?? '').split(/[._+-]+/).filter(Boolean);
}

/** Whether a name is spelt in the address: a word of it (three letters or more) is one of its pieces or the whole. */
function spells(name: string, pieces: string[]): boolean {
  const local = pieces.join('');
  return name.split(/\s+/).filter((w) => !COURTESY_WORD.test(w)).map(plain).some((w) => w.length >= 3 && (pieces.includes(w) || local === w || (local.length > w.length && local.includes(w) && pieces.length === 1)));
}

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The word as typed in the clause (the reader's words are lower case), when it is written with a capital. */
function typedCapital(text: string, word: string): string | undefined {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word)}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return m && /^\p{Lu}\p{Ll}+$/u.test(m[0]) ? m[0] : undefined;
}

/** A capitalised word outside every span that the address spells, with the next one when it spells it too. */
function unmarkedName(clause: Clause, pieces: string[]): string | undefined {
  const inSpan = (k: number) => clause.spans.some((s) => s.from <= k && s.to >= k);
  for (let k = clause.from; k <= clause.to; k++) {
    const w = clause.words[k];
    const first = !inSpan(k) && pieces.includes(plain(w)) ? typedCapital(clause.text, w) : undefined;
    if (!first) continue;
    const next = clause.words[k + 1];
    const second = next && !inSpan(k + 1) && pieces.includes(plain(next)) ? typedCapital(clause.text, next) : undefined;
    return second ? `${first} ${second}` : first;
  }
  return undefined;
}

export function withNameOfEmail<C extends PlannedCall & { clause: Clause }>(call: C): C {
  const email = call.args.email;
  if (!NAMED.has(call.tool) || typeof email !== 'string') return call;
  const pieces = piecesOf(email);
  const name = call.args.name;
  if (typeof name === 'string') {
    if (spells(name, pieces)) return call;
    const people = call.clause.spans.filter((s) => s.slot === 'person' && s.text.trim() !== name && spells(s.text, pieces));
    return people.length === 1 ? { ...call, args: { ...call.args, name: people[0].text.trim() } } : call;
  }
  const found = unmarkedName(call.clause, pieces);
  return found ? { ...call, args: { ...call.args, name: found } } : call;
}
