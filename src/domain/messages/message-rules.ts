// What a message may be: plain text, trimmed, 1 to 3,000 characters (what one Slack section holds), without
// control characters other than line breaks and tabs. It is stored as typed and escaped wherever it is shown.
import { z } from 'zod';

export const MAX_MESSAGE_CHARS = 3000;

// Control characters (line breaks and tabs aside), and bidi overrides that could disguise text.
const CONTROLS = /\p{Cc}|[\u202a-\u202e\u2066-\u2069]/gu;
const keep = (ch: string) => (ch === '\n' || ch === '\t' ? ch : '');

export const MessageBody = z.string({ error: 'must be text' })
  .transform((v) => v.replace(/\r\n?/g, '\n').replace(CONTROLS, keep).replace(/\n{4,}/g, '\n\n\n').trim())
  .pipe(z.string().min(1, 'is empty: write a message').max(MAX_MESSAGE_CHARS, `is longer than ${MAX_MESSAGE_CHARS} characters`));

/** A contact may post this many messages an hour (the portal form and any script alike). */
export const PORTAL_MESSAGES_PER_HOUR = 30;

/** An email about new team messages goes out at most once in this window while earlier ones are unread. */
export const NOTIFY_BATCH_MS = 60 * 60 * 1000;

/** The first line of a message, shortened, for history rows and email previews. */
export const excerpt = (body: string, max = 80) => {
  const line = body.split('\n')[0].trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
};
