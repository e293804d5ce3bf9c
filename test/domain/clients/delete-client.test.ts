import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contacts, invoices, notes } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { useFixture } from './fixture';

const f = useFixture();

describe('deleteClient', () => {
  it('removes the client with its contacts and notes (owner or admin)', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Gone Co', contactName: 'G', email: 'g@gone.co', notes: 'n' } });
    await f.t.db.insert(invoices).values({ workspaceId: f.a.workspaceId, clientId: client.id, number: 'D-1', amountCents: 100, currency: 'EUR', status: 'draft' });
    const r = await deleteClient({ ctx: f.ctx('admin'), input: { client: 'Gone Co' } });
    expect(r.deleted).toEqual({ id: client.id, number: client.number, name: 'Gone Co' });
    expect(await f.t.db.select().from(contacts).where(eq(contacts.clientId, client.id))).toEqual([]);
    expect(await f.t.db.select().from(notes).where(eq(notes.clientId, client.id))).toEqual([]);
    await expect(deleteClient({ ctx: f.ctx('owner'), input: { client: `id:${client.id}` } })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('is refused for a client with issued invoices, suggesting archive, and changes nothing', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Billed Co', contactName: 'B' } });
    await f.t.db.insert(invoices).values({ workspaceId: f.a.workspaceId, clientId: client.id, number: 'I-1', amountCents: 100, currency: 'EUR', status: 'issued' });
    const before = await f.counts();
    const err = await deleteClient({ ctx: f.ctx('owner'), input: { client: 'Billed Co' } }).catch((e) => e);
    expect(err).toMatchObject({ code: 'conflict', details: { suggestion: 'archiveClient' } });
    expect(err.message).toMatch(/Archive it instead/);
    expect(await f.counts()).toEqual(before);
  });

  it('managers and members cannot delete', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Kept Co' } });
    const before = await f.counts();
    await expect(deleteClient({ ctx: f.ctx('manager'), input: { client: 'Kept Co' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteClient({ ctx: f.ctx('member'), input: { client: 'Kept Co' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await f.counts()).toEqual(before);
  });
});
