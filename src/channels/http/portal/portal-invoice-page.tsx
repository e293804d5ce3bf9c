/** @jsxImportSource hono/jsx */
// The portal's invoice page, laid out as an invoice a client can print or save as a PDF: issuer, bill-to,
// dates, the line, amount, paid and balance due in the invoice's own currency, and the payments. Printed (the
// portal's stylesheet, under print: 'sheet') it drops the portal's frame and fits on one A4 page, black on white.
import { labelAt } from '../../../domain/clients/client-forms';
import type { PortalInvoiceSheet } from '../../../domain/invoices/get-portal-invoice-sheet';
import type { PortalInvoice } from '../../../domain/portal/get-portal-dashboard';
import type { SignedIn } from './portal-dashboard-pages';
import { formatMoney, PortalLayout, type PortalFrame } from './portal-layout';

function state(i: PortalInvoice, today: string) {
  if (i.status === 'paid' || i.outstanding <= 0) return { label: 'Paid', cls: 'paid' };
  if (i.dueOn && i.dueOn < today) return { label: `Overdue since ${i.dueOn}`, cls: 'overdue' };
  return { label: i.dueOn ? `Due ${i.dueOn}` : 'Open', cls: 'due' };
}

export function invoiceSheetPage(s: SignedIn, r: PortalInvoiceSheet) {
  const i = r.invoice;
  const st = state(i, s.today);
  const m = (n: number) => formatMoney(n, i.currency);
  const frame: PortalFrame = { title: `Invoice ${i.number}`, brand: s.brand, signedIn: { clientName: s.clientName, csrf: s.csrf }, print: 'sheet' };
  return (
    <PortalLayout frame={frame}>
      <p class="no-print sheet-tools">
        <a href="/portal">← Overview</a>
        <button type="button" class="link" id="print-invoice" hidden>Print or save as PDF</button>
      </p>
      <article class="card invoice-sheet" aria-labelledby="invoice-title">
        <header class="sheet-head">
          <div><h1 id="invoice-title">Invoice {i.number}</h1><p><span class={`badge ${st.cls}`}>{st.label}</span></p></div>
          <div class="sheet-from"><strong>{s.brand}</strong></div>
        </header>
        <div class="sheet-parties">
          <section>
            <h2>Bill to</h2>
            <p class="bill-to">
              <strong>{r.billTo.name}</strong>{r.billTo.lines.map((l) => <><br />{l}</>)}
              {r.billTo.taxId && <><br />{labelAt('taxId')}: {r.billTo.taxId}</>}
            </p>
          </section>
          <dl class="sheet-dates">
            <dt>Invoice number</dt><dd>{i.number}</dd>
            <dt>Issued</dt><dd>{i.issuedOn ?? '—'}</dd>
            <dt>Due date</dt><dd>{i.dueOn ?? 'On receipt'}</dd>
            {r.project && <><dt>Project</dt><dd><a href={`/portal/projects/${r.project.id}`}>{r.project.name}</a></dd></>}
            <dt>Currency</dt><dd>{i.currency}</dd>
          </dl>
        </div>
        <table class="sheet-lines">
          <thead><tr><th>Description</th><th class="num">Amount</th></tr></thead>
          <tbody><tr><td>{i.description ?? (r.project ? r.project.name : `Invoice ${i.number}`)}</td><td class="num">{m(i.amount)}</td></tr></tbody>
        </table>
        <table class="sheet-totals" aria-label="Totals">
          <tbody>
            <tr><th scope="row">Amount</th><td class="num">{m(i.amount)}</td></tr>
            <tr><th scope="row">Paid</th><td class="num">{m(i.paid)}</td></tr>
            <tr class="balance"><th scope="row">Balance due</th><td class="num">{m(i.outstanding)}</td></tr>
          </tbody>
        </table>
        <section class="sheet-payments"><h2>Payments</h2>{r.payments.length ? (
          <ul class="plain">{r.payments.map((p) => <li key={p.id}>{p.paidOn} · <strong>{m(p.amount)}</strong></li>)}</ul>
        ) : <p class="muted">No payments recorded yet.</p>}</section>
      </article>
      <script type="module" src="/assets/print-invoice.js"></script>
    </PortalLayout>
  );
}
