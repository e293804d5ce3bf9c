// Where a contact wanted to go before signing in (an email's link to an invoice or the messages): kept through
// the sign-in link and followed after redeeming it. Only a plain path under /portal/ passes, so it can never
// send anyone to another site (no scheme, no `//`, no backslash) or back into sign-in or sign-out.
const SHAPE = /^\/portal\/[A-Za-z0-9\-._~/?=&%]*$/;
const REFUSED = /^\/portal\/(link|sign-out)(?:[/?]|$)/;

export function safePortalPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 300 || !SHAPE.test(value)) return undefined;
  if (value.includes('//') || value.split(/[/?]/).includes('..') || REFUSED.test(value)) return undefined;
  return value;
}
