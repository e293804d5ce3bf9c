// updateClient's settings keys (tools.md: paymentTerms, reminderTone, startDate, endDate, group) reach the model's
// schema and the client, through the tool as the agent calls it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClient } from '../../src/domain/clients/create-client';
import { createGroup } from '../../src/domain/settings/create-group';
import { updateClientTool } from '../../tools/update-client';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../support/factories';

let t: TestDb;
let ctx: TestCtx;
beforeAll(async () => {
  t = await createTestDb();
  ctx = testCtx(t.db, (await seedWorkspace(t.db, { currency: 'EUR' })).actors.manager);
  await createGroup({ ctx, input: { name: 'Agencies', currency: 'GBP' } });
  await createClient({ ctx, input: { name: 'Settings Co' } });
});
afterAll(() => t?.cleanup());

describe('updateClient settings keys', () => {
  it('are in the JSON schema the model sees, each optional', () => {
    const schema = z.toJSONSchema(updateClientTool.input) as { properties: Record<string, unknown>; required?: string[] };
    for (const key of ['paymentTerms', 'reminderTone', 'startDate', 'endDate', 'group']) {
      expect(schema.properties, key).toHaveProperty(key);
      expect(schema.required ?? [], key).not.toContain(key);
    }
  });

  it('set payment terms, reminder tone, dates and group on the client', async () => {
    const input = updateClientTool.input.parse({
      client: 'Settings Co', paymentTerms: 14, reminderTone: 'firm', startDate: '2026-01-01', endDate: '2026-12-31', group: 'agencies',
    });
    const r = await updateClientTool.run({ ctx, input });
    expect(r.ok).toBe(true);
    const card = (r as { data: { client: Record<string, unknown> } }).data.client;
    expect(card).toMatchObject({
      paymentTerms: 14, reminderTone: 'firm', startDate: '2026-01-01', endDate: '2026-12-31', groupName: 'Agencies', currency: 'GBP',
    });
    const cleared = await updateClientTool.run({ ctx, input: updateClientTool.input.parse({ client: 'Settings Co', group: null, endDate: null }) });
    expect((cleared as { data: { client: Record<string, unknown> } }).data.client).toMatchObject({ groupName: null, endDate: null, currency: 'EUR' });
  });
});
