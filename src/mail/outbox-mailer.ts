// Without Resend, each email is written to OUTBOX_DIR (0700; files 0600) as .html, .txt and .json (to, subject,
// links), and one line naming the file is logged: the link itself carries a sign-in token, and logs travel.
import { createHash } from 'node:crypto';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Mailer, OutgoingEmail } from '../context';
import { ensurePrivateDir, PRIVATE_FILE, purgeOlderThan } from '../files/private-dir';

/** Outbox emails are kept a week, then purged on the server's timer. */
export const OUTBOX_KEEP_MS = 7 * 24 * 60 * 60 * 1000;
export const purgeOutbox = (dir: string, now = new Date()) => purgeOlderThan(dir, OUTBOX_KEEP_MS, now);

/** A link fit for a log line: sign-in and portal links carry their token in the query or fragment, so both go. */
export function redactLink(link: string): string {
  try {
    const u = new URL(link);
    return `${u.origin}${u.pathname}${u.search || u.hash ? '#[redacted]' : ''}`;
  } catch {
    return '[link]';
  }
}

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
      ensurePrivateDir(dir);
      // Named by the idempotency key: a retried send (even on another day) finds the file and writes nothing new.
      const id = createHash('sha256').update(email.idempotencyKey).digest('hex').slice(0, 16);
      if (readdirSync(dir).some((f) => f.endsWith(`-${id}.json`))) return { id };
      const at = now();
      const base = join(dir, `${at.toISOString().replace(/[:.]/g, '-')}-${id}`);
      const links = emailLinks(email);
      writeFileSync(`${base}.html`, email.html, PRIVATE_FILE);
      writeFileSync(`${base}.txt`, email.text, PRIVATE_FILE);
      // The .json is written last and renamed into place: its presence means the email is complete.
      const meta = { id, from, to: email.to, subject: email.subject, links, sentAt: at.toISOString(), tags: email.tags ?? {} };
      writeFileSync(`${base}.json.tmp`, `${JSON.stringify(meta, null, 2)}\n`, { mode: PRIVATE_FILE.mode });
      renameSync(`${base}.json.tmp`, `${base}.json`);
      log.info(`Email to ${email.to}: "${email.subject}"${links.length ? ', its link is in' : ''} ${base}.html`);
      return { id };
    },
  };
}
