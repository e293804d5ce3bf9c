// The frame every email shares (not a template itself: no default export, so the preview skips it): the
// sender's name on top, the content, a short footer. Inline styles only,
// because most email clients drop <style> blocks.
import type { ReactNode } from 'react';
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';

export type LayoutProps = {
  /** The line inbox lists show after the subject. */
  preview: string;
  /** Whose email this is: the workspace (studio) name. */
  brand: string;
  children: ReactNode;
  footer?: string;
};

export const styles = {
  body: { backgroundColor: '#f4f4f5', fontFamily: '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', borderRadius: '8px', margin: '0 auto', maxWidth: '560px', padding: '32px 28px' },
  brand: { color: '#52525b', fontSize: '14px', fontWeight: 600, letterSpacing: '0.02em', margin: '0 0 24px' },
  heading: { color: '#18181b', fontSize: '22px', fontWeight: 700, lineHeight: '28px', margin: '0 0 16px' },
  text: { color: '#27272a', fontSize: '15px', lineHeight: '24px', margin: '0 0 16px' },
  muted: { color: '#71717a', fontSize: '13px', lineHeight: '20px', margin: '0 0 8px' },
  button: { backgroundColor: '#1d4ed8', borderRadius: '6px', color: '#ffffff', display: 'inline-block', fontSize: '15px', fontWeight: 600, padding: '12px 22px', textDecoration: 'none' },
  link: { color: '#1d4ed8', wordBreak: 'break-all' as const },
  hr: { borderColor: '#e4e4e7', margin: '28px 0 16px' },
};

export function Layout({ preview, brand, children, footer }: LayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{brand}</Text>
          <Section>{children}</Section>
          <Hr style={styles.hr} />
          <Text style={styles.muted}>{footer ?? `Sent by ${brand} with Clientele.`}</Text>
        </Container>
      </Body>
    </Html>
  );
}
