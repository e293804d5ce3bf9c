// Turns one card's form into the tool it runs through the one runner: identity and billing -> updateClient,
// contacts -> addContact, portal -> setPortalAccess, notes -> addNote. A refusal comes back as the ToolFailure (its
// field issues for the form); a card with nothing changed runs nothing.
import { runTool } from '../../../../tools/run-tool';
import type { ToolResult } from '../../../../tools/types';
import type { Ctx } from '../../../context';
import type { ClientView } from '../../../domain/clients/views';
import { CONTACT_FIELDS, CONTACT_FLAGS, flagsFromTicked } from '../../../domain/contacts/contact-fields';
import { CARD_FIELDS, currentValue, type CardName } from './pages/client-cards';

const ref = (c: ClientView) => `id:${c.id}`;
const unchanged: ToolResult = { ok: true, text: 'Nothing changed.' };

export async function saveCard(ctx: Ctx, client: ClientView, card: CardName, form: Record<string, string>): Promise<ToolResult> {
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
    // The owner select sends a member id (the domain reads a number's digits as the id), or nothing for "No owner".
    if (card === 'identity' && form.owner !== undefined && form.owner !== String(client.ownerId ?? '')) input.owner = form.owner || null;
    return Object.keys(input).length > 1 ? runTool(ctx, 'updateClient', input) : unchanged;
  }
  if (card === 'contacts') {
    const input: Record<string, unknown> = { client: ref(client) };
    for (const f of CONTACT_FIELDS) if (f.kind !== 'flag' && form[f.key]) input[f.key] = form[f.key];
    // An unticked box sends nothing: only flags that differ from a new contact's (portal access defaults to on).
    const ticked = new Set(CONTACT_FLAGS.filter((f) => form[f.key] === 'true').map((f) => f.key));
    return runTool(ctx, 'addContact', { ...input, ...flagsFromTicked(ticked) });
  }
  if (card === 'portal') {
    const enabled = form.enabled === 'true';
    return enabled !== client.portalEnabled ? runTool(ctx, 'setPortalAccess', { client: ref(client), enabled }) : unchanged;
  }
  return runTool(ctx, 'addNote', { client: ref(client), text: form.text ?? '' });
}
