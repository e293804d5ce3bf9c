// The full client form (from "Add details") and the new-client form (from "Create client from message").
import type { ModalView } from '@slack/types';
import type { ClientView } from '../../../domain/clients/views';
import { clip } from '../mrkdwn';
import { textInput, type FieldSpec } from './form-inputs';

export const CLIENT_FORM = 'client_form';
export const CLIENT_CREATE = 'client_create';

export const CLIENT_FIELDS: FieldSpec[] = [
  { field: 'name', label: 'Name', optional: false, maxLength: 200 },
  { field: 'contactName', label: 'Contact person' },
  { field: 'email', label: 'Email' },
  { field: 'phone', label: 'Phone' },
  { field: 'website', label: 'Website' },
  { field: 'industry', label: 'Industry' },
  { field: 'taxId', label: 'Tax id (VAT)' },
  { field: 'idNumber', label: 'Id number (from another system)' },
  { field: 'address.line1', label: 'Billing address' },
  { field: 'address.line2', label: 'Address line 2' },
  { field: 'address.city', label: 'City' },
  { field: 'address.region', label: 'Region / state' },
  { field: 'address.postalCode', label: 'Postal code' },
  { field: 'address.country', label: 'Country', placeholder: 'DE, Germany, US…' },
  { field: 'currency', label: 'Billing currency', placeholder: 'EUR' },
  { field: 'paymentTerms', label: 'Payment terms (days)' },
];

function initialOf(client: ClientView, field: string): string | number | null {
  const a = client.address;
  const map: Record<string, string | number | null> = {
    name: client.name, contactName: client.primaryContact?.name ?? null, email: client.email, phone: client.phone, website: client.website, industry: client.industry,
    taxId: client.taxId, idNumber: client.idNumber, 'address.line1': a.line1, 'address.line2': a.line2, 'address.city': a.city,
    'address.region': a.region, 'address.postalCode': a.postalCode, 'address.country': a.country,
    currency: client.currencySource.startsWith('set on the client') ? client.currency : null,
    paymentTerms: client.paymentTermsSource.startsWith('set on the client') ? client.paymentTerms : null,
  };
  return map[field] ?? null;
}

export function clientFormModal(client: ClientView, meta: { channelId?: string; threadTs?: string }): ModalView {
  const missing = new Set(client.missingForInvoicing.map((m) => m.field));
  return {
    type: 'modal',
    callback_id: CLIENT_FORM,
    private_metadata: JSON.stringify({ clientId: client.id, ...meta }),
    title: { type: 'plain_text', text: 'Client details' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'context', elements: [{ type: 'plain_text', text: clip(`${client.name} · #${client.number}`, 150) }] },
      ...CLIENT_FIELDS.map((f) => textInput({ ...f, label: missing.has(f.field) ? `${f.label} (needed for invoicing)` : f.label }, initialOf(client, f.field))),
    ],
  };
}

export const NEW_CLIENT_FIELDS: FieldSpec[] = [
  { field: 'name', label: 'Client name', optional: false, maxLength: 200 },
  { field: 'contactName', label: 'Contact name' },
  { field: 'email', label: 'Contact email' },
  { field: 'phone', label: 'Phone' },
  { field: 'website', label: 'Website' },
  { field: 'industry', label: 'Industry' },
  { field: 'address.city', label: 'City' },
  { field: 'address.country', label: 'Country' },
];

/** Proposed client and contact, for the person to check and confirm with "Create". */
export function newClientModal(proposal: Record<string, string>, meta: { channelId?: string; threadTs?: string }): ModalView {
  return {
    type: 'modal',
    callback_id: CLIENT_CREATE,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: 'New client' },
    submit: { type: 'plain_text', text: 'Create' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'context', elements: [{ type: 'plain_text', text: 'Found in the message. Check it, then create.' }] },
      ...NEW_CLIENT_FIELDS.map((f) => textInput(f, proposal[f.field])),
    ],
  };
}
