import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, contacts, groups, workspaces } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { showClient } from '../../../src/domain/clients/show-client';
import { useFixture } from './fixture';

const f = useFixture();

describe('createClient', () => {
  it('quick add needs only a name: a Lead numbered per workspace, owned by the actor, missing fields listed', async () => {
    const r = await createClient({ ctx: f.ctx('manager'), input: { name: 'Acme Corp' } });
    expect(r.created).toBe(true);
    expect(r.client).toMatchObject({ name: 'Acme Corp', number: '0001', status: 'lead', ownerName: 'Manager 1', currency: 'EUR' });
    expect(r.client.missingForInvoicing.map((m) => m.field)).toEqual(
      ['email', 'address.line1', 'address.city', 'address.postalCode', 'address.country', 'contactName']);
    const second = await createClient({ ctx: f.ctx('owner'), input: { name: 'Beta Labs' } });
    expect(second.client.number).toBe('0002');
    const otherWs = await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Gamma' } });
    expect(otherWs.client.number).toBe('0001');
  });

  it('keeps every field given, normalised, and makes the contact person the primary contact', async () => {
    const r = await createClient({ ctx: f.ctx(), input: {
      name: 'Müller GmbH', contactName: 'Jane Roe', email: ' Jane@Mueller.DE ', phone: '030 1234567', website: 'https://mueller.de/',
      industry: 'Manufacturing', taxId: 'DE123', idNumber: 'ERP-7', currency: 'chf', status: 'active', value: '12,000',
      notes: 'Met at the fair', address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'Deutschland' },
    } });
    expect(r.client).toMatchObject({
      email: 'jane@mueller.de', phone: '+49301234567', website: 'https://mueller.de', status: 'active', value: 12000,
      currency: 'CHF', currencySource: 'set on the client', idNumber: 'ERP-7', country: 'DE', missingForInvoicing: [],
    });
    expect(r.client.contacts).toHaveLength(1);
    expect(r.client.primaryContact).toMatchObject({ name: 'Jane Roe', email: 'jane@mueller.de', isPrimary: true, portalEnabled: true });
    expect(r.client.notes.map((n) => n.body)).toEqual(['Met at the fair']);
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act).toMatchObject({ verb: 'client.created', clientId: r.client.id, channel: 'web' });
  });

  it('the full form accepts a complete client', async () => {
    const r = await createClient({ ctx: f.ctx(), input: {
      policy: 'full', name: 'Full Form Ltd', contactName: 'Sam', email: 'sam@fullform.co.uk',
      address: { line1: '1 High St', city: 'London', postalCode: 'SW1A 1AA', country: 'United Kingdom' },
    } });
    expect(r.created).toBe(true);
    expect(r.client.address.country).toBe('GB');
  });

  it('returns the existing client for a duplicate name, website domain or contact email, unless insisted', async () => {
    const first = await createClient({ ctx: f.ctx(), input: { name: 'Dupe Co', website: 'https://www.dupe.io/about', email: 'ops@dupe.io' } });
    const byName = await createClient({ ctx: f.ctx(), input: { name: 'DUPE Inc.' } });
    expect(byName).toMatchObject({ created: false, activityId: null, duplicateOf: 'name' });
    expect(byName.client.id).toBe(first.client.id);
    const bySite = await createClient({ ctx: f.ctx(), input: { name: 'Totally Different', website: 'dupe.io' } });
    expect(bySite).toMatchObject({ created: false, duplicateOf: 'website' });
    const byEmail = await createClient({ ctx: f.ctx(), input: { name: 'Another Name', email: 'OPS@dupe.io' } });
    expect(byEmail).toMatchObject({ created: false, duplicateOf: 'email' });
    expect(byEmail.client.id).toBe(first.client.id);
    const insisted = await createClient({ ctx: f.ctx(), input: { name: 'Dupe Co', insist: true } });
    expect(insisted.created).toBe(true);
    expect(insisted.client.id).not.toBe(first.client.id);
  });

  it('resolves the owner to a member and the group by name; settings then come from the group', async () => {
    await f.t.db.insert(groups).values({ workspaceId: f.a.workspaceId, name: 'Agencies', currency: 'GBP', paymentTerms: 14 });
    const r = await createClient({ ctx: f.ctx(), input: { name: 'Owned Agency', owner: 'admin 1', group: 'agencies' } });
    expect(r.client).toMatchObject({ ownerName: 'Admin 1', groupName: 'Agencies', currency: 'GBP', currencySource: 'set on the group Agencies',
      paymentTerms: 14, reminderTone: 'friendly', reminderToneSource: 'workspace default' });
  });

  it('uses the workspace country as the phone region when the client has none', async () => {
    await f.t.db.update(workspaces).set({ country: 'DE' }).where(eq(workspaces.id, f.a.workspaceId));
    const r = await createClient({ ctx: f.ctx(), input: { name: 'Phone Region', phone: '030 7654321', contactName: 'P' } });
    expect(r.client.phone).toBe('+49307654321');
    const [c] = await f.t.db.select().from(contacts).where(eq(contacts.clientId, r.client.id));
    expect(c.phone).toBe('+49307654321');
    await f.t.db.update(workspaces).set({ country: null }).where(eq(workspaces.id, f.a.workspaceId));
  });

  it('showClient and getClientView return the same card', async () => {
    const r = await createClient({ ctx: f.ctx(), input: { name: 'Show Me' } });
    const shown = await showClient({ ctx: f.ctx(), input: { client: 'show me' } });
    expect(shown).toEqual(await getClientView(f.t.db, f.ctx(), r.client.id));
    expect(shown.lastActivityAt).not.toBeNull();
  });
});
