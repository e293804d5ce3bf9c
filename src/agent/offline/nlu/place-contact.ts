// "invite Jane Doe to the portal", "Jane Doe's title is CFO", "Jane's new email is …": a contact of the workspace
// named where the client goes, or with no client at all, brings the one client they are at (the workspace's names
// say which: KnownNameLists.contactClients). A name at several clients is left as said, and the reader asks.
import { CONTACT_FIELDS } from '../../../domain/contacts/contact-fields';
import type { PlannedCall } from '../types';

export const CONTACT_TOOLS = new Set(['invitePortal', 'setPortalAccess', 'updateContact', 'removeContact']);
// Work with a client said by the name of someone there ("log a call with Rosa Quintero: …", "invoice Rosa 500"): the
// client they are at, where the reader had looked for a client named after them.
const CLIENT_WORK = new Set(['addNote', 'listActivity', 'messageClient', 'createQuote', 'createInvoice', 'createProject', 'draftOutreach']);

const key = (name: unknown) => (typeof name === 'string' ? name.trim().toLowerCase() : '');

const CONTACT_KEYS = new Set<string>(CONTACT_FIELDS.map((f) => f.key));

export function withContactPlace(call: PlannedCall, places: Record<string, string> | undefined): PlannedCall {
  if (!places) return call;
  const { client, contact, ...changes } = call.args;
  // "Jane's new email is jane@acme.io": a change to a contact's own fields, read as a client named after her.
  if (call.tool === 'updateClient' && places[key(client)] && Object.keys(changes).length && Object.keys(changes).every((k) => CONTACT_KEYS.has(k))) {
    return { ...call, tool: 'updateContact', args: { client: places[key(client)], contact: client, ...changes } };
  }
  if (CLIENT_WORK.has(call.tool) && places[key(client)]) {
    // A note keeps who it was about.
    const text = call.tool === 'addNote' && typeof changes.text === 'string' && !key(changes.text).includes(key(client)) ? `${String(client)}: ${changes.text}` : changes.text;
    return { ...call, args: { ...call.args, client: places[key(client)], ...(text !== undefined ? { text } : {}) } };
  }
  if (!CONTACT_TOOLS.has(call.tool)) return call;
  const placeOfClient = places[key(client)];
  if (placeOfClient && (contact === undefined || key(contact) === key(client))) {
    return { ...call, args: { ...call.args, client: placeOfClient, contact: client } };
  }
  const placeOfContact = places[key(contact)];
  if (client === undefined && placeOfContact) return { ...call, args: { ...call.args, client: placeOfContact } };
  return call;
}
