// Turns one card's form into the domain verb it edits: identity and billing -> updateClient, contacts ->
// addContact, portal -> setPortalAccess, notes -> addNote. Domain errors (per field) propagate to the page.
import type { Ctx } from '../../context';
import { addNote } from '../../domain/clients/add-note';
import { updateClient } from '../../domain/clients/update-client';
import type { ClientView } from '../../domain/clients/views';
import { addContact } from '../../domain/contacts/add-contact';
import { setPortalAccess } from '../../domain/portal/set-portal-access';
import { CARD_FIELDS, currentValue, type CardName } from './pages/client-cards';

const ref = (c: ClientView) => `id:${c.id}`;

export async function saveCard(ctx: Ctx, client: ClientView, card: CardName, form: Record<string, string>): Promise<void> {
  if (card === 'identity' || card === 'billing') {
    const input: Record<string, unknown> = { client: ref(client) };
    const address: Record<string, string> = {};
    for (const f of CARD_FIELDS[card]!) {
      if (form[f.name] === undefined) continue;
      const value = form[f.name].trim();
      // Only what the person changed: untouched fields keep their (possibly inherited) values.
      if (value === currentValue(client, f.name)) continue;
      if (f.name.startsWith('address.')) address[f.name.slice(8)] = value;
      else input[f.name] = f.type === 'number' ? (value === '' ? null : Number(value)) : value;
    }
    if (Object.keys(address).length) input.address = address;
    // The owner select sends a member id, or nothing for "No owner".
    if (card === 'identity' && form.owner !== undefined && form.owner !== String(client.ownerId ?? '')) input.owner = form.owner ? Number(form.owner) : null;
    if (Object.keys(input).length > 1) await updateClient({ ctx, input });
  } else if (card === 'contacts') {
    await addContact({ ctx, input: {
      client: ref(client), name: form.name || undefined, email: form.email || undefined, phone: form.phone || undefined,
      jobTitle: form.jobTitle || undefined, role: form.role || undefined, primary: form.primary === 'true' || undefined,
      billingDefault: form.billingDefault === 'true' || undefined,
      // An unticked box sends nothing: the form says whether it was there (portal access defaults to on).
      portalEnabled: form.portalEnabled === 'true' ? undefined : false,
    } });
  } else if (card === 'portal') {
    const enabled = form.enabled === 'true';
    if (enabled !== client.portalEnabled) await setPortalAccess({ ctx, input: { client: ref(client), enabled } });
  } else {
    await addNote({ ctx, input: { client: ref(client), text: form.text ?? '' } });
  }
}
