// "add Iris Pike and Gus Rowan to Rowan & Pike Ltd", "add Ana Ruiz, Tom Vale and Li Wei at Acme Corp": several people
// added to one client the workspace has, each a contact (addContact). Taken only when each is written as a person's
// name (two or three capitalised words, no legal form, no client the workspace has), so "add Acme and Globex to the
// group Nordics" stays the reader's.
import type { Decision } from '../types';
import { isLegalForm, type KnownNames } from './gazetteer';
import { closestKnown } from './match-known';
import { REQUEST_LEAD } from './request-words';

const ADDED = new RegExp(String.raw`${REQUEST_LEAD}(?:add|put)\s+(.+?)\s+(?:to|at|for)\s+(?:the\s+client\s+)?(.+?)(?:['’]s\s+contacts|\s+as\s+(?:contacts|their\s+contacts))?[\s.!]*$`, 'iu');
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|da|del|di|le|la|al|bin|ten|ter)\s+)?\p{Lu}[\p{L}'’-]+){1,2}$/u;

export function readPeopleAdded(text: string, known?: KnownNames): Decision | undefined {
  const m = ADDED.exec(text.trim());
  if (!m || !known?.clients?.length) return undefined;
  const names = m[1].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).map((n) => n.trim());
  const said = m[2].replace(/&amp;/g, '&').trim();
  const client = known.clients.find((c) => c.toLowerCase() === said.toLowerCase()) ?? closestKnown(said, known.clients);
  const people = names.length >= 2 && names.every((n) => PERSON.test(n) && !n.split(/\s+/).some((w) => isLegalForm(w)) && !known.clients?.some((c) => c.toLowerCase() === n.toLowerCase()));
  if (!client || !people) return undefined;
  return { kind: 'calls', calls: names.map((name) => ({ tool: 'addContact', args: { client, name } })) };
}
