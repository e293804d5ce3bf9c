// Without Resend on Workers there is no outbox folder to write to: each email is logged instead (recipient,
// subject, and its links without their tokens: logs are shipped and shared, a token in one signs anyone in). Not delivered.
import type { Log, Mailer } from '../context';
import { emailLinks, redactLink } from '../mail/outbox-mailer';

export function createLogMailer(log: Log): Mailer {
  return {
    kind: 'log',
    async send(email) {
      const links = emailLinks(email).map(redactLink);
      log.warn(
        { to: email.to, subject: email.subject, links, idempotencyKey: email.idempotencyKey },
        'email NOT sent (RESEND_API_KEY is not set on this Worker): logged instead',
      );
      return { id: `log_${email.idempotencyKey}` };
    },
  };
}
