// How the chart figures' statuses read, once: the web charts (and their tables) and the Slack App Home's summary
// name quote stages and invoice standings with these words. No runtime imports: the browser's chart bundle uses it too.
import type { InvoiceStanding, QUOTE_STAGES } from './chart-figures';

export const QUOTE_STAGE_LABELS: Record<(typeof QUOTE_STAGES)[number], string> = {
  draft: 'Draft', sent: 'Sent', accepted: 'Accepted', declined: 'Declined',
};
export const INVOICE_STANDING_LABELS: Record<InvoiceStanding, string> = {
  draft: 'Draft', open: 'Open', partly_paid: 'Partly paid', overdue: 'Overdue', paid: 'Paid', void: 'Void',
};
