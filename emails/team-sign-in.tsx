// The team's sign-in link (also sent when an owner or admin invites someone). The link opens a page
// with a button: the sign-in happens on that POST, so mail scanners that fetch links do not use it up.
import { Body, Button, Container, Head, Heading, Html, Preview, Text } from '@react-email/components';
import { z } from 'zod';

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
  link: 'http://localhost:8787/auth/verify#t=preview-token',
  minutes: 20,
};

export default function TeamSignIn({ workspaceName, link, minutes, invitedBy }: TeamSignInProps) {
  const title = invitedBy ? `${invitedBy} invited you to ${workspaceName}` : `Sign in to ${workspaceName}`;
  return (
    <Html lang="en">
      <Head />
      <Preview>{title}</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', background: '#f6f7f9', padding: '24px 0' }}>
        <Container style={{ background: '#ffffff', borderRadius: 8, padding: 24, maxWidth: 480 }}>
          <Heading as="h1" style={{ fontSize: 20 }}>{title}</Heading>
          <Text>Use the button below to sign in to Clientele. The link works once and expires in {minutes} minutes.</Text>
          <Button href={link} style={{ background: '#1f4fd1', color: '#ffffff', padding: '10px 16px', borderRadius: 6 }}>
            Sign in
          </Button>
          <Text style={{ color: '#667085', fontSize: 13 }}>
            If you did not ask for this, ignore this email: nobody can sign in without the link.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
