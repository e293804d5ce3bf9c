// Without Resend, each email is written to OUTBOX_DIR as .html, .txt and .json (to, subject, links).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Mailer } from '../context';

export function createOutboxMailer(dir: string, from: string, log: Log): Mailer {
  return {
    kind: 'outbox',
    async send(email) {
      mkdirSync(dir, { recursive: true });
      // The file name comes from the idempotency key, so a retried send writes nothing new.
      const id = createHash('sha256').update(email.idempotencyKey).digest('hex').slice(0, 16);
      const base = join(dir, `${new Date().toISOString().slice(0, 10)}-${id}`);
      if (existsSync(`${base}.json`)) return { id };
      writeFileSync(`${base}.html`, email.html);
      writeFileSync(`${base}.txt`, email.text);
      writeFileSync(`${base}.json`, JSON.stringify({ id, from, to: email.to, subject: email.subject, links: email.links ?? [] }, null, 2));
      log.info(`Email to ${email.to}: "${email.subject}"${email.links?.length ? ` ${email.links[0]}` : ''} (outbox ${base}.html)`);
      return { id };
    },
  };
}
