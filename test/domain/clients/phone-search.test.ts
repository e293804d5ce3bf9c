// Phone search: a number is found however it is typed, on clients' and contacts' phones, and only in the
// searcher's workspace.
import { beforeAll, describe, expect, it } from 'vitest';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { clients } from '../../../src/db/schema';
import { eq } from 'drizzle-orm';
import { useFixture } from './fixture';

const f = useFixture();
const names = async (query: string, ws: 'a' | 'b' = 'a') => (await findClients({ ctx: f.ctx('manager', ws), input: { query } })).clients.map((c) => c.name);

beforeAll(async () => {
  const ctx = f.ctx();
  // Stored as E.164 (the client is in Germany).
  await createClient({ ctx, input: { name: 'Berlin Bakery', phone: '030 1234567', address: { country: 'DE' } } });
  // A US number on a contact, not on the client.
  const sf = await createClient({ ctx, input: { name: 'Bay Studio', address: { country: 'US' } } });
  await addContact({ ctx, input: { client: `id:${sf.client.id}`, name: 'Sam', phone: '+1 415 555 0123' } });
  // Kept as typed (no country to read it with): still found by its digits.
  const raw = await createClient({ ctx, input: { name: 'Raw Phone Ltd' } });
  await f.t.db.update(clients).set({ phone: '(0)89 / 98 76 54' }).where(eq(clients.id, raw.client.id));
  await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Other Workspace Bakery', phone: '+49 30 1234567' } });
});

describe('phone search', () => {
  it('finds a German number typed internationally, nationally, with a 00 prefix or in part', async () => {
    for (const q of ['+49 30 1234567', '030 1234567', '0049 30 123 45 67', '+49-30-1234567', '1234567']) {
      expect(await names(q), q).toEqual(['Berlin Bakery']);
    }
  });

  it("finds a contact's US number typed the American way", async () => {
    for (const q of ['(415) 555-0123', '415.555.0123', '+1 (415) 555-0123', '555-0123']) expect(await names(q), q).toEqual(['Bay Studio']);
  });

  it('finds a phone kept as typed from any spelling of its digits', async () => {
    expect(await names('089 987654')).toEqual(['Raw Phone Ltd']);
    expect(await names('+49 89 987654')).toEqual(['Raw Phone Ltd']);
  });

  it('matches nothing for other numbers, and never another workspace', async () => {
    expect(await names('030 7654321')).toEqual([]);
    expect(await names('030 1234567', 'b')).toEqual(['Other Workspace Bakery']);
  });
});
