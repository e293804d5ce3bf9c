// Bot tokens sealed at rest with AES-256-GCM (WebCrypto, so the same code runs on Node and Workers). The key is
// SLACK_TOKEN_KEY, 32 random bytes in base64 (`openssl rand -base64 32`). A sealed token is
// `v1.<iv>.<ciphertext+tag>` (base64url); a wrong key or an edited value fails to open instead of reading garbage.
import type { TokenSealer } from '../../domain/slack-installations/token-sealer';

const AAD = new TextEncoder().encode('clientele/slack-bot-token/v1');

export function decodeTokenKey(base64: string): Uint8Array {
  const bytes = fromBase64(base64.trim());
  if (bytes.length !== 32) throw new Error('SLACK_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
  return bytes;
}

export function createTokenCipher(keyBase64: string): TokenSealer {
  const raw = decodeTokenKey(keyBase64);
  let key: Promise<CryptoKey> | undefined;
  const aes = () => (key ??= crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']));
  return {
    async seal(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, await aes(), new TextEncoder().encode(plain));
      return `v1.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
    },
    async open(sealed) {
      const [version, iv, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !body) throw new Error('not a sealed token');
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) as BufferSource, additionalData: AAD }, await aes(), fromBase64(body) as BufferSource);
      return new TextDecoder().decode(plain);
    },
  };
}

/** A key for signing OAuth states, derived from SLACK_TOKEN_KEY (HKDF) so one secret serves both purposes apart. */
export async function deriveStateKey(keyBase64: string): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', decodeTokenKey(keyBase64) as BufferSource, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode('clientele/slack-oauth-state/v1') },
    base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign', 'verify'],
  );
}

export function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64(text: string): Uint8Array {
  const std = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
