// An invoice emailed to the client's billing address (sendInvoice): the figures in the invoice's own currency,
// already formatted by the sender, and the portal link where the client views and prints it.
import { Button, Column, Link, Row, Section, Text } from '@react-email/components';
import { Layout, styles } from './layout';

export type InvoiceEmailProps = {
  workspaceName: string;
  clientName: string;
  /** Who it is addressed to, when the address belongs to a named person. */
  recipientName: string | null;
  number: string;
  description: string | null;
  issuedOn: string | null;
  dueOn: string | null;
  /** Formatted in the invoice's currency: "€1,200.00". */
  amount: string;
  paid: string;
  balance: string;
  currency: string;
  /** Nothing is left to pay (a copy sent for the client's records). */
  paidInFull: boolean;
  /** PUBLIC_URL/portal/invoices/<id>: view and print it in the client portal. */
  viewUrl: string;
};

export const invoiceSubject = (p: Pick<InvoiceEmailProps, 'workspaceName' | 'number' | 'balance' | 'dueOn' | 'paidInFull'>) =>
  `Invoice ${p.number} from ${p.workspaceName}: ${p.paidInFull ? 'paid in full' : `${p.balance} due ${p.dueOn ?? 'on receipt'}`}`;

const cell = { ...styles.text, margin: '0 0 6px' };
const figure = { ...cell, textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' };

function Line({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Row>
      <Column style={strong ? { ...cell, fontWeight: 700 } : cell}>{label}</Column>
      <Column style={strong ? { ...figure, fontWeight: 700 } : figure}>{value}</Column>
    </Row>
  );
}

export function InvoiceEmail(p: InvoiceEmailProps) {
  const greeting = p.recipientName ? `Hello ${p.recipientName},` : 'Hello,';
  return (
    <Layout preview={p.paidInFull ? `Invoice ${p.number}: paid in full` : `Invoice ${p.number}: ${p.balance} due${p.dueOn ? ` by ${p.dueOn}` : ''}`} brand={p.workspaceName}>
      <Text style={styles.heading}>Invoice {p.number}</Text>
      <Text style={styles.text}>{greeting}</Text>
      <Text style={styles.text}>
        {p.workspaceName} sent you invoice {p.number} for {p.clientName}{p.description ? `: ${p.description}` : ''}.
        {p.paidInFull ? ' It is paid in full: this copy is for your records. Thank you.' : ''}
      </Text>
      <Section style={{ margin: '8px 0 16px' }}>
        <Line label="Amount" value={p.amount} />
        <Line label="Paid" value={p.paid} />
        <Line label={`Balance due (${p.currency})`} value={p.balance} strong />
        <Line label="Issued" value={p.issuedOn ?? '—'} />
        <Line label="Due date" value={p.dueOn ?? 'on receipt'} />
      </Section>
      <Section style={{ margin: '24px 0' }}>
        <Button href={p.viewUrl} style={styles.button}>View and print the invoice</Button>
      </Section>
      <Text style={styles.muted}>Or paste this link into your browser (sign in to your client portal to see it):</Text>
      <Text style={styles.muted}><Link href={p.viewUrl} style={styles.link}>{p.viewUrl}</Link></Text>
    </Layout>
  );
}

export const PreviewProps: InvoiceEmailProps = {
  workspaceName: 'Northwind Studio',
  clientName: 'Acme Corp',
  recipientName: 'Jane Doe',
  number: 'INV-0012',
  description: 'Website relaunch, phase 2',
  issuedOn: '2026-11-22',
  dueOn: '2026-12-22',
  amount: '€1,200.00',
  paid: '€500.00',
  balance: '€700.00',
  currency: 'EUR',
  paidInFull: false,
  viewUrl: 'http://localhost:8787/portal/invoices/12',
};
InvoiceEmail.PreviewProps = PreviewProps;

export default InvoiceEmail;
