// The sign-in link a contact asked for on /portal.
import { Button, Link, Section, Text } from '@react-email/components';
import { Layout, styles } from './layout';

export type PortalSignInProps = {
  workspaceName: string;
  clientName: string;
  contactName: string | null;
  link: string;
  expiresInHours: number;
};

export const portalSignInSubject = (p: Pick<PortalSignInProps, 'workspaceName'>) => `Your sign-in link for ${p.workspaceName}`;

export function PortalSignIn(p: PortalSignInProps) {
  return (
    <Layout
      preview={`Sign in to the ${p.clientName} portal`}
      brand={p.workspaceName}
      footer="You get this email because someone asked for a sign-in link with your address. If it was not you, ignore it: nothing happens until the link is used."
    >
      <Text style={styles.heading}>Sign in to your portal</Text>
      <Text style={styles.text}>{p.contactName ? `Hello ${p.contactName},` : 'Hello,'}</Text>
      <Text style={styles.text}>Here is your link to the {p.clientName} portal at {p.workspaceName}.</Text>
      <Section style={{ margin: '24px 0' }}>
        <Button href={p.link} style={styles.button}>Sign in</Button>
      </Section>
      <Text style={styles.muted}>Or paste this link into your browser:</Text>
      <Text style={styles.muted}><Link href={p.link} style={styles.link}>{p.link}</Link></Text>
      <Text style={styles.muted}>It works once, for {p.expiresInHours} hours.</Text>
    </Layout>
  );
}

export const PreviewProps: PortalSignInProps = {
  workspaceName: 'Northwind Studio',
  clientName: 'Acme Corp',
  contactName: 'Jane Doe',
  link: 'http://localhost:8787/portal/link?token=preview-token-0123456789abcdef',
  expiresInHours: 24,
};
PortalSignIn.PreviewProps = PreviewProps;

export default PortalSignIn;
