// "Who owes us money?" in chat: listAttention lists the unpaid invoices (overdue ones marked, earliest due first),
// quotes awaiting an answer and the rest of the App Home's overview, as text; the person's own clients unless they
// ask for the workspace's. It changes nothing and is refused to a role without client access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/clients/create-client';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../src/domain/ledger/record-payment';
import { runTool } from '../../tools/run-tool';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type SeededWorkspace } from '../support/factories';

let db: TestDb;
let ws: SeededWorkspace;
const NOW = new Date('2026-11-22T10:00:00Z');
beforeAll(async () => {
  db = await createTestDb();
  ws = await seedWorkspace(db.db, { currency: 'EUR' });
  // Issued in September; read on NOW, when the first is overdue.
  const ctx = testCtx(db.db, ws.actors.owner, { now: new Date('2026-09-01T10:00:00Z') });
  await createClient({ ctx, input: { name: 'Acme Corp', status: 'active' } });
  await createClient({ ctx, input: { name: 'Lumen Forge', status: 'active', owner: ws.actors.manager.name } });
  await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 1200, dueDate: '2026-11-01' } });
  await createInvoice({ ctx, input: { client: 'Lumen Forge', amount: 300, currency: 'GBP', dueDate: '2026-12-15' } });
  const paid = await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 99, dueDate: '2026-10-01' } });
  await recordPayment({ ctx, input: { invoice: paid.invoice.number, amount: 99 } });
});
afterAll(() => db.cleanup());

describe('listAttention', () => {
  it('lists who owes money, the overdue invoice first and marked, and leaves paid ones out (happy)', async () => {
    const r = await runTool(testCtx(db.db, ws.actors.owner, { now: NOW }), 'listAttention', { show: 'unpaid', scope: 'workspace' });
    expect(r).toMatchObject({ ok: true, data: { kind: 'attention', scope: 'workspace' } });
    expect(r.ok && r.text).toBe('Unpaid invoices: INV-0001 Acme Corp, €1,200.00 outstanding, due 2026-11-01 (overdue); INV-0002 Lumen Forge, £300.00 outstanding, due 2026-12-15.');
    const overdue = await runTool(testCtx(db.db, ws.actors.owner, { now: NOW }), 'listAttention', { show: 'overdue', scope: 'workspace' });
    expect(overdue.ok && overdue.text).toBe('Overdue invoices: INV-0001 Acme Corp, €1,200.00 outstanding, due 2026-11-01 (overdue).');
  });

  it("shows a member who owns clients their own, says so, and everyone's when asked", async () => {
    const manager = testCtx(db.db, ws.actors.manager, { now: NOW });
    const mine = await runTool(manager, 'listAttention', { show: 'unpaid' });
    expect(mine.ok && mine.text).toBe("Unpaid invoices: INV-0002 Lumen Forge, £300.00 outstanding, due 2026-12-15.\nThese are for the clients you own; ask for the whole workspace's to see everyone's.");
    const all = await runTool(manager, 'listAttention', { show: 'unpaid', scope: 'workspace' });
    expect(all.ok && all.text).toContain('INV-0001 Acme Corp');
  });

  it('says plainly when a list is empty, and by default lists only what needs attention', async () => {
    const r = await runTool(testCtx(db.db, ws.actors.owner, { now: NOW }), 'listAttention', { show: 'quotes', scope: 'workspace' });
    expect(r.ok && r.text).toBe('No quotes awaiting an answer.');
    const all = await runTool(testCtx(db.db, ws.actors.owner, { now: NOW }), 'listAttention', { scope: 'workspace' });
    expect(all.ok && all.text).toMatch(/^Unpaid invoices: /);
    expect(all.ok && all.text).not.toContain('No quotes');
  });

  it('refuses a bad list name and a role without client access (error, security)', async () => {
    const bad = await runTool(testCtx(db.db, ws.actors.owner, { now: NOW }), 'listAttention', { show: 'everything' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ field: 'show' }] } });
    const member = await runTool(testCtx(db.db, ws.actors.member, { now: NOW }), 'listAttention', {});
    expect(member).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
