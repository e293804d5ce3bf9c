// The client and contact model is declared once (src/domain/clients/client-fields.ts, contacts/contact-fields.ts):
// every field it describes shows up in each place derived from it (the verbs' schemas, the CSV export, the Slack
// modals, the web cards and forms), and Slack and the web label each field the same.
import { describe, expect, it } from 'vitest';
import { billingCard, identityCard } from '../../src/channels/http/team/pages/client-cards';
import { contactsCard } from '../../src/channels/http/team/pages/contacts-card';
import { FULL_FORM, newClientPage } from '../../src/channels/http/team/pages/new-client-page';
import { clientFormModal } from '../../src/channels/slack/blocks/client-form-modal';
import { contactModal } from '../../src/channels/slack/blocks/contact-modal';
import { fullClientModal } from '../../src/channels/slack/blocks/settings-modals';
import type { MemberActor } from '../../src/context';
import { CLIENT_FIELDS, type FieldDef } from '../../src/domain/clients/client-fields';
import { fieldsIn, formLabel, INPUT_FIELDS } from '../../src/domain/clients/client-forms';
import { AddressInput, ClientFields } from '../../src/domain/clients/schemas';
import type { ClientView } from '../../src/domain/clients/views';
import { CONTACT_FIELDS } from '../../src/domain/contacts/contact-fields';
import { ContactFields } from '../../src/domain/contacts/schemas';
import { clientColumns, CONTACT_COLUMNS } from '../../src/domain/exports/csv-columns';

const client = {
  id: 7, number: '0007', name: 'Acme Corp', status: 'active', archived: false, email: null, city: null, country: null, industry: null,
  ownerName: null, totals: [], invoiceCount: 0, currency: 'EUR', lastActivityAt: null, createdAt: '2026-01-01T00:00:00Z',
  idNumber: null, phone: null, website: null, taxId: null,
  address: { line1: null, line2: null, city: null, region: null, postalCode: null, country: null },
  currencySource: 'workspace default', paymentTerms: 30, paymentTermsSource: 'workspace default', reminderTone: 'friendly',
  reminderToneSource: 'workspace default', value: null, startDate: null, endDate: null, ownerId: null, groupName: null, portalEnabled: true,
  enrichmentState: 'none', missingForInvoicing: [], primaryContact: null, contacts: [], projects: [], invoices: [], notes: [], quotes: [],
} as unknown as ClientView;
const actor: MemberActor = { kind: 'member', workspaceId: 1, memberId: 1, role: 'owner', channel: 'web', name: 'Olivia' };

type Input = { block_id: string; optional?: boolean; label: { text: string }; element: { options?: Array<{ value: string }> } };
const inputsOf = (blocks: unknown[]) => (blocks as Array<{ type: string }>).filter((b): b is Input & { type: string } => b.type === 'input');
/** Web form controls: name -> the text of the label around it. */
function webLabels(markup: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of String(markup).matchAll(/<label[^>]*>([\s\S]*?)<\/label>/g)) {
    const name = /name="([^"]+)"/.exec(m[1])?.[1];
    const text = m[1].replace(/<select[\s\S]*?<\/select>|<span[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ' ');
    if (name) out.set(name, text.replace(/\s+/g, ' ').trim());
  }
  return out;
}
const editing = (card: 'identity' | 'billing') => ({ card });

describe('the client model', () => {
  const fields = CLIENT_FIELDS as readonly FieldDef[];

  it('gives every field with an input a key in the verbs\' schema', () => {
    const keys = [...Object.keys(ClientFields.shape).filter((k) => k !== 'address'), ...Object.keys(AddressInput.shape).map((k) => `address.${k}`)];
    expect(keys.sort()).toEqual(INPUT_FIELDS.map((f) => f.input.path).sort());
  });

  it('exports every field with a CSV column, under that header', () => {
    const headers = clientColumns([]).map((c) => c.header);
    for (const f of fields) if (f.csv) expect(headers, f.key).toContain(f.csv);
    expect(fields.filter((f) => f.csv).length).toBeGreaterThan(25);
  });

  it('puts every identity, contact and billing field in Slack\'s Add details modal and the web cards, with one label', () => {
    const slack = new Map(inputsOf(clientFormModal(client, {}).blocks).map((b) => [b.block_id, b.label.text]));
    const web = new Map([...webLabels(identityCard(client, editing('identity'))), ...webLabels(billingCard(client, editing('billing')))]);
    for (const f of fieldsIn('identity', 'contact', 'billing')) expect(slack.get(f.input.path), f.key).toBe(formLabel(f));
    // The contact person is edited on the web's contacts card; every other field on the identity and billing cards.
    for (const f of fieldsIn('identity', 'billing')) expect(web.get(f.input.path), f.key).toBe(formLabel(f));
    expect(fieldsIn('identity').length + fieldsIn('billing').length).toBeGreaterThan(15);
  });

  it('puts every full-form field in the web New client page and Slack\'s full form, required alike', () => {
    const full = INPUT_FIELDS.filter((f) => f.fullForm);
    const slack = inputsOf(fullClientModal({}).blocks);
    expect(slack.map((b) => b.block_id)).toEqual(full.map((f) => f.input.path));
    expect(slack.filter((b) => !b.optional).map((b) => b.block_id)).toEqual(full.filter((f) => f.fullForm === 'required').map((f) => f.input.path));
    expect(FULL_FORM.map((f) => [f.name, f.label, !!f.required])).toEqual(full.map((f) => [f.input.path, formLabel(f), f.fullForm === 'required']));
    const page = webLabels(newClientPage(actor));
    for (const f of full) expect(page.get(f.input.path), f.key).toContain(formLabel(f));
  });

  it('labels a status select with the model\'s options on both surfaces', () => {
    const status = INPUT_FIELDS.find((f) => f.key === 'status')!;
    const slack = inputsOf(clientFormModal(client, {}).blocks).find((b) => b.block_id === 'status')!;
    expect(slack.element.options?.map((o) => o.value)).toEqual([...status.input.options!]);
    expect(String(identityCard(client, editing('identity')))).toContain('<option value="past"');
  });
});

describe('the contact model', () => {
  it('derives the verbs\' schema, the CSV columns, the Slack modal and the web form from every field', () => {
    expect(Object.keys(ContactFields.shape).sort()).toEqual(CONTACT_FIELDS.map((f) => f.key).sort());
    const headers = CONTACT_COLUMNS.map((c) => c.header);
    const modal = inputsOf(contactModal({ id: 7, name: 'Acme Corp', number: '0007' }, {}).blocks);
    const slack = new Map(modal.map((b) => [b.block_id, b.label.text]));
    const flags = modal.find((b) => b.block_id === 'flags')!.element.options!.map((o) => o.value);
    const web = webLabels(contactsCard(client, { card: 'contacts' }));
    for (const f of CONTACT_FIELDS) {
      expect(headers, f.key).toContain(f.csv);
      if (f.kind === 'flag') expect(flags, f.key).toContain(f.key);
      else expect(slack.get(f.key), f.key).toBe(f.label);
      expect(web.get(f.key), f.key).toBe(f.label);
    }
  });
});
