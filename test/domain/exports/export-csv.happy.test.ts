import { existsSync, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import type { TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { seedClient, seedInvoice } from './seed';

let t: TestDb;
let ws: SeededWorkspace;

beforeAll(async () => {
  ({ t, ws } = await seededTestDb());
  const acme = await seedClient(t.db, ws.workspaceId, {
    name: 'Acme GmbH', status: 'active', ownerId: ws.actors.manager.memberId, email: 'office@acme.de', phone: '+49301234567', city: 'Berlin', country: 'DE', value: 12000,
  }, [
    { name: 'Jane Roe', email: 'jane@acme.de', isPrimary: true },
    { name: 'Fin Ance', email: 'billing@acme.de', isBillingDefault: true, role: 'finance' },
  ]);
  await seedInvoice(t.db, ws.workspaceId, acme.client.id, 150000, 50000);
  await seedInvoice(t.db, ws.workspaceId, acme.client.id, 20000, 20000);
  await seedClient(t.db, ws.workspaceId, { name: 'Globex', status: 'inactive', country: 'US', archivedAt: new Date('2026-01-01T00:00:00Z') });
  for (let i = 0; i < 7; i++) await seedClient(t.db, ws.workspaceId, { name: `Filler ${i}`, status: 'lead' });
  const other = await seedWorkspace(t.db, { name: 'Other' });
  await seedClient(t.db, other.workspaceId, { name: 'CANARY-B-client', email: 'canary@b.test' }, [{ name: 'CANARY-B-contact', isPrimary: true }]);
});
afterAll(() => t.cleanup());

const read = (path: string) => parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

describe('exportCsv', () => {
  it('exports every client of the workspace with contacts and ledger totals, and nothing of another workspace', async () => {
    const ctx = testCtx(t.db, ws.actors.manager);
    const res = await exportCsv({ ctx, input: {} });
    expect(res.rows).toBe(9);
    expect(res.filename).toBe('clients-2026-11-22.csv');
    const text = readFileSync(res.path, 'utf8');
    expect(res.bytes).toBe(Buffer.byteLength(text));
    expect(text).not.toContain('CANARY-B');
    const rows = read(res.path);
    const acme = rows.find((r) => r.Name === 'Acme GmbH')!;
    expect(acme).toMatchObject({
      Status: 'active', Email: 'office@acme.de', Phone: "'+49301234567", City: 'Berlin', Country: 'DE', Value: '12000',
      'Primary Contact Name': 'Jane Roe', 'Primary Contact Email': 'jane@acme.de',
      'Billing Contact Name': 'Fin Ance', 'Billing Contact Email': 'billing@acme.de',
      Invoices: '2', 'Revenue (EUR)': '1700', 'Paid To Date (EUR)': '700', 'Outstanding (EUR)': '1000',
    });
    expect(rows.find((r) => r.Name === 'Globex')!['Archived At']).toBe('2026-01-01T00:00:00.000Z');
    expect((await ctx.files!.read(res.id, ws.workspaceId))?.rows).toBe(9);
  });

  it('applies the findClients filters and pages through every match', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const leads = await exportCsv({ ctx, input: { status: 'lead' }, options: { pageSize: 2 } });
    expect(leads.rows).toBe(7);
    expect(read(leads.path).map((r) => r.Name)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Filler ${i}`));
    const live = await exportCsv({ ctx, input: { archived: 'active', country: 'us' } });
    expect(live.rows).toBe(0);
    const found = await exportCsv({ ctx, input: { query: 'acme' } });
    expect(read(found.path).map((r) => r.Name)).toEqual(['Acme GmbH']);
    const owned = await exportCsv({ ctx, input: { owner: `manager.${ws.workspaceId}@studio.test` } });
    expect(read(owned.path).map((r) => [r.Name, r.Owner])).toEqual([['Acme GmbH', `Manager ${ws.workspaceId}`]]);
    const archived = await exportCsv({ ctx, input: { archived: 'archived', country: 'United States' } });
    expect(read(archived.path).map((r) => r.Name)).toEqual(['Globex']);
  });

  it('exports contacts as their own file, and writes a byte-order mark on request', async () => {
    const ctx = testCtx(t.db, ws.actors.admin);
    const res = await exportCsv({ ctx, input: { kind: 'contacts', bom: true } });
    const bytes = readFileSync(res.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = read(res.path);
    expect(rows.map((r) => [r['Client Name'], r['Contact Email'], r.Primary, r['Billing Default']])).toEqual([
      ['Acme GmbH', 'jane@acme.de', 'yes', 'no'],
      ['Acme GmbH', 'billing@acme.de', 'no', 'yes'],
    ]);
    expect(res.filename).toBe('contacts-2026-11-22.csv');
  });

  it('reports progress page by page', async () => {
    const seen: number[] = [];
    await exportCsv({ ctx: testCtx(t.db, ws.actors.owner), input: {}, options: { pageSize: 4, onProgress: (p) => seen.push(p.rows) } });
    expect(seen).toEqual([4, 8, 9]);
  });

  it('a file cut short (the export stopped or failed after its first page) is removed, not left to download', async () => {
    const ctx = testCtx(t.db, ws.actors.owner);
    const files = ctx.files!;
    const made: Array<ReturnType<typeof files.create>> = [];
    const watched = { ...files, create: () => { const f = files.create(); made.push(f); return f; } };
    const stop = new Error('The job stopped before it finished (the server is stopping); nothing of it was saved.');
    const err = await exportCsv({ ctx: { ...ctx, files: watched }, input: {}, options: { pageSize: 4, onProgress: () => { throw stop; } } })
      .then(() => null, (e: unknown) => e);
    expect(err).toBe(stop);
    expect(made).toHaveLength(1);
    // Once its stream has closed (its open may still have been under way when the export failed), no file is there.
    await finished(made[0].stream).catch(() => {});
    expect(existsSync(made[0].path)).toBe(false);
  });
});
