// The invoice email: the figures as the sender formatted them, the due date (or "on receipt"), the portal link as a
// button and as text, and what people typed (the description, names) shown as text, never as markup.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import InvoiceEmail, { invoiceSubject, PreviewProps } from '../../emails/invoice';
import { renderEmail } from '../../src/mail/render-email';

describe('invoice email', () => {
  it('shows amount, paid, balance and due date in the invoice currency, with the link to view and print it', async () => {
    const { html, text } = await renderEmail(createElement(InvoiceEmail, PreviewProps));
    for (const s of ['Invoice INV-0012', 'Hello Jane Doe,', 'Website relaunch, phase 2', 'Amount', '€1,200.00', 'Paid', '€500.00',
      'Balance due (EUR)', '€700.00', 'Due date', '2026-12-22', 'View and print the invoice', PreviewProps.viewUrl]) {
      expect(text, s).toContain(s);
    }
    expect(html.match(new RegExp(`href="${PreviewProps.viewUrl}"`, 'g'))).toHaveLength(2);
    expect(invoiceSubject(PreviewProps)).toBe('Invoice INV-0012 from Northwind Studio: €700.00 due 2026-12-22');
  });

  it('says "on receipt" without a due date, greets without a name, and escapes what people typed', async () => {
    const props = { ...PreviewProps, dueOn: null, recipientName: null, description: '<img src=x onerror=alert(1)> & co', clientName: '<b>Acme</b>' };
    const { html, text } = await renderEmail(createElement(InvoiceEmail, props));
    expect(text).toContain('Due date');
    expect(text).toContain('on receipt');
    expect(text).toContain('Hello,');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Acme</b>');
    expect(text).toContain('<img src=x onerror=alert(1)> & co');
    expect(invoiceSubject(props)).toBe('Invoice INV-0012 from Northwind Studio: €700.00 due on receipt');
    const paid = await renderEmail(createElement(InvoiceEmail, { ...PreviewProps, paid: '€1,200.00', balance: '€0.00', paidInFull: true }));
    expect(paid.text).toContain('It is paid in full: this copy is for your records.');
    expect(invoiceSubject({ ...PreviewProps, paidInFull: true })).toBe('Invoice INV-0012 from Northwind Studio: paid in full');
  });
});
