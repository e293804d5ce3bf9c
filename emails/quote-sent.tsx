// A quote the team sends a client's portal contact: what it is for, the amount, until when it holds, and the
// portal where the contact accepts or declines it. No sign-in link: the portal asks for the address and emails one.
import { Button, Link, Section, Text } from '@react-email/components';
import { Layout, styles } from './layout';

export type QuoteSentProps = {
  workspaceName: string;
  clientName: string;
  contactName: string | null;
  senderName: string | null;
  number: string;
  title: string;
  /** Formatted in the quote's own currency ("€5,000.00"). */
  amount: string;
  /** YYYY-MM-DD, the last day it can be accepted. */
  validUntil: string | null;
  /** PUBLIC_URL/portal: where the contact signs in and decides. */
  portalUrl: string;
};

export const quoteSentSubject = (p: Pick<QuoteSentProps, 'workspaceName' | 'number' | 'title'>) =>
  `${p.workspaceName} sent you a quote: ${p.title} (${p.number})`;

export function QuoteSent(p: QuoteSentProps) {
  const greeting = p.contactName ? `Hello ${p.contactName},` : 'Hello,';
  const who = p.senderName ? `${p.senderName} at ${p.workspaceName}` : p.workspaceName;
  return (
    <Layout preview={`Quote ${p.number} for ${p.clientName}: ${p.title}, ${p.amount}`} brand={p.workspaceName}>
      <Text style={styles.heading}>A quote for {p.clientName}</Text>
      <Text style={styles.text}>{greeting}</Text>
      <Text style={styles.text}>{who} sent you a quote to review in your client portal.</Text>
      <Section style={{ border: '1px solid #e4e4e7', borderRadius: '6px', padding: '12px 16px', margin: '0 0 16px' }}>
        <Text style={{ ...styles.text, margin: '0 0 4px', fontWeight: 600 }}>{p.title}</Text>
        <Text style={{ ...styles.text, margin: '0 0 4px' }}>Quote {p.number} · {p.amount}</Text>
        {p.validUntil ? <Text style={{ ...styles.muted, margin: 0 }}>Valid until {p.validUntil}</Text> : null}
      </Section>
      <Text style={styles.text}>Open the portal to accept or decline it; you can add a comment either way.</Text>
      <Section style={{ margin: '24px 0' }}>
        <Button href={p.portalUrl} style={styles.button}>Review the quote</Button>
      </Section>
      <Text style={styles.muted}>Or paste this link into your browser:</Text>
      <Text style={styles.muted}><Link href={p.portalUrl} style={styles.link}>{p.portalUrl}</Link></Text>
      <Text style={styles.muted}>The portal emails you a sign-in link to this address if you are not signed in.</Text>
    </Layout>
  );
}

export const PreviewProps: QuoteSentProps = {
  workspaceName: 'Northwind Studio',
  clientName: 'Acme Corp',
  contactName: 'Jane Doe',
  senderName: 'Sam Owner',
  number: 'Q-0003',
  title: 'Website redesign',
  amount: '€5,000.00',
  validUntil: '2026-12-31',
  portalUrl: 'http://localhost:8787/portal',
};
QuoteSent.PreviewProps = PreviewProps;

export default QuoteSent;
