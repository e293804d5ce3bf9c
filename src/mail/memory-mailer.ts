// Keeps sent emails in memory: for tests and for the bench. Same idempotency rule as the other transports.
import type { Mailer, OutgoingEmail } from '../context';

export type MemoryMailer = Mailer & { sent: OutgoingEmail[] };

export function createMemoryMailer(): MemoryMailer {
  const sent: OutgoingEmail[] = [];
  const keys = new Map<string, string>();
  return {
    kind: 'memory',
    sent,
    async send(email) {
      const existing = keys.get(email.idempotencyKey);
      if (existing) return { id: existing };
      const id = `mem_${sent.length + 1}`;
      keys.set(email.idempotencyKey, id);
      sent.push(email);
      return { id };
    },
  };
}
