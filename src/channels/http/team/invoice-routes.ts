// Sending an invoice from the client page: POST /clients/:id/invoices/:invoiceId/send first asks on the page
// (recipient by the billing address rule, figures, when it was last sent); the confirmed POST sends it with
// the sendInvoice tool (through the one runner, so a refusal is the error table's), unless the billing address
// changed since the question (then it asks again). POST …/void asks on the page, then (confirmed=1) voids it with
// the voidInvoice tool.
import type { Context, Hono } from 'hono';
import type { SentInvoiceData } from '../../../../tools/send-invoice';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { addressLine } from '../../../domain/invoices/billing-address';
import { prepareInvoiceSend, sentWhen } from '../../../domain/invoices/prepare-invoice-send';
import { renderClientPage } from './client-page-data';
import { runPageTool } from './run-page-tool';
import { confirmThenSend } from './confirm-then-send';
import { showRefusal } from '../errors';
import type { InvoiceConfirm } from './pages/client-invoices';
import { outboundBudget } from '../security';
import { requireMember, type WebEnv } from '../session';

type C = Context<WebEnv>;

export function mountInvoices(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });
  // Emails leave the building: a budget per person, as for the other sends on this page.
  const outbound = outboundBudget();

  web.post('/clients/:id{[0-9]+}/invoices/:invoiceId{[0-9]+}/send', member, outbound, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const ref = `id:${c.req.param('invoiceId')}`;
    return showRefusal(async () => {
      const s = await prepareInvoiceSend(ctx.db, ctx, ref, { clientId: client.id });
      const question: InvoiceConfirm = {
        invoiceId: s.invoice.id, number: s.invoice.number, to: addressLine(s.to), amount: s.figures.amount, balance: s.figures.balance,
        lastSent: s.invoice.sentAt ? `${sentWhen(s.invoice.sentAt)} to ${s.invoice.sentTo ?? 'an earlier address'}` : null,
      };
      const changed = `The billing address changed to ${question.to}; nothing was sent. Confirm again to send it there.`;
      return confirmThenSend(c, ctx, client.id, { ask: { confirmInvoice: question }, to: question.to, changed }, {
        tool: 'sendInvoice', input: { invoice: ref }, notice: (r) => {
          const d = r.data as SentInvoiceData;
          const again = d.previous ? ` It was last sent ${sentWhen(new Date(d.previous.sentAt))}${d.previous.sentTo ? ` to ${d.previous.sentTo}` : ''}.` : '';
          return `Emailed ${d.label} to ${d.to.line} (the ${d.to.source}) with the portal link.${again}`;
        },
      });
    }, (err, status) => renderClientPage(c, ctx, client.id, { error: err.message }, status));
  });

  web.post('/clients/:id{[0-9]+}/invoices/:invoiceId{[0-9]+}/void', member, async (c: C) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const invoiceId = Number(c.req.param('invoiceId'));
    const invoice = client.invoices.find((i) => i.id === invoiceId);
    if (!invoice) return renderClientPage(c, ctx, client.id, { error: `${client.name} has no such invoice.` }, 404);
    const form = await c.req.parseBody();
    if (form.confirmed !== '1') return renderClientPage(c, ctx, client.id, { confirmVoid: invoiceId });
    return runPageTool(c, ctx, client.id, 'voidInvoice', { invoice: `id:${invoiceId}` }, () =>
      renderClientPage(c, ctx, client.id, { notice: `Voided ${invoice.number}; it is no longer owed. Undo it from the history if that was a mistake.` }));
  });
}
