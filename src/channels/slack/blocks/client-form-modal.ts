// The full client form (from "Add details") and the new-client form (from "Create client from message").
import type { ModalView } from '@slack/types';
import { fieldAt, fieldsIn, formLabel, type InputField, viewValueAt } from '../../../domain/clients/client-forms';
import type { ClientView } from '../../../domain/clients/views';
import { modelInput } from './form-inputs';
import { clientContext, modal, plainContext } from './modal-view';

export const CLIENT_FORM = 'client_form';
export const CLIENT_CREATE = 'client_create';

/** Add details: every client field of the identity, contact and billing sections (client-fields.ts). */
export const CLIENT_FORM_FIELDS: readonly InputField[] = fieldsIn('identity', 'contact', 'billing');

/** What the form starts with: the client's own values; currency and terms only when set on the client itself (not inherited). */
function initialOf(client: ClientView, path: string): string | number | null {
  if (path === 'currency' && !client.currencySource.startsWith('set on the client')) return null;
  if (path === 'paymentTerms' && !client.paymentTermsSource.startsWith('set on the client')) return null;
  return viewValueAt(client, path);
}

export function clientFormModal(client: ClientView, meta: { channelId?: string; threadTs?: string }): ModalView {
  const missing = new Set(client.missingForInvoicing.map((m) => m.field));
  return modal(CLIENT_FORM, 'Client details', 'Save', { clientId: client.id, ...meta }, [
    clientContext(client),
    ...CLIENT_FORM_FIELDS.map((f) => modelInput(f, initialOf(client, f.input.path), { optional: !f.required, ...(missing.has(f.input.path) ? { label: `${formLabel(f)} (needed for invoicing)` } : {}) })),
  ]);
}

/** What a message can propose for a new client (the reader's findings); labels and limits are the model's. */
export const NEW_CLIENT_FIELDS: readonly InputField[] = ['name', 'contactName', 'email', 'phone', 'website', 'industry', 'address.city', 'address.country']
  .map((path) => fieldAt(path)!);

/** Proposed client and contact, for the person to check and confirm with "Create". */
export function newClientModal(proposal: Record<string, string>, meta: { channelId?: string; threadTs?: string }): ModalView {
  return modal(CLIENT_CREATE, 'New client', 'Create', meta, [
    plainContext('Found in the message. Check it, then create.'),
    ...NEW_CLIENT_FIELDS.map((f) => modelInput(f, proposal[f.input.path], { optional: !f.required })),
  ]);
}
