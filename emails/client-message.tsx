// Tells a client's portal contact that the team wrote in their message thread, with the unread messages and a
// link to the portal's Messages page (where they read the whole thread and answer). Bodies are plain text.
import { Button, Link, Section, Text } from '@react-email/components';
import { Layout, styles } from './layout';

export type ClientMessageProps = {
  workspaceName: string;
  clientName: string;
  contactName: string | null;
  /** The newest unread team messages, oldest first (the email shows at most these). */
  messages: Array<{ authorName: string; body: string }>;
  /** How many team messages are unread in all. */
  total: number;
  /** The portal's Messages page (PUBLIC_URL/portal/messages). */
  link: string;
};

const quote = { ...styles.text, borderLeft: '3px solid #e4e4e7', paddingLeft: '12px', whiteSpace: 'pre-wrap' as const };

export function ClientMessage(p: ClientMessageProps) {
  const greeting = p.contactName ? `Hello ${p.contactName},` : 'Hello,';
  const more = p.total - p.messages.length;
  return (
    <Layout preview={`${p.workspaceName} wrote to you in the ${p.clientName} portal`} brand={p.workspaceName}>
      <Text style={styles.heading}>{p.total > 1 ? `${p.total} new messages` : 'A new message'}</Text>
      <Text style={styles.text}>{greeting}</Text>
      <Text style={styles.text}>{p.workspaceName} wrote to you in your {p.clientName} portal:</Text>
      {p.messages.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once
        <Section key={i}>
          <Text style={styles.muted}>{m.authorName}</Text>
          <Text style={quote}>{m.body}</Text>
        </Section>
      ))}
      {more > 0 ? <Text style={styles.muted}>and {more} more in the portal.</Text> : null}
      <Section style={{ margin: '24px 0' }}>
        <Button href={p.link} style={styles.button}>Read and reply in the portal</Button>
      </Section>
      <Text style={styles.muted}>Or open <Link href={p.link} style={styles.link}>{p.link}</Link> (you may be asked for a sign-in link first).</Text>
    </Layout>
  );
}

export const PreviewProps: ClientMessageProps = {
  workspaceName: 'Northwind Studio',
  clientName: 'Acme Corp',
  contactName: 'Jane Doe',
  messages: [
    { authorName: 'Sam Owner', body: 'The first drafts of the homepage are in your documents.' },
    { authorName: 'Mia Manager', body: 'Could you send us the final logo files by Friday?' },
  ],
  total: 2,
  link: 'http://localhost:8787/portal/messages',
};
ClientMessage.PreviewProps = PreviewProps;

export default ClientMessage;
