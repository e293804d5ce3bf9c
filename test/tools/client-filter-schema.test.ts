// findClients' and exportCsv's filters are the domain's ClientFilters (src/domain/clients/client-filters.ts), listed
// once: the tools' schemas are derived from it with the words the model reads, so the two cannot drift apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLIENT_STATUSES } from '../../src/db/enums';
import { createClient } from '../../src/domain/clients/create-client';
import { CLIENT_FILTER_KEYS, CLIENT_SORTS, ClientFilters } from '../../src/domain/clients/client-filters';
import { optText } from '../../src/domain/normalize/fields';
import { exportCsvTool } from '../../tools/export-csv';
import { toolFilters } from '../../tools/field-schemas';
import { findClientsTool } from '../../tools/find-clients';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../support/factories';

type Json = { properties: Record<string, { enum?: string[]; type?: string; description?: string }>; required?: string[] };
const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as Json;

let t: TestDb;
let ctx: TestCtx;
beforeAll(async () => {
  t = await createTestDb();
  ctx = testCtx(t.db, (await seedWorkspace(t.db)).actors.manager);
  for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) await createClient({ ctx, input: { name, status: 'active' } });
});
afterAll(() => t?.cleanup());

describe("the tools' client filters are the domain's", () => {
  it('findClients takes every filter of the domain, plus its page (limit, offset); exportCsv takes the same keys', () => {
    const find = jsonOf(findClientsTool.input);
    expect(Object.keys(find.properties).sort()).toEqual([...CLIENT_FILTER_KEYS, 'limit', 'offset'].sort());
    expect(Object.keys(jsonOf(exportCsvTool.input).properties).sort()).toEqual(Object.keys(find.properties).sort());
    expect(find.required ?? []).toEqual([]);
    // A closed set shows the domain's values; the model's words stay with the tool.
    expect(find.properties.status.enum).toEqual([...CLIENT_STATUSES]);
    expect(find.properties.sort.enum).toEqual([...CLIENT_SORTS]);
    expect(find.properties.group.description).toEqual(expect.stringMatching(/group/i));
    expect(find.properties.offset.description).toEqual(expect.stringMatching(/skip/i));
  });

  it('a filter added to the domain reaches the tool schema the model sees', () => {
    const more = ClientFilters.extend({ city: optText(80), tier: z.enum(['gold', 'silver']).optional() });
    const json = jsonOf(z.object(toolFilters(more)));
    expect(Object.keys(json.properties).sort()).toEqual([...CLIENT_FILTER_KEYS, 'city', 'tier'].sort());
    expect(json.properties.city.type).toBe('string');
    expect(json.properties.tier.enum).toEqual(['gold', 'silver']);
  });

  it("reads values as the verb does: a status in any case, and a bad value refused in the verb's words", async () => {
    const active = await runTool(ctx, 'findClients', { status: 'Active' });
    expect(active.ok && active.data?.kind === 'clients' && active.data.total).toBe(5);
    // Text filters pass the tool's check and are the verb's to refuse, naming the filter.
    const country = await runTool(ctx, 'findClients', { country: 'Narnia' });
    expect(!country.ok && country.error.issues).toEqual([{ field: 'country', message: expect.stringMatching(/not a country/) }]);
    const date = await runTool(ctx, 'findClients', { createdFrom: '2026-13-01' });
    expect(!date.ok && date.error.issues).toEqual([{ field: 'createdFrom', message: 'must be a date as YYYY-MM-DD' }]);
    const sort = await runTool(ctx, 'findClients', { sort: 'size' });
    expect(!sort.ok && sort.error.issues).toEqual([{ field: 'sort', message: `must be one of ${CLIENT_SORTS.join(', ')}` }]);
  });

  it('pages with offset: the next page starts after the clients already shown, the total unchanged', async () => {
    const names = async (input: object) => {
      const r = await runTool(ctx, 'findClients', input);
      return r.ok && r.data?.kind === 'clients'
        ? { names: (r.data.clients as Array<{ name: string }>).map((c) => c.name), total: r.data.total }
        : r;
    };
    expect(await names({ limit: 2 })).toEqual({ names: ['Alpha', 'Bravo'], total: 5 });
    expect(await names({ limit: 2, offset: 2 })).toEqual({ names: ['Charlie', 'Delta'], total: 5 });
    expect(await names({ limit: 2, offset: 4 })).toEqual({ names: ['Echo'], total: 5 });
    const negative = await runTool(ctx, 'findClients', { offset: -1 });
    expect(!negative.ok && negative.error.issues?.map((i) => i.field)).toEqual(['offset']);
  });
});
