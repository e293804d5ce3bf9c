// Client documents on Workers, kept in R2 (the FILES bucket in wrangler.toml, beside exports) instead of a private
// folder: one object documents/<key>.bin per document. The key is 128 random bits that never come from a person
// (names and titles live in the database), as on Node; nothing in the bucket is public, and the routes read an
// object only after the domain has checked who asks (src/domain/documents/read-document.ts).
import type { DocumentStore } from '../context';
import type { R2Like } from './r2-export-files';

const KEY_RE = /^[A-Za-z0-9_-]{22}$/;
const PREFIX = 'documents/';

function objectKey(key: string): string {
  if (!KEY_RE.test(key)) throw new Error('document store: malformed key');
  return `${PREFIX}${key}.bin`;
}

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createR2DocumentFiles(bucket: R2Like): DocumentStore {
  return {
    async put(bytes) {
      const key = newKey();
      await bucket.put(objectKey(key), bytes);
      return key;
    },
    async read(key) {
      const object = await bucket.get(objectKey(key));
      return object ? new Uint8Array(await new Response(object.body).arrayBuffer()) : null;
    },
    async remove(key) {
      await bucket.delete(objectKey(key));
    },
  };
}
