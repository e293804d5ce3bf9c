import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contacts } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { removeContact } from '../../../src/domain/contacts/remove-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { useFixture } from '../clients/fixture';

const f = useFixture();

describe('contacts under concurrency and across workspaces', () => {
  it('two concurrent requests to make different contacts primary (and billing) leave exactly one of each', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Race Co', contactName: 'A' } });
    for (const name of ['B', 'C', 'D']) await addContact({ ctx: f.ctx(), input: { client: 'Race Co', name } });
    const results = await Promise.allSettled([
      updateContact({ ctx: f.ctx(), input: { client: 'Race Co', contact: 'B', primary: true, billingDefault: true } }),
      updateContact({ ctx: f.ctx(), input: { client: 'Race Co', contact: 'C', primary: true, billingDefault: true } }),
      addContact({ ctx: f.ctx(), input: { client: 'Race Co', name: 'E', primary: true, billingDefault: true } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    const rows = await f.t.db.select().from(contacts).where(eq(contacts.clientId, client.id));
    expect(rows.filter((c) => c.isPrimary)).toHaveLength(1);
    expect(rows.filter((c) => c.isBillingDefault)).toHaveLength(1);
  });

  it("another workspace's contacts cannot be read, changed or removed", async () => {
    const { client } = await createClient({ ctx: f.ctx('manager', 'a'), input: { name: 'Private Co', contactName: 'Pat', email: 'pat@private.co' } });
    await addContact({ ctx: f.ctx('manager', 'a'), input: { client: 'Private Co', name: 'Quinn' } });
    const ctxB = f.ctx('owner', 'b');
    await createClient({ ctx: ctxB, input: { name: 'B Side', contactName: 'Bea' } });
    const before = await f.counts();
    await expect(updateContact({ ctx: ctxB, input: { client: `id:${client.id}`, contact: 'Pat', name: 'Hacked' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(removeContact({ ctx: ctxB, input: { client: 'Private Co', contact: 'Quinn' } })).rejects.toMatchObject({ code: 'not_found' });
    const [pat] = await f.t.db.select().from(contacts).where(eq(contacts.email, 'pat@private.co'));
    // A contact id of workspace A named through a client of workspace B is not found either.
    await expect(updateContact({ ctx: ctxB, input: { client: 'B Side', contact: pat.id, name: 'Hacked' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
    await expect(addContact({ ctx: f.ctx('member', 'a'), input: { client: 'Private Co', name: 'M' } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
