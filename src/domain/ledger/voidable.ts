// Which invoices can be voided: a draft or issued invoice nothing is paid on. voidInvoice enforces it (saying why
// not); the client view carries it so a page offers Void… only where it would work.
export const isVoidable = (i: { status: string; amountPaidCents: number }): boolean =>
  (i.status === 'draft' || i.status === 'issued') && i.amountPaidCents === 0;
