// The one mailer: Resend when RESEND_API_KEY is set, otherwise the local outbox folder. Every send carries
// the caller's idempotency key, so a retried request (a double click, a Slack retry) never emails twice.
import type { Resend } from 'resend';
import type { Log, Mailer } from '../context';
import { DomainError } from '../errors';
import { createOutboxMailer } from './outbox-mailer';

export type MailerOptions = {
  resendApiKey?: string;
  /** Defaults to the SDK's own reading of RESEND_BASE_URL, else Resend's API. */
  resendBaseUrl?: string;
  /** MAIL_FROM: the sender of every email. */
  from: string;
  outboxDir: string;
  log: Log;
  now?: () => Date;
};

// Resend tag names and values allow ASCII letters, digits, underscores and dashes only.
const tagSafe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256);

export function createMailer(opts: MailerOptions): Mailer {
  if (!opts.resendApiKey) return createOutboxMailer(opts.outboxDir, opts.from, opts.log, opts.now);
  // Constructed only when configured (the SDK throws "Missing API key" without one), and loaded with the first
  // email: a start reads none of the SDK (and its MIME parser).
  let client: Promise<Resend> | undefined;
  const resendClient = () => (client ??= import('resend').then(({ Resend }) =>
    new Resend(opts.resendApiKey, opts.resendBaseUrl ? { baseUrl: opts.resendBaseUrl } : undefined)));
  return {
    kind: 'resend',
    async send(email) {
      const tags = Object.entries(email.tags ?? {}).map(([name, value]) => ({ name: tagSafe(name), value: tagSafe(value) }));
      const resend = await resendClient();
      const { data, error } = await resend.emails.send(
        { from: opts.from, to: email.to, subject: email.subject, html: email.html, text: email.text, ...(tags.length ? { tags } : {}) },
        { idempotencyKey: email.idempotencyKey },
      );
      // Resend returns errors instead of throwing: turn them into one the caller cannot miss.
      if (error || !data) {
        const reason = error ? `${error.message}${error.name ? ` (${error.name})` : ''}` : 'no id returned';
        opts.log.warn({ to: email.to, subject: email.subject, error }, 'email not sent');
        throw new DomainError('unavailable', `The email to ${email.to} was not sent: ${reason}`, { resendError: error?.name ?? null });
      }
      opts.log.info({ to: email.to, subject: email.subject, id: data.id }, 'email sent');
      return { id: data.id };
    },
  };
}
