// Slack request signing (v0): HMAC-SHA256 over `v0:{timestamp}:{raw body}`, compared in constant time.
// Bolt's own verifier accepts timestamps far in the future, so the window is checked here both ways.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_SKEW_SECONDS = 300;

export function signSlackBody(secret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export type VerifyInput = {
  secret: string;
  rawBody: string;
  signature: string | null;
  timestamp: string | null;
  nowMs: number;
};

/** True only for a well-formed v0 signature over these exact bytes, made within five minutes either way. */
export function verifySlackSignature({ secret, rawBody, signature, timestamp, nowMs }: VerifyInput): boolean {
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return false;
  const ts = Number(timestamp);
  if (Math.abs(Math.floor(nowMs / 1000) - ts) > MAX_SKEW_SECONDS) return false;
  const expected = Buffer.from(signSlackBody(secret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
