import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, contacts } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { removeContact } from '../../../src/domain/contacts/remove-contact';
import { resolveContact } from '../../../src/domain/contacts/resolve-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { useFixture } from '../clients/fixture';

const f = useFixture();
const flags = async (clientId: number) => (await f.t.db.select().from(contacts).where(eq(contacts.clientId, clientId)))
  .map((c) => `${c.name}:${c.isPrimary ? 'P' : ''}${c.isBillingDefault ? 'B' : ''}`).sort();

describe('contacts', () => {
  it('the first contact is primary; emails lower-cased; portal on by default with an email', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Contacts Co', address: { country: 'DE' } } });
    const first = await addContact({ ctx: f.ctx(), input: { client: 'Contacts Co', name: 'Ann', email: ' ANN@Contacts.CO ', phone: '030 111222', role: 'Decision maker' } });
    expect(first.contact).toMatchObject({ name: 'Ann', email: 'ann@contacts.co', phone: '+4930111222', role: 'decision_maker', isPrimary: true, portalEnabled: true });
    const second = await addContact({ ctx: f.ctx(), input: { client: `id:${client.id}`, name: 'Ben' } });
    expect(second.contact).toMatchObject({ isPrimary: false, portalEnabled: false });
    const third = await addContact({ ctx: f.ctx(), input: { client: 'Contacts Co', email: 'cy@contacts.co', jobTitle: 'CFO' } });
    expect(third.contact).toMatchObject({ name: null, isPrimary: false, portalEnabled: true });
    expect(third.client.contacts).toHaveLength(3);
    expect(third.client.primaryContact?.name).toBe('Ann');
  });

  it('setting primary or billing default clears the other contacts in the same change', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Flags Co', contactName: 'Ann' } });
    await addContact({ ctx: f.ctx(), input: { client: 'Flags Co', name: 'Ben', billingDefault: true } });
    expect(await flags(client.id)).toEqual(['Ann:P', 'Ben:B']);
    await addContact({ ctx: f.ctx(), input: { client: 'Flags Co', name: 'Cat', primary: true, billingDefault: true } });
    expect(await flags(client.id)).toEqual(['Ann:', 'Ben:', 'Cat:PB']);
    const r = await updateContact({ ctx: f.ctx(), input: { client: 'Flags Co', contact: 'ben', primary: true } });
    expect(r.changed).toEqual(['isPrimary']);
    expect(await flags(client.id)).toEqual(['Ann:', 'Ben:P', 'Cat:B']);
    expect(r.client.primaryContact?.name).toBe('Ben');
  });

  it('updates fields; clearing the email turns the portal off; the billing contact gives the invoice email', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Upd Contact Co' } });
    const { client } = await addContact({ ctx: f.ctx(), input: { client: 'Upd Contact Co', name: 'Dee', email: 'dee@upd.co' } });
    // No client email, but the primary contact's email serves for invoicing.
    expect(client.missingForInvoicing.map((m) => m.field)).not.toContain('email');
    const r = await updateContact({ ctx: f.ctx(), input: { client: 'Upd Contact Co', contact: 'dee@upd.co', email: '', name: 'Dee Dee', jobTitle: 'COO' } });
    expect(r.contact).toMatchObject({ name: 'Dee Dee', email: null, portalEnabled: false, jobTitle: 'COO' });
    // The history line is read by people: the form's labels, not the columns ("jobTitle, portalEnabled").
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act.summary).toBe('Updated Dee Dee at Upd Contact Co: name Dee → Dee Dee, email dee@upd.co → (empty), job title (empty) → COO, may use the portal no');
    const role = await updateContact({ ctx: f.ctx(), input: { client: 'Upd Contact Co', contact: 'Dee Dee', role: 'finance', billingDefault: true } });
    const [roleAct] = await f.t.db.select().from(activities).where(eq(activities.id, role.activityId!));
    expect(roleAct.summary).toMatch(/: (role \(empty\)|role Other) → Finance, billing contact yes$/);
    expect(r.client.missingForInvoicing.map((m) => m.field)).toContain('email');
    const b = await addContact({ ctx: f.ctx(), input: { client: 'Upd Contact Co', name: 'Fin', email: 'fin@upd.co', billingDefault: true, role: 'finance' } });
    expect(b.client.missingForInvoicing.map((m) => m.field)).not.toContain('email');
  });

  it('removing the primary promotes another; resolveContact finds by name, part, email and id', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Remove Co', contactName: 'Eve Adams', email: 'eve@remove.co' } });
    const fay = await addContact({ ctx: f.ctx(), input: { client: 'Remove Co', name: 'Fay Brown' } });
    expect((await resolveContact(f.t.db, f.ctx(), client.id, 'adams')).name).toBe('Eve Adams');
    expect((await resolveContact(f.t.db, f.ctx(), client.id, 'EVE@remove.co')).name).toBe('Eve Adams');
    expect((await resolveContact(f.t.db, f.ctx(), client.id, String(fay.contact.id))).name).toBe('Fay Brown');
    const r = await removeContact({ ctx: f.ctx(), input: { client: 'Remove Co', contact: 'Eve' } });
    expect(r.removed.name).toBe('Eve Adams');
    expect(r.client.contacts.map((c) => [c.name, c.isPrimary])).toEqual([['Fay Brown', true]]);
  });

  it('a contact saved without a courtesy title is found when a letter names them with one', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Rosewood Guest House', contactName: "Siobhan O'Shea" } });
    await addContact({ ctx: f.ctx(), input: { client: 'Rosewood Guest House', name: 'Mr. Dennis Whitlock' } });
    const r = await updateContact({ ctx: f.ctx(), input: { client: 'Rosewood Guest House', contact: "Mrs. Siobhan O'Shea", jobTitle: 'Owner' } });
    expect(r.contact).toMatchObject({ name: "Siobhan O'Shea", jobTitle: 'Owner' });
    const titled = await updateContact({ ctx: f.ctx(), input: { client: 'Rosewood Guest House', contact: 'Dennis Whitlock', jobTitle: 'Retired' } });
    expect(titled.contact).toMatchObject({ name: 'Mr. Dennis Whitlock', jobTitle: 'Retired' });
  });
});
