// Adding a contact or changing one, settled by the workspace's own contacts when the words leave it open: "Sipho
// Ndlovu handles accounts at Umoja Solar" changes Sipho when the workspace has a Sipho Ndlovu and adds him when it has
// none; "Nadia Haddad is their new CFO" likewise. Words that say which ("add", "new contact", "update her email") win.
import type { PlannedCall } from '../types';
import { perList } from './per-list';
import type { Clause } from './command-reader';
import { COURTESY_PREFIX } from './courtesy';

const ADDS = /\b(?:add|adding|added|new contact|another contact|also add|loop(?:ed)? in|joins?|joined|hired?|onboard)\b/i;
const CHANGES = /\b(?:update|updated|change|changed|correct|fix|edit|rename|replace|now has|new (?:email|e-mail|phone|number|mobile|title|address))\b/i;

const key = (name: string) => name.replace(COURTESY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();

const setOf = perList((names) => new Set(names.map(key)));

/** Calls with addContact and updateContact settled by whether the person is already a contact in the workspace. */
export function settleContactCalls<C extends PlannedCall & { clause?: Clause }>(calls: C[], contacts: string[] | undefined): C[] {
  // (Only an added or changed contact is looked up: other turns build no set of the workspace's contacts.)
  if (!contacts || !calls.some((c) => c.tool === 'addContact' || c.tool === 'updateContact')) return calls;
  const known = setOf(contacts);
  return calls.map((call) => {
    const text = call.clause?.text ?? '';
    if (call.tool === 'addContact' && typeof call.args.name === 'string' && known.has(key(call.args.name)) && !ADDS.test(text)) {
      const { name, ...rest } = call.args;
      return { ...call, tool: 'updateContact', args: { ...rest, contact: name } };
    }
    // Only a full name: a first name alone may be how the contact was saved ("Nadia" for Nadia Haddad).
    const person = call.args.contact;
    if (call.tool === 'updateContact' && typeof person === 'string' && /\S\s+\S/.test(person.trim()) && !known.has(key(person)) && !CHANGES.test(text)
      && !contacts.some((c) => key(c).startsWith(`${key(person)} `) || key(person).startsWith(`${key(c)} `))) {
      const { contact, ...rest } = call.args;
      return { ...call, tool: 'addContact', args: { ...rest, name: contact } };
    }
    return call;
  });
}
