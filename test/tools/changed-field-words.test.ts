// "Updated Acme Corp: billing email, contact person, owner." The answers that list what changed name each field
// with the label the cards and forms show (the client and contact models, declared once), not its column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/clients/create-client';
import { createGroup } from '../../src/domain/settings/create-group';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../support/factories';

let t: TestDb;
let ctx: TestCtx;
let adminName = '';
beforeAll(async () => {
  t = await createTestDb();
  const ws = await seedWorkspace(t.db, { currency: 'EUR' });
  ctx = testCtx(t.db, ws.actors.owner);
  adminName = ws.actors.admin.name;
  await createGroup({ ctx, input: { name: 'Agencies' } });
  await createClient({ ctx, input: { name: 'Acme Corp', contactName: 'Jane Roe' } });
});
afterAll(() => t?.cleanup());

const said = async (name: Parameters<typeof runTool>[1], input: unknown) => {
  const r = await runTool(ctx, name, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.text;
};

describe('what changed, in the words of the cards', () => {
  it('a client: billing email, tax ID, street, postal code, contact person, owner and group', async () => {
    const text = await said('updateClient', {
      client: 'Acme Corp', email: 'ap@acme.test', taxId: 'DE123456789', address: { line1: '1 Main St', postalCode: '10115' },
      contactName: 'John Doe', owner: adminName, group: 'Agencies',
    });
    expect(text).toBe('Updated Acme Corp (#0001): billing email, tax ID, street, postal code, owner, group, contact person.');
  });

  it('a contact: job title, primary contact, billing contact and portal access', async () => {
    await said('addContact', { client: 'Acme Corp', name: 'Max Muster', email: 'max@acme.test' });
    const text = await said('updateContact', { client: 'Acme Corp', contact: 'Max Muster', jobTitle: 'CFO', primary: true, billingDefault: true, portalEnabled: false });
    expect(text).toMatch(/: job title, primary contact, billing contact, may use the portal\b/);
  });
});
