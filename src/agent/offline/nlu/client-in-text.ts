// The client a text names, for readers that look for one name the workspace has rather than tag it: the longest
// client name said as whole words, or the client of a contact named ("my call with Rosa").
import type { KnownNames } from './gazetteer';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The client a text names: a client of the workspace, or the client of a contact named. */
export function clientIn(text: string, known?: KnownNames): string | undefined {
  const lower = text.toLowerCase();
  const named = (name: string) => new RegExp(`(?<![\\p{L}])${literal(name.toLowerCase())}(?![\\p{L}])`, 'u').test(lower);
  return [...(known?.clients ?? [])].sort((a, b) => b.length - a.length).find((c) => c.length > 2 && named(c))
    ?? Object.entries(known?.contactClients ?? {}).sort(([a], [b]) => b.length - a.length).find(([name]) => named(name))?.[1];
}

