// What the ledger verbs return (amounts in currency units, as every view).
import { invoices, payments, projects } from '../../db/schema';
import { toUnits } from './schemas';

export type ProjectView = { id: number; clientId: number; name: string; status: string };
export type InvoiceView = {
  id: number; clientId: number; projectId: number | null; number: string; description: string | null;
  amount: number; amountPaid: number; outstanding: number; currency: string; status: string;
  issuedOn: string | null; dueOn: string | null;
};
export type PaymentView = { id: number; invoiceId: number; clientId: number; amount: number; currency: string; paidOn: string };

export const toProjectView = (p: typeof projects.$inferSelect): ProjectView =>
  ({ id: p.id, clientId: p.clientId, name: p.name, status: p.status });

export const toInvoiceView = (i: typeof invoices.$inferSelect): InvoiceView => ({
  id: i.id, clientId: i.clientId, projectId: i.projectId, number: i.number, description: i.description,
  amount: toUnits(i.amountCents), amountPaid: toUnits(i.amountPaidCents), outstanding: toUnits(i.amountCents - i.amountPaidCents),
  currency: i.currency, status: i.status, issuedOn: i.issuedOn, dueOn: i.dueOn,
});

export const toPaymentView = (p: typeof payments.$inferSelect, currency: string): PaymentView =>
  ({ id: p.id, invoiceId: p.invoiceId, clientId: p.clientId, amount: toUnits(p.amountCents), currency, paidOn: p.paidOn });
