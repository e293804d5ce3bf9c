// The portal's invoice page over HTTP: laid out as an invoice (bill-to, amount, paid, balance due, due date in
// its own currency), printed as a sheet by the portal's stylesheet; escaping holds; another client's invoice or a draft is the same 404.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { type App, type Deployment, signInPortal, startPortalApp } from './portal-helpers';

let deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ deps, app, s } = await startPortalApp({ env: { WORKSPACE_NAME: 'Northwind Studio' } })); });
afterEach(() => deps.testDb.cleanup());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the portal invoice page', () => {
  it('shows the invoice as a document: bill-to, amount, paid, balance due and due date in its currency, and prints as a sheet', async () => {
    await deps.db.update(clients).set({ addressLine1: '1 Main St', postalCode: 'SW1A 1AA', city: 'London', country: 'GB', taxId: 'GB123' })
      .where(eq(clients.id, s.acme.id));
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const res = await app.request(`/portal/invoices/${s.ledger.invoices[0].id}`, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    // The portal's one stylesheet; the page is marked to print as a sheet (its print rules apply to it only).
    expect(html).toContain('<html lang="en" class="print-sheet">');
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual(['<link rel="stylesheet" href="/assets/portal.css"/>']);
    expect(html).toContain('<script type="module" src="/assets/print-invoice.js"></script>');
    const t = text(html);
    for (const s of ['Invoice ACME-1', 'Bill to', 'Acme &lt;b&gt;Corp&lt;/b&gt;', '1 Main St', 'SW1A 1AA London', 'United Kingdom', 'Tax ID: GB123',
      'Amount €1,500.00', 'Paid €500.00', 'Balance due €1,000.00', 'Due date 2026-10-01', 'Issued 2026-09-01', 'Currency EUR', 'Overdue since 2026-10-01',
      'ACME design phase', '2026-09-15 · €500.00']) {
      expect(t, s).toContain(s);
    }
    expect(html).not.toContain('<b>Corp</b>');
  });

  it('serves the print rules and the print button: no frame, black on white, A4', async () => {
    const css = await app.request('/assets/portal.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const body = await css.text();
    expect(body).toContain('@page sheet{size:A4');
    const print = body.slice(body.indexOf('@media print'));
    expect(print).toContain(':where(.print-sheet) body{page:sheet}');
    const frame = ['header.bar', 'nav.links', 'body>footer', '.no-print', '.sheet-tools', 'form.inline', 'button'];
    expect(print).toContain(`${frame.map((x) => `:where(.print-sheet) ${x}`).join(',')}{display:none}`);
    expect(print).toContain('color:#000 !important;background:#fff !important');
    expect(print).toContain('break-inside:avoid');
    const js = await app.request('/assets/print-invoice.js');
    expect(js.status).toBe(200);
    expect(await js.text()).toContain('window.print()');
  });

  it("answers another client's invoice, a draft, and a made-up id with the same 404 page", async () => {
    const cookie = await signInPortal(app, deps, 'jane@acme.test');
    const pages = await Promise.all([s.globexLedger.invoices[0].id, s.ledger.draft.id, 999999].map(async (id) => {
      const r = await app.request(`/portal/invoices/${id}`, { headers: { Cookie: cookie } });
      return [r.status, text(await r.text()).replace(/csrf" value="[^"]+"/, '')];
    }));
    expect(pages.map(([status]) => status)).toEqual([404, 404, 404]);
    expect(new Set(pages.map(([, body]) => body)).size).toBe(1);
    expect(String(pages[0][1])).not.toMatch(/GLOBEX|secret draft/);
  });
});
