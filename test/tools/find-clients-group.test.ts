// The group filter of findClients and exportCsv ("show the clients in the Nordics group", "export the Law Firms
// group as csv"): the group's name as updateClient takes it, only its clients, and an unknown name an error naming it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClient } from '../../src/domain/clients/create-client';
import { findClients } from '../../src/domain/clients/find-clients';
import { exportCsv } from '../../src/domain/exports/export-csv';
import { createGroup } from '../../src/domain/settings/create-group';
import { exportCsvTool } from '../../tools/export-csv';
import { findClientsTool } from '../../tools/find-clients';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../support/factories';

let t: TestDb;
let ctx: TestCtx;
const names = (r: { clients: Array<{ name: string }> }) => r.clients.map((c) => c.name);
const csvNames = (path: string) =>
  (parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[]).map((r) => r.Name);
const exportsDir = () => (existsSync(ctx.files!.dir) ? readdirSync(ctx.files!.dir).sort() : []);

beforeAll(async () => {
  t = await createTestDb();
  ctx = testCtx(t.db, (await seedWorkspace(t.db)).actors.manager);
  await createGroup({ ctx, input: { name: 'Nordics' } });
  await createGroup({ ctx, input: { name: 'Law Firms' } });
  await createClient({ ctx, input: { name: 'Fjord AS', group: 'Nordics', status: 'active' } });
  await createClient({ ctx, input: { name: 'Sauna Oy', group: 'Nordics', status: 'lead' } });
  await createClient({ ctx, input: { name: 'Baker & Partners', group: 'Law Firms', status: 'active' } });
  await createClient({ ctx, input: { name: 'Loose Ltd', status: 'active' } });
  // Another workspace's group of the same name: neither its name nor its clients leak in.
  const other = testCtx(t.db, (await seedWorkspace(t.db, { name: 'Other' })).actors.manager);
  await createGroup({ ctx: other, input: { name: 'Nordics' } });
  await createClient({ ctx: other, input: { name: 'Other Nordic AB', group: 'Nordics' } });
});
afterAll(() => t?.cleanup());

describe("findClients' answer", () => {
  it('counts the rest after the names a smaller page shows ("top 2")', async () => {
    const r = await findClientsTool.run({ ctx, input: { limit: 2 } });
    expect(r).toMatchObject({ ok: true, text: expect.stringMatching(/^4 clients: Baker & Partners \(#\d+\), Fjord AS \(#\d+\) and 2 more\.$/) });
    const next = await findClientsTool.run({ ctx, input: { limit: 2, offset: 2 } });
    expect(next).toMatchObject({ ok: true, text: expect.stringMatching(/^4 clients: Loose Ltd \(#\d+\), Sauna Oy \(#\d+\)\.$/) });
  });
});

describe('findClients by group', () => {
  it('lists only the clients of the named group (its name in any case)', async () => {
    expect(names(await findClients({ ctx, input: { group: 'Nordics' } }))).toEqual(['Fjord AS', 'Sauna Oy']);
    const r = await findClients({ ctx, input: { group: 'law firms' } });
    expect(names(r)).toEqual(['Baker & Partners']);
    expect(r.total).toBe(1);
    expect(names(await findClients({ ctx, input: {} }))).toEqual(['Baker & Partners', 'Fjord AS', 'Loose Ltd', 'Sauna Oy']);
  });

  it('combines with the other filters', async () => {
    expect(names(await findClients({ ctx, input: { group: 'Nordics', status: 'active' } }))).toEqual(['Fjord AS']);
    expect(names(await findClients({ ctx, input: { group: 'Nordics', query: 'sauna' } }))).toEqual(['Sauna Oy']);
    expect((await findClients({ ctx, input: { group: 'Law Firms', status: 'lead' } })).total).toBe(0);
    // Every sort within the group (the same clock: newest is the later id).
    expect(names(await findClients({ ctx, input: { group: 'Nordics', sort: 'created' } }))).toEqual(['Sauna Oy', 'Fjord AS']);
    expect(names(await findClients({ ctx, input: { group: 'Nordics', sort: 'revenue' } }))).toEqual(['Fjord AS', 'Sauna Oy']);
    expect(names(await findClients({ ctx, input: { group: 'Nordics', sort: 'lastActivity' } }))).toHaveLength(2);
  });

  it('is an optional argument of the tool the model sees, and the tool lists the group', async () => {
    const schema = z.toJSONSchema(findClientsTool.input) as { properties: Record<string, { description?: string }>; required?: string[] };
    expect(schema.properties.group?.description).toEqual(expect.stringMatching(/group/i));
    expect(schema.required ?? []).not.toContain('group');
    const r = await findClientsTool.run({ ctx, input: findClientsTool.input.parse({ group: 'Nordics' }) });
    expect(r).toMatchObject({
      ok: true,
      text: '2 clients: Fjord AS (#0001), Sauna Oy (#0002).',
      data: { total: 2, filters: { group: 'Nordics' } },
    });
  });

  it('answers an unknown group with a not-found error naming it, and no list', async () => {
    await expect(findClients({ ctx, input: { group: 'Benelux' } })).rejects.toMatchObject({
      code: 'not_found',
      message: 'No group matches "Benelux".',
    });
    const r = await findClientsTool.run({ ctx, input: findClientsTool.input.parse({ group: 'Benelux', status: 'active' }) });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Benelux/) } });
    expect(r).not.toHaveProperty('data');
  });
});

describe('exportCsv by group', () => {
  it('writes only the rows of the named group, with the other filters too', async () => {
    const r = await exportCsv({ ctx, input: { group: 'Nordics' } });
    expect(r.rows).toBe(2);
    expect(csvNames(r.path)).toEqual(['Fjord AS', 'Sauna Oy']);
    expect(readFileSync(r.path, 'utf8')).not.toContain('Other Nordic AB');
    const active = await exportCsv({ ctx, input: { group: 'Nordics', status: 'active' } });
    expect(csvNames(active.path)).toEqual(['Fjord AS']);
    const viaTool = await exportCsvTool.run({ ctx, input: exportCsvTool.input.parse({ group: 'Law Firms' }) });
    expect(viaTool).toMatchObject({ ok: true, data: { kind: 'file', rows: 1 } });
    expect(csvNames((viaTool as { data: { path: string } }).data.path)).toEqual(['Baker & Partners']);
  });

  it('refuses an unknown group with the typed error and writes no file', async () => {
    const before = exportsDir();
    await expect(exportCsv({ ctx, input: { group: 'Benelux' } })).rejects.toMatchObject({
      code: 'not_found',
      message: 'No group matches "Benelux".',
    });
    const r = await exportCsvTool.run({ ctx, input: exportCsvTool.input.parse({ group: 'Benelux' }) });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Benelux/) } });
    expect(exportsDir()).toEqual(before);
  });
});
