// Block Kit as pure functions of data: the client card's facts and buttons, the missing-for-invoicing
// warning, search results, the confirmation card, and escaping of everything people typed (S16).
import { describe, expect, it } from 'vitest';
import { clientCard } from '../../../src/channels/slack/blocks/client-card';
import { clientFormModal } from '../../../src/channels/slack/blocks/client-form-modal';
import { confirmationCard } from '../../../src/channels/slack/blocks/confirmation-card';
import { fieldErrors, nest, readValues } from '../../../src/channels/slack/blocks/form-inputs';
import { searchResults } from '../../../src/channels/slack/blocks/search-results';
import { readMessageProposal } from '../../../src/channels/slack/read-message-proposal';
import { renderTurn } from '../../../src/channels/slack/render-turn';
import type { ClientView } from '../../../src/domain/clients/views';

const EVIL = '<!channel> & <https://evil.example|click>';

function view(over: Partial<ClientView> = {}): ClientView {
  return {
    id: 7, number: '0007', name: 'Acme Corp', status: 'active', archived: false, email: 'hi@acme.com', city: 'Berlin', country: 'DE',
    industry: null, ownerName: 'Olivia Owner', totals: [{ currency: 'EUR', revenue: 1200, paid: 849.5, outstanding: 350.5 }], currency: 'EUR', lastActivityAt: null, createdAt: '2026-01-01T00:00:00Z',
    idNumber: null, phone: null, website: null, taxId: null,
    address: { line1: null, line2: null, city: 'Berlin', region: null, postalCode: null, country: 'DE' },
    currencySource: 'set on the client', paymentTerms: 30, paymentTermsSource: 'workspace default', reminderTone: 'friendly', reminderToneSource: 'workspace default',
    value: null, startDate: null, endDate: null, ownerId: 1, groupName: null, portalEnabled: true, enrichmentState: 'none',
    missingForInvoicing: [], primaryContact: { id: 3, clientId: 7, name: 'Jane Doe', email: 'jane@acme.com', phone: null, jobTitle: null, role: null, isPrimary: true, isBillingDefault: false, portalEnabled: true, portalLastSignInAt: null },
    contacts: [], projects: [], invoices: [], invoiceCount: 2, notes: [], ...over,
  } as ClientView;
}
const json = (x: unknown) => JSON.stringify(x);
const actionIds = (blocks: unknown[]) => [...json(blocks).matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]);

describe('client card', () => {
  it('shows name, number, status, owner, primary contact and balance', () => {
    const text = json(clientCard(view()));
    for (const s of ['*Acme Corp*', '#0007', 'Active', 'Olivia Owner', 'Jane Doe', 'jane@acme.com', '*Outstanding*\\n€350.50', '*Revenue*\\n€1,200.00 · 2 invoices']) {
      expect(text).toContain(s);
    }
  });

  it('shows what is owed in each invoice currency, never in the billing currency alone', () => {
    const two = json(clientCard(view({ currency: 'USD', totals: [
      { currency: 'EUR', revenue: 1200, paid: 0, outstanding: 1200 }, { currency: 'USD', revenue: 300, paid: 300, outstanding: 0 },
    ] })));
    expect(two).toContain('*Outstanding*\\n€1,200.00"');
    expect(two).toContain('*Revenue*\\n€1,200.00\\n$300.00 · 2 invoices');
    expect(json(clientCard(view({ totals: [], invoiceCount: 0 })))).toContain('*Outstanding*\\n_Nothing outstanding_');
  });

  it('lists the open follow-ups, soonest first with overdue said, escaped, and none when there are none', () => {
    const f = (id: number, text: string, dueOn: string, overdue: boolean) => ({ id, clientId: 7, clientName: 'Acme Corp', text, dueOn, owner: 'Mia', overdue, done: false });
    const card = json(clientCard(view({ followUps: [f(1, 'Call about the renewal', '2026-11-01', true), f(2, EVIL, '2099-01-01', false)] })));
    expect(card).toContain('*Follow-ups*\\n• _was due 2026-11-01_ · Call about the renewal · Mia\\n• 2099-01-01 · &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; · Mia');
    expect(json(clientCard(view({ followUps: [] })))).not.toContain('*Follow-ups*');
    expect(json(clientCard(view()))).not.toContain('*Follow-ups*');
  });

  it('warns about fields missing for invoicing with an Add details button', () => {
    const blocks = clientCard(view({ missingForInvoicing: [{ field: 'address.line1', label: 'Billing address: street' }, { field: 'taxId', label: 'Tax id' }] }));
    expect(json(blocks)).toContain('Missing for invoicing:* Billing address: street, Tax id');
    expect(actionIds(blocks)).toContain('client_add_details');
    expect(actionIds(clientCard(view()))).not.toContain('client_add_details');
  });

  it('offers the buttons that apply to the client', () => {
    expect(actionIds(clientCard(view()))).toEqual(['client_add_contact', 'client_archive', 'group_pick', 'group_explain']);
    const withPortal = view({ contacts: [view().primaryContact!] });
    expect(actionIds(clientCard(withPortal))).toEqual(['client_add_contact', 'client_invite_portal', 'client_archive', 'group_pick', 'group_explain']);
    expect(actionIds(clientCard(view({ status: 'past', archived: true })))).toEqual(['client_add_contact', 'client_unarchive', 'client_draft_outreach', 'group_pick', 'group_explain']);
    expect(actionIds(clientCard(view({ status: 'inactive' })))).toContain('client_draft_outreach');
  });

  it('escapes & < > in everything people typed: no pings, no live links (S16)', () => {
    const blocks = clientCard(view({ name: EVIL, ownerName: EVIL, primaryContact: { ...view().primaryContact!, name: EVIL } }));
    const text = json(blocks);
    expect(text).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil');
    const results = json(searchResults([{ ...view(), name: EVIL }], 1));
    expect(results).not.toContain('<!channel>');
    expect(json(renderTurn({ text: EVIL, results: [], approvals: [] }))).not.toContain('<!channel>');
  });
});

