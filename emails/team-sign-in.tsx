// The team's sign-in link (also sent when an owner or admin invites someone). The link opens a page
// with a button: the sign-in happens on that POST, so mail scanners that fetch links do not use it up.
import { Button, Heading, Link, Text } from '@react-email/components';
import { z } from 'zod';
import { Layout, styles } from './layout';

export const TeamSignInProps = z.object({
  workspaceName: z.string().min(1),
  link: z.url(),
  minutes: z.number().int().positive(),
  /** Set when someone invited this person: "Olivia Owner invited you". */
  invitedBy: z.string().min(1).optional(),
});
export type TeamSignInProps = z.infer<typeof TeamSignInProps>;

export const PreviewProps: TeamSignInProps = {
  workspaceName: 'Northwind Studio',
  link: 'http://localhost:8787/auth/verify#t=preview-token-0123456789abcdef',
  minutes: 20,
};

export const teamSignInSubject = (p: Pick<TeamSignInProps, 'workspaceName' | 'invitedBy'>) =>
  p.invitedBy ? `${p.invitedBy} invited you to ${p.workspaceName}` : `Your sign-in link for ${p.workspaceName}`;

const lifetime = (minutes: number) => (minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`);

export default function TeamSignIn({ workspaceName, link, minutes, invitedBy }: TeamSignInProps) {
  const title = invitedBy ? `${invitedBy} invited you to ${workspaceName}` : `Sign in to ${workspaceName}`;
  return (
    <Layout preview={title} brand={workspaceName}>
      <Heading as="h1" style={styles.heading}>{title}</Heading>
      <Text style={styles.text}>
        Use the button below to sign in to Clientele. The link works once and expires in {lifetime(minutes)}.
      </Text>
      <Button href={link} style={styles.button}>Sign in</Button>
      <Text style={styles.muted}>Or open this address: <Link href={link} style={styles.link}>{link}</Link></Text>
      <Text style={styles.muted}>If you did not ask for this, ignore this email: nobody can sign in without the link.</Text>
    </Layout>
  );
}
