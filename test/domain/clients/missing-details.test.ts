// "Clients with no email", "which clients have no contacts": a list of the clients that lack one detail, where an
// email or phone a contact has counts; the export takes the same filter; a detail that is not one is refused by
// name; another workspace's clients never show.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import { useFixture } from './fixture';

const f = useFixture();
const lacking = async (missing: string, ws: 'a' | 'b' = 'a') =>
  (await findClients({ ctx: f.ctx('manager', ws), input: { missing } })).clients.map((c) => c.name);

beforeAll(async () => {
  const ctx = f.ctx();
  await createClient({ ctx, input: { name: 'Has Email Ltd', email: 'billing@hasemail.example', taxId: 'DE123456789' } });
  // No email of its own, but its contact has one: reachable by email.
  await createClient({ ctx, input: { name: 'Contact Email Ltd', contactName: 'Cora', taxId: '   ' } });
  await addContact({ ctx, input: { client: 'Contact Email Ltd', name: 'Cody', email: 'cody@contactemail.example' } });
  const nothing = await createClient({ ctx, input: { name: 'Nothing Ltd' } });
  // Left by a teammate who was removed without handing it over.
  await f.t.db.update(clients).set({ ownerId: null }).where(eq(clients.id, nothing.client.id));
  await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Other Workspace Nothing Ltd' } });
});

describe('clients missing a detail', () => {
  it("lists those nobody at the client can be reached at by email, those with no contact, no tax id (blank counts)", async () => {
    expect(await lacking('email')).toEqual(['Nothing Ltd']);
    expect(await lacking('contactName')).toEqual(['Nothing Ltd']);
    expect(await lacking('taxId')).toEqual(['Contact Email Ltd', 'Nothing Ltd']);
    expect(await lacking('phone')).toEqual(['Contact Email Ltd', 'Has Email Ltd', 'Nothing Ltd']);
    expect(await lacking('owner')).toEqual(['Nothing Ltd']);
  });

  it('exports the same clients', async () => {
    const file = await exportCsv({ ctx: f.ctx('manager'), input: { missing: 'email' } });
    expect(file.rows).toBe(1);
  });

  it('refuses a detail that is not one, naming the filter', async () => {
    await expect(findClients({ ctx: f.ctx('manager'), input: { missing: 'shoe size' } }))
      .rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'missing', message: expect.stringContaining('must be one of email, phone') }] });
  });

  it("never shows another workspace's clients", async () => {
    expect(await lacking('email', 'b')).toEqual(['Other Workspace Nothing Ltd']);
    expect(await lacking('email')).not.toContain('Other Workspace Nothing Ltd');
  });
});