describe('search results and confirmations', () => {
  it('lists each client with its status and a Show button bound to its id', () => {
    const blocks = searchResults([view(), { ...view(), id: 9, number: '0009', name: 'Beta', status: 'lead' }], 2);
    expect(blocks).toHaveLength(2);
    expect(json(blocks[1])).toContain('Lead');
    expect(json(blocks[1])).toContain('"action_id":"client_show","value":"9"');
    expect(json(searchResults([view()], 40))).toContain('Showing 1 of 40');
  });

  it('gives each result its revenue and outstanding in the invoice currencies, as the web list does', () => {
    const two = view({ totals: [{ currency: 'EUR', revenue: 1500, paid: 300, outstanding: 1200 }, { currency: 'USD', revenue: 250, paid: 250, outstanding: 0 }] });
    expect(json(searchResults([two], 1))).toContain('€1,500.00 and $250.00 revenue, €1,200.00 outstanding');
    expect(json(searchResults([view({ totals: [], invoiceCount: 0 })], 1))).not.toContain('revenue');
  });

  it('names the exact record and binds Confirm / Cancel to the approval id only', () => {
    const blocks = confirmationCard({ id: 'apr_123', summary: 'Delete the client Acme Corp (#0007)', expiresAt: '2026-11-22T10:10:00.000Z' });
    const text = json(blocks);
    expect(text).toContain('Delete the client Acme Corp (#0007)');
    expect(text).toContain('"action_id":"approval_confirm","value":"apr_123"');
    expect(text).toContain('"action_id":"approval_cancel","value":"apr_123"');
  });

  it('renders a turn with cards, one Undo per change and the pending confirmations', () => {
    const msg = renderTurn({
      text: 'Done.',
      results: [{ toolName: 'updateClient', input: {}, result: { ok: true, text: 'ok', data: { kind: 'client', client: view() }, undo: { activityId: 41, label: 'the change' } } }],
      approvals: [{ id: 'apr_9', summary: 'Delete Acme', expiresAt: '2026-11-22T10:10:00.000Z' }],
    });
    expect(actionIds(msg.blocks)).toEqual(['client_add_contact', 'client_archive', 'group_pick', 'group_explain', 'change_undo', 'approval_confirm', 'approval_cancel']);
  });
});

describe('forms', () => {
  it('prefills the full client form and maps domain field errors back onto its inputs', () => {
    const modal = clientFormModal(view({ missingForInvoicing: [{ field: 'taxId', label: 'Tax id' }] }), { channelId: 'C1' });
    expect(json(modal)).toContain('"initial_value":"Acme Corp"');
    expect(json(modal)).toContain('Tax ID (needed for invoicing)');
    expect(fieldErrors([{ field: 'email', message: 'Not an email.' }, { field: 'address.country', message: 'Unknown country.' }], modal.blocks as never))
      .toEqual({ email: 'Not an email.', 'address.country': 'Unknown country.' });
  });

  it('reads submitted values into the nested input the domain takes', () => {
    const values = readValues({ values: { name: { value: { value: ' Acme ' } }, 'address.city': { value: { value: 'Berlin' } }, email: { value: { value: '' } } } });
    expect(values).toEqual({ name: 'Acme', 'address.city': 'Berlin' });
    expect(nest(values)).toEqual({ name: 'Acme', address: { city: 'Berlin' } });
  });

  it('proposes a client and contact from a signature', () => {
    const text = 'Hi! I\'m Jane Doe from Acme Corp, we need a new website.\n\nBest,\nJane Doe\nHead of Marketing, Acme Corp\n<mailto:jane@acme.com|jane@acme.com> | +1 415 555 0134';
    expect(readMessageProposal(text)).toMatchObject({ name: 'Acme Corp', contactName: 'Jane Doe', email: 'jane@acme.com', phone: '+1 415 555 0134', website: 'acme.com' });
  });
});
