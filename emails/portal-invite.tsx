// The invitation a team member sends a client's contact: a sign-in link to the client portal.
import { Button, Link, Section, Text } from '@react-email/components';
import { Layout, styles } from './layout';

export type PortalInviteProps = {
  workspaceName: string;
  clientName: string;
  contactName: string | null;
  inviterName: string | null;
  /** The one-time sign-in link (PUBLIC_URL/portal/link?token=...). */
  link: string;
  /** How long the link works, in hours. */
  expiresInHours: number;
  /** Where to ask for a fresh link once this one is used or expired. */
  portalUrl: string;
};

export const portalInviteSubject = (p: Pick<PortalInviteProps, 'workspaceName' | 'clientName'>) =>
  `${p.workspaceName} invited you to the ${p.clientName} portal`;

export function PortalInvite(p: PortalInviteProps) {
  const greeting = p.contactName ? `Hello ${p.contactName},` : 'Hello,';
  const who = p.inviterName ? `${p.inviterName} at ${p.workspaceName}` : p.workspaceName;
  return (
    <Layout preview={`Your portal for ${p.clientName}: projects and invoices in one place`} brand={p.workspaceName}>
      <Text style={styles.heading}>Your client portal</Text>
      <Text style={styles.text}>{greeting}</Text>
      <Text style={styles.text}>
        {who} invited you to the portal for {p.clientName}, where you can follow your projects, see your invoices and
        payments, accept or decline quotes, download the documents shared with you, write to the team, and keep your
        contact details up to date.
      </Text>
      <Section style={{ margin: '24px 0' }}>
        <Button href={p.link} style={styles.button}>Open the portal</Button>
      </Section>
      <Text style={styles.muted}>Or paste this link into your browser:</Text>
      <Text style={styles.muted}><Link href={p.link} style={styles.link}>{p.link}</Link></Text>
      <Text style={styles.muted}>
        The link works once, for {p.expiresInHours} hours. Afterwards, ask for a new one at{' '}
        <Link href={p.portalUrl} style={styles.link}>{p.portalUrl}</Link>.
      </Text>
    </Layout>
  );
}

export const PreviewProps: PortalInviteProps = {
  workspaceName: 'Northwind Studio',
  clientName: 'Acme Corp',
  contactName: 'Jane Doe',
  inviterName: 'Sam Owner',
  link: 'http://localhost:8787/portal/link?token=preview-token-0123456789abcdef',
  expiresInHours: 24,
  portalUrl: 'http://localhost:8787/portal',
};
PortalInvite.PreviewProps = PreviewProps;

export default PortalInvite;
