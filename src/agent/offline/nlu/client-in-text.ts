// The client a text names, for readers that look for one name the workspace has rather than tag it: the longest
// client name said as whole words, or the client of a contact named ("my call with Rosa").
import type { KnownNames } from './gazetteer';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The client a text names: a client of the workspace, or the client of a contact named. */
export function clientIn(text: string, known?: KnownNames): string | undefined {
  const lower = text.toLowerCase();
  const named = (name: string) => new RegExp(`(?<![\\p{L}])${literal(name.toLowerCase())}(?![\\p{L}])`, 'u').test(lower);
  return [...(known?.clients ?? [])].sort((a, b) => b.length - a.length).find((c) => c.length > 2 && named(c))
    ?? Object.entries(known?.contactClients ?? {}).sort(([a], [b]) => b.length - a.length).find(([name]) => named(name))?.[1]
    ?? byFirstWord(known?.clients ?? [], named);
}

/** "the Greyfield follow-up": a client said by the first word of its name, when that word is no other client's. */
function byFirstWord(clients: string[], named: (name: string) => boolean): string | undefined {
  const first = (c: string) => c.split(/\s+/)[0].replace(/[^\p{L}\p{N}&-]+$/u, '');
  const said = clients.filter((c) => c.includes(' ') && first(c).length >= 4 && /^\p{Lu}/u.test(first(c)) && named(first(c)));
  const words = new Set(said.map((c) => first(c).toLowerCase()));
  return said.length && words.size === 1 && clients.filter((c) => first(c).toLowerCase() === [...words][0]).length === 1 ? said[0] : undefined;
}

