// Turns one card's form into the domain verb it edits: identity and billing -> updateClient, contacts ->
// addContact, portal -> setPortalAccess, notes -> addNote. Domain errors (per field) propagate to the page.
import type { Ctx } from '../../../context';
import { addNote } from '../../../domain/clients/add-note';
import { updateClient } from '../../../domain/clients/update-client';
import type { ClientView } from '../../../domain/clients/views';
import { addContact } from '../../../domain/contacts/add-contact';
import { CONTACT_FIELDS, CONTACT_FLAGS, flagsFromTicked } from '../../../domain/contacts/contact-fields';
import { setPortalAccess } from '../../../domain/portal/set-portal-access';
import { CARD_FIELDS, currentValue, type CardName } from './pages/client-cards';

const ref = (c: ClientView) => `id:${c.id}`;

export async function saveCard(ctx: Ctx, client: ClientView, card: CardName, form: Record<string, string>): Promise<void> {
  if (card === 'identity' || card === 'billing') {
    const input: Record<string, unknown> = { client: ref(client) };
    const address: Record<string, string> = {};
    for (const f of CARD_FIELDS[card]!) {
      const name = f.input.path;
      if (form[name] === undefined) continue;
      const value = form[name].trim();
      // Only what the person changed: untouched fields keep their (possibly inherited) values.
      if (value === currentValue(client, name)) continue;
      if (name.startsWith('address.')) address[name.slice(8)] = value;
      else input[name] = f.input.kind === 'number' ? (value === '' ? null : Number(value)) : value;
    }
    if (Object.keys(address).length) input.address = address;
    // The owner select sends a member id, or nothing for "No owner".
    if (card === 'identity' && form.owner !== undefined && form.owner !== String(client.ownerId ?? '')) input.owner = form.owner ? Number(form.owner) : null;
    if (Object.keys(input).length > 1) await updateClient({ ctx, input });
  } else if (card === 'contacts') {
    const input: Record<string, unknown> = { client: ref(client) };
    for (const f of CONTACT_FIELDS) if (f.kind !== 'flag' && form[f.key]) input[f.key] = form[f.key];
    // An unticked box sends nothing: only flags that differ from a new contact's (portal access defaults to on).
    const ticked = new Set(CONTACT_FLAGS.filter((f) => form[f.key] === 'true').map((f) => f.key));
    await addContact({ ctx, input: { ...input, ...flagsFromTicked(ticked) } });
  } else if (card === 'portal') {
    const enabled = form.enabled === 'true';
    if (enabled !== client.portalEnabled) await setPortalAccess({ ctx, input: { client: ref(client), enabled } });
  } else {
    await addNote({ ctx, input: { client: ref(client), text: form.text ?? '' } });
  }
}
