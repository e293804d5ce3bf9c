// Emails: trimmed, lower-cased, then validated (zod 4 validates after the transforms in this order).
import { z } from 'zod';

export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'is not a valid email address' }));

/** The normalised email, or null when empty; throws nothing: callers that need errors use EmailSchema. */
export function normalizeEmail(input: string | null | undefined): string | null {
  const r = EmailSchema.safeParse(input ?? '');
  return r.success ? r.data : null;
}
