// What a signed-in contact sees, and that it sees nothing of any other client (security.md T2: >= 2,000 ids).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { activities, contacts } from '../../../src/db/schema';
import type { ContactActor } from '../../../src/context';
import { getPortalDashboard } from '../../../src/domain/portal/get-portal-dashboard';
import { getPortalInvoice, getPortalProject } from '../../../src/domain/portal/get-portal-records';
import { updateOwnProfile } from '../../../src/domain/portal/update-own-profile';
import { createTestDb, type TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { seedPortal } from './seed-portal';

let db: TestDb;
let s: Awaited<ReturnType<typeof seedPortal>>;
let jane: ContactActor;
beforeAll(async () => {
  db = await createTestDb();
  s = await seedPortal(db.db);
  jane = { kind: 'contact', workspaceId: s.ws.workspaceId, clientId: s.acme.id, contactId: s.jane.id, channel: 'portal', name: 'Jane Doe' };
});
afterAll(() => db.cleanup());

describe('the portal dashboard', () => {
  it('shows the client\'s projects, issued invoices with totals and payments, the account manager and the contact\'s profile', async () => {
    const d = await getPortalDashboard({ ctx: testCtx(db.db, jane) });
    expect(d.client).toMatchObject({ id: s.acme.id, name: 'Acme Corp' });
    expect(d.me).toMatchObject({ id: s.jane.id, name: 'Jane Doe', email: 'jane@acme.test', phone: '+4930123456' });
    expect(d.team).toEqual([{ name: s.ws.actors.manager.name, email: `manager.${s.ws.workspaceId}@studio.test`, role: 'Account manager' }]);
    expect(d.projects.map((p) => p.name)).toEqual(['ACME Website']);
    expect(d.invoices.map((i) => i.number).sort()).toEqual(['ACME-1', 'ACME-2']);
    expect(d.invoices.find((i) => i.number === 'ACME-1')).toMatchObject({ amount: 1500, paid: 500, outstanding: 1000, currency: 'EUR' });
    expect(d.totals).toEqual([{ currency: 'EUR', invoiced: 1700, paid: 700, outstanding: 1000 }]);
    expect(d.payments.map((p) => [p.invoiceNumber, p.amount, p.paidOn])).toEqual([['ACME-2', 200, '2026-10-05'], ['ACME-1', 500, '2026-09-15']]);
    expect(JSON.stringify(d)).not.toMatch(/GLOBEX|INITECH|secret draft|Hank|Raj/);
  });

  it('opens its own project and invoice', async () => {
    const ctx = testCtx(db.db, jane);
    const p = await getPortalProject({ ctx, input: { id: s.acmeLedger.project.id } });
    expect(p.project.name).toBe('ACME Website');
    expect(p.invoices.map((i) => i.number)).toEqual(['ACME-1']);
    const i = await getPortalInvoice({ ctx, input: { id: String(s.acmeLedger.invoices[0].id) } });
    expect(i).toMatchObject({ invoice: { number: 'ACME-1', outstanding: 1000 }, project: { name: 'ACME Website' }, payments: [{ amount: 500, paidOn: '2026-09-15' }] });
  });

  it('answers another client\'s, another workspace\'s, a draft\'s and a nonexistent id with the same NotFound (2,000+ ids)', async () => {
    const ctx = testCtx(db.db, jane);
    const own = new Set([s.acmeLedger.project.id, ...s.acmeLedger.invoices.map((i) => i.id)]);
    const harvested = [s.globexLedger, s.initechLedger].flatMap((l) => [l.project.id, l.draft.id, ...l.invoices.map((i) => i.id)]);
    const ids = [...harvested, s.acmeLedger.draft.id, ...Array.from({ length: 1100 }, (_, k) => k - 50)];
    const shapes = new Set<string>();
    let sawData = 0;
    let tried = 0;
    const probes = ids.flatMap((id) => (own.has(id) ? [] : [getPortalProject, getPortalInvoice].map((get) => ({ id, get }))));
    // In batches of 50 at once: the same answers, in a fraction of the time over a libSQL server.
    for (let i = 0; i < probes.length; i += 50) {
      await Promise.all(probes.slice(i, i + 50).map(async ({ id, get }) => {
        tried++;
        try { await get({ ctx, input: { id } }); sawData++; } catch (e: any) { shapes.add(`${e.code}:${e.message}`); }
      }));
    }
    // Own ids that happen to fall in the sweep are skipped above; everything else must be refused.
    expect(tried).toBeGreaterThanOrEqual(2000);
    expect(sawData).toBe(0);
    expect([...shapes].sort()).toEqual(['not_found:That invoice does not exist.', 'not_found:That project does not exist.']);
    for (const bad of [{ id: 'abc' }, { id: '1 OR 1=1' }, {}, null, { id: 1e30 }]) {
      await expect(getPortalInvoice({ ctx, input: bad })).rejects.toMatchObject({ code: 'not_found' });
    }
  }, 180_000); // 2,000+ lookups over a libSQL server on a busy machine take longer than the default guard.

  it('is not for members of the team, nor for system actors', async () => {
    await expect(getPortalDashboard({ ctx: testCtx(db.db, s.ws.actors.owner) })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getPortalProject({ ctx: testCtx(db.db, s.ws.actors.admin), input: { id: s.acmeLedger.project.id } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('updateOwnProfile', () => {
  it('changes the contact\'s own name and phone, with an activity row from the portal', async () => {
    const ctx = testCtx(db.db, jane);
    const r = await updateOwnProfile({ ctx, input: { name: ' Jane Q. Doe ', phone: '+49 30 999' } });
    expect(r.changed).toEqual(['name', 'phone']);
    const [row] = await db.db.select().from(contacts).where(eq(contacts.id, s.jane.id));
    expect(row).toMatchObject({ name: 'Jane Q. Doe', phone: '+49 30 999', email: 'jane@acme.test' });
    const [act] = await db.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act).toMatchObject({ channel: 'portal', actorContactId: s.jane.id, verb: 'contact.updated', clientId: s.acme.id });
    expect((await updateOwnProfile({ ctx, input: { name: 'Jane Q. Doe', phone: '+49 30 999' } })).changed).toEqual([]);
  });

  it('refuses anything but name and phone, and bad values, changing nothing', async () => {
    const ctx = testCtx(db.db, jane);
    const before = await db.db.select().from(contacts).where(eq(contacts.clientId, s.acme.id));
    await expect(updateOwnProfile({ ctx, input: { name: 'J', phone: '', email: 'evil@attacker.test' } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(updateOwnProfile({ ctx, input: { name: '', phone: '' } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'name' }] });
    await expect(updateOwnProfile({ ctx, input: { name: 'Jane', phone: '<script>' } })).rejects.toMatchObject({ code: 'invalid', issues: [{ field: 'phone' }] });
    await expect(updateOwnProfile({ ctx, input: { name: 'J', phone: '', contactId: s.raj.id } })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.db.select().from(contacts).where(eq(contacts.clientId, s.acme.id))).toEqual(before);
    await expect(updateOwnProfile({ ctx: testCtx(db.db, s.ws.actors.owner), input: { name: 'X', phone: '' } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
