// A zero is shown in the currency the money is in (issue 13's "money shown right"): the client page of a client
// invoiced in EUR and billed in the workspace's USD says "€0.00 paid", not "$0.00"; a portal with nothing invoiced
// yet says "Total invoiced €0.00" for a studio billing in EUR, not a fixed "$0.00".
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoices, workspaces } from '../../../src/db/schema';
import { seedClient, seedContact } from '../../domain/portal/seed-portal';
import type { TestDeps } from '../../support/deps';
import { type App, type Deployment, signInPortal, startPortalApp } from './portal-helpers';
import { signIn } from './web-session';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => {
  ({ deps, app, s } = await startPortalApp());
});
afterEach(() => deps.testDb.cleanup());

const page = async (path: string, cookie: string) => (await app.request(path, { headers: { Cookie: cookie } })).text();
const stat = (html: string, id: string) =>
  new RegExp(`id="${id}"><b>([^<]*(?:<span class="amount">[^<]*</span>)?)`).exec(html)?.[1].replace(/<[^>]+>/g, '');

describe('zero amounts in the right currency', () => {
  it('client page: nothing paid yet on a EUR invoice is €0.00 paid; paid in full is €0.00 outstanding', async () => {
    const ws = deps.workspaceId;
    const unpaid = await seedClient(deps.db, ws, 'Initech');
    await deps.db
      .insert(invoices)
      .values({
        workspaceId: ws,
        clientId: unpaid.id,
        number: 'INI-1',
        amountCents: 120000,
        currency: 'EUR',
        status: 'issued',
        issuedOn: '2026-11-01',
      });
    const settled = await seedClient(deps.db, ws, 'Umbrella');
    await deps.db
      .insert(invoices)
      .values({
        workspaceId: ws,
        clientId: settled.id,
        number: 'UMB-1',
        amountCents: 50000,
        amountPaidCents: 50000,
        currency: 'EUR',
        status: 'paid',
        issuedOn: '2026-11-01',
      });
    const cookie = await signIn(app, deps, s.owner.email!);

    const first = await page(`/clients/${unpaid.id}`, cookie);
    expect(stat(first, 'stat-revenue')).toBe('€1,200.00');
    expect(stat(first, 'stat-paid')).toBe('€0.00');
    const second = await page(`/clients/${settled.id}`, cookie);
    expect(stat(second, 'stat-paid')).toBe('€500.00');
    expect(stat(second, 'stat-outstanding')).toBe('€0.00');
  });

  it('portal: nothing invoiced yet reads €0.00 in a workspace billing in EUR', async () => {
    await deps.db.update(workspaces).set({ defaultCurrency: 'EUR' }).where(eq(workspaces.id, deps.workspaceId));
    const fresh = await seedClient(deps.db, deps.workspaceId, 'Hooli');
    await seedContact(deps.db, deps.workspaceId, fresh.id, 'Gavin', 'gavin@hooli.test');
    const html = await page('/portal', await signInPortal(app, deps, 'gavin@hooli.test'));
    expect(html).toMatch(/Total invoiced<\/span><b>€0\.00<\/b>/);
    expect(html).not.toContain('$0.00');
  });
});
