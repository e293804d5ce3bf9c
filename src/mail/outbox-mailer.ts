// Without Resend, each email is written to OUTBOX_DIR as .html, .txt and .json (to, subject, links), and one
// line with its first link is logged, so a local user can click through sign-in without any mail service.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Mailer, OutgoingEmail } from '../context';

/** The links an email carries: the ones the caller named, else every http(s) href in the HTML. */
export function emailLinks(email: Pick<OutgoingEmail, 'links' | 'html'>): string[] {
  if (email.links?.length) return email.links;
  const found = [...email.html.matchAll(/href="(https?:\/\/[^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  return [...new Set(found)];
}

export function createOutboxMailer(dir: string, from: string, log: Log, now: () => Date = () => new Date()): Mailer {
  return {
    kind: 'outbox',
    async send(email) {
      mkdirSync(dir, { recursive: true });
      // Named by the idempotency key: a retried send (even on another day) finds the file and writes nothing new.
      const id = createHash('sha256').update(email.idempotencyKey).digest('hex').slice(0, 16);
      if (readdirSync(dir).some((f) => f.endsWith(`-${id}.json`))) return { id };
      const at = now();
      const base = join(dir, `${at.toISOString().replace(/[:.]/g, '-')}-${id}`);
      const links = emailLinks(email);
      writeFileSync(`${base}.html`, email.html);
      writeFileSync(`${base}.txt`, email.text);
      // The .json is written last and renamed into place: its presence means the email is complete.
      const meta = { id, from, to: email.to, subject: email.subject, links, sentAt: at.toISOString(), tags: email.tags ?? {} };
      writeFileSync(`${base}.json.tmp`, `${JSON.stringify(meta, null, 2)}\n`);
      renameSync(`${base}.json.tmp`, `${base}.json`);
      log.info(`Email to ${email.to}: "${email.subject}"${links[0] ? ` ${links[0]}` : ''} (outbox: ${base}.html)`);
      return { id };
    },
  };
}
