// A re-engagement email written by a team member (or drafted by the agent and edited), sent to a client's contact.
import { Text } from '@react-email/components';
import { Layout, styles } from './layout';

export type OutreachProps = {
  subject: string;
  /** The body, one entry per paragraph; shown as plain text, never as HTML. */
  paragraphs: string[];
  senderName: string;
  senderEmail?: string | null;
  workspaceName: string;
};

export function Outreach(p: OutreachProps) {
  return (
    <Layout preview={p.paragraphs[0] ?? p.subject} brand={p.workspaceName} footer={`${p.senderName} · ${p.workspaceName}`}>
      {p.paragraphs.map((para, i) => (
        // Line breaks inside a paragraph are kept (signatures, lists typed as lines).
        // biome-ignore lint/suspicious/noArrayIndexKey: static, rendered once, paragraphs may repeat
        <Text key={i} style={{ ...styles.text, whiteSpace: 'pre-line' }}>{para}</Text>
      ))}
      <Text style={styles.text}>
        {p.senderName}
        {p.senderEmail ? <><br />{p.senderEmail}</> : null}
      </Text>
    </Layout>
  );
}

/** Splits a draft's text body into paragraphs on blank lines. */
export const toParagraphs = (body: string): string[] =>
  body.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

export const PreviewProps: OutreachProps = {
  subject: 'Catching up on the Acme website',
  paragraphs: [
    'Hi Jane,',
    'It has been a while since we wrapped up the website relaunch in March. I hope the new checkout is still doing well.',
    'We have a few ideas for the spring campaign and would love to hear what is on your list. Would a short call next week work?',
    'Best,',
  ],
  senderName: 'Sam Owner',
  senderEmail: 'sam@northwind.studio',
  workspaceName: 'Northwind Studio',
};
Outreach.PreviewProps = PreviewProps;

export default Outreach;
