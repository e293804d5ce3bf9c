// createClient with complete: true is the full New client form in chat ("add a client with all the invoice
// details"): every missing invoice detail is named at once and nothing is saved; complete, it is added.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clients } from '../../src/db/schema';
import { createClientTool } from '../../tools/create-client';
import { updateClientTool } from '../../tools/update-client';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../support/factories';

let t: TestDb;
let ctx: TestCtx;
beforeAll(async () => {
  t = await createTestDb();
  ctx = testCtx(t.db, (await seedWorkspace(t.db, { currency: 'EUR' })).actors.manager);
});
afterAll(() => t?.cleanup());
const clientCount = async () => (await t.db.select({ n: count() }).from(clients))[0].n;

describe('createClient complete (the full form in chat)', () => {
  it('is an optional key of the schema the model sees', () => {
    const schema = z.toJSONSchema(createClientTool.input) as { properties: Record<string, unknown>; required?: string[] };
    expect(schema.properties).toHaveProperty('complete');
    expect(schema.required).toEqual(['name']);
  });

  it('names every missing invoice detail at once and saves nothing', async () => {
    const r = await createClientTool.run({ ctx, input: createClientTool.input.parse({ name: 'Northwind Traders', complete: true, address: { city: 'Berlin' } }) });
    expect(r.ok).toBe(false);
    const error = (r as { error: { code: string; message: string; issues: Array<{ field: string }> } }).error;
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('Nothing was saved; for a client with all the invoice details it still needs: contact person, billing email, '
      + 'billing address: street, billing address: postal code, billing address: country.');
    expect(error.issues.map((i) => i.field).sort()).toEqual(['address.country', 'address.line1', 'address.postalCode', 'contactName', 'email']);
    expect(await clientCount()).toBe(0);
    // A wrong value is said beside what is missing.
    const bad = await createClientTool.run({ ctx, input: createClientTool.input.parse({ name: 'Northwind Traders', complete: true, email: 'not-an-email' }) });
    expect((bad as { error: { message: string } }).error.message).toMatch(/still needs: contact person, .*; and please fix: billing email /);
    expect(await clientCount()).toBe(0);
  });

  it('adds the client with its contact when everything is there; quick add still needs only a name', async () => {
    const full = await createClientTool.run({ ctx, input: createClientTool.input.parse({
      name: 'Northwind Traders', complete: true, contactName: 'Nancy Davolio', email: 'ap@northwind.test',
      address: { line1: '1 Harbour Rd', city: 'Hamburg', postalCode: '20457', country: 'DE' },
    }) });
    expect(full.ok).toBe(true);
    const card = (full as { data: { client: { name: string; missingForInvoicing: unknown[]; primaryContact: { name: string } | null } } }).data.client;
    expect(card).toMatchObject({ name: 'Northwind Traders', missingForInvoicing: [], primaryContact: { name: 'Nancy Davolio' } });
    expect((await createClientTool.run({ ctx, input: createClientTool.input.parse({ name: 'Quick Co' }) })).ok).toBe(true);
    expect(await clientCount()).toBe(2);
  });

  it('on updateClient, names what an existing client still lacks for invoicing and changes nothing until it is all there', async () => {
    const half = await updateClientTool.run({ ctx, input: updateClientTool.input.parse({ client: 'Quick Co', complete: true, email: 'ap@quick.test' }) });
    expect((half as { error: { message: string } }).error.message).toBe('Nothing was saved; for a client with all the invoice details it still needs: '
      + 'billing address: street, billing address: city, billing address: postal code, billing address: country, contact person.');
    const quick = await createClientTool.run({ ctx, input: createClientTool.input.parse({ name: 'Quick Co' }) });
    expect((quick as { data: { client: { email: string | null } } }).data.client.email).toBeNull();
    const done = await updateClientTool.run({ ctx, input: updateClientTool.input.parse({
      client: 'Quick Co', complete: true, email: 'ap@quick.test', contactName: 'Quinn', address: { line1: '2 Main St', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' },
    }) });
    expect(done.ok).toBe(true);
    expect((done as { data: { client: { missingForInvoicing: unknown[] } } }).data.client.missingForInvoicing).toEqual([]);
  });
});
