// The one mailer: Resend when RESEND_API_KEY is set, otherwise the local outbox folder.
import { Resend } from 'resend';
import type { Log, Mailer } from '../context';
import { createOutboxMailer } from './outbox-mailer';

export type MailerOptions = { resendApiKey?: string; resendBaseUrl?: string; from: string; outboxDir: string; log: Log };

export function createMailer(opts: MailerOptions): Mailer {
  if (!opts.resendApiKey) return createOutboxMailer(opts.outboxDir, opts.from, opts.log);
  // Constructed only when configured: the SDK throws "Missing API key" without one.
  const resend = new Resend(opts.resendApiKey, opts.resendBaseUrl ? { baseUrl: opts.resendBaseUrl } : undefined);
  return {
    kind: 'resend',
    async send(email) {
      const { data, error } = await resend.emails.send(
        { from: opts.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: email.idempotencyKey },
      );
      // Resend returns errors instead of throwing.
      if (error || !data) throw new Error(`Email to ${email.to} was not sent: ${error?.message ?? 'no id returned'}`);
      opts.log.info({ to: email.to, subject: email.subject, id: data.id }, 'email sent');
      return { id: data.id };
    },
  };
}
