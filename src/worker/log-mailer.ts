// Without Resend on Workers there is no outbox folder to write to: each email is logged instead (recipient,
// subject, links), so a sign-in link can still be read from `wrangler tail` or the dev console. Not delivered.
import type { Log, Mailer } from '../context';
import { emailLinks } from '../mail/outbox-mailer';

export function createLogMailer(log: Log): Mailer {
  return {
    kind: 'log',
    async send(email) {
      const links = emailLinks(email);
      log.warn(
        { to: email.to, subject: email.subject, links, idempotencyKey: email.idempotencyKey },
        'email NOT sent (RESEND_API_KEY is not set on this Worker): logged instead',
      );
      return { id: `log_${email.idempotencyKey}` };
    },
  };
}
