// Export then import gives back the same clients; OWASP's injection strings come back as the same text (C8).
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, contacts } from '../../../src/db/schema';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import { createTestDb, type TestDb } from '../../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../../support/factories';
import { seedClient } from '../exports/seed';

let t: TestDb;
let a: SeededWorkspace;
let b: SeededWorkspace;
// Names differ by the duplicate rule's key; the second OWASP vector (same key as the first) is an industry.
const INJECTIONS = ['=1+2";=1+2', '=HYPERLINK("http://evil.example")', '@SUM(1+1)*cmd|\' /C calc\'!A0', '+1+cmd', '-2+3', '@evil'];
const INDUSTRY = "=1+2'\" ;,=1+2";

beforeAll(async () => {
  t = await createTestDb();
  a = await seedWorkspace(t.db, { name: 'A' });
  b = await seedWorkspace(t.db, { name: 'B' });
  await seedClient(t.db, a.workspaceId, {
    name: 'Acme GmbH', idNumber: 'K-1', status: 'active', email: 'office@acme.de', phone: '+49301234567', website: 'https://acme.de',
    industry: 'Manufacturing', taxId: 'DE123456789', addressLine1: 'Hauptstr. 1', addressLine2: 'Hof 2', city: 'Berlin', region: 'BE',
    postalCode: '10115', country: 'DE', currency: 'EUR', paymentTerms: 14, reminderTone: 'firm', value: 12000.5, startDate: '2024-01-15', endDate: '2025-12-31',
  }, [
    { name: 'Jane Roe', email: 'jane@acme.de', phone: '+49301111111', jobTitle: 'CEO', isPrimary: true },
    { name: 'Fin Ance', email: 'billing@acme.de', isBillingDefault: true, role: 'finance' },
  ]);
  await seedClient(t.db, a.workspaceId, { name: 'Ünïcode "Quoted", Ltd.', status: 'past', city: 'Zürich\nNord', country: 'CH' }, [
    { name: 'Zoë', email: 'zoe@example.ch', isPrimary: true, isBillingDefault: true },
  ]);
  for (const [i, name] of INJECTIONS.entries()) await seedClient(t.db, a.workspaceId, { name, industry: i === 0 ? INDUSTRY : INJECTIONS[(i + 1) % INJECTIONS.length] });
});
afterAll(() => t.cleanup());

const FIELDS = ['number', 'idNumber', 'name', 'status', 'email', 'phone', 'website', 'industry', 'taxId', 'addressLine1', 'addressLine2', 'city',
  'region', 'postalCode', 'country', 'currency', 'paymentTerms', 'reminderTone', 'value', 'startDate', 'endDate'] as const;
const snapshot = async (workspaceId: number) => {
  const rows = await t.db.select().from(clients).where(eq(clients.workspaceId, workspaceId)).orderBy(clients.number);
  const people = await t.db.select().from(contacts).where(eq(contacts.workspaceId, workspaceId)).orderBy(contacts.id);
  return rows.map((r) => ({
    ...Object.fromEntries(FIELDS.map((f) => [f, r[f]])),
    contacts: people.filter((p) => p.clientId === r.id)
      .map((p) => ({ name: p.name, email: p.email, phone: p.phone, jobTitle: p.jobTitle, primary: p.isPrimary, billing: p.isBillingDefault }))
      .sort((x, y) => String(x.email).localeCompare(String(y.email))),
  }));
};

describe('export then import', () => {
  it('gives back the same clients, contacts included, in another workspace', async () => {
    const file = await exportCsv({ ctx: testCtx(t.db, a.actors.owner), input: { bom: true } });
    const content = readFileSync(file.path, 'utf8');
    const dry = await importCsv({ ctx: testCtx(t.db, b.actors.owner), input: { content, filename: file.filename } });
    expect(dry.rejections).toEqual([]);
    expect(dry).toMatchObject({ created: 8, updated: 0, skipped: 0, rejected: 0, columns: { unmatched: [] } });
    await applyImport({ ctx: testCtx(t.db, b.actors.owner), input: { importId: dry.importId } });
    const back = await snapshot(b.workspaceId);
    expect(back).toEqual(await snapshot(a.workspaceId));
    expect(back.map((c) => (c as { name?: unknown }).name)).toEqual(expect.arrayContaining(INJECTIONS));
    // And once more: the same file changes nothing.
    const again = await importCsv({ ctx: testCtx(t.db, b.actors.owner), input: { content, filename: file.filename } });
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 8 });
  });

  it('C8: injection strings are stored literally and exported escaped again, byte for byte as C1', async () => {
    const file = await exportCsv({ ctx: testCtx(t.db, b.actors.owner), input: {} });
    const text = readFileSync(file.path, 'utf8');
    expect(text).toContain('"\'=1+2"";=1+2"');
    expect(text).toContain('"\'=1+2\'"" ;,=1+2"');
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    for (const r of rows) expect(r.Name).not.toMatch(/^[=+\-@]/);
  });
});
