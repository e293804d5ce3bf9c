// Client documents on disk: <data>/documents (0700), one 0600 file per document, named by a 128-bit random key
// that never comes from a person (names and titles live in the database). Nothing here is served statically;
// the routes read a file only after the domain has checked who asks (src/domain/documents/read-document.ts).
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentStore } from '../context';
import { ensurePrivateDir, PRIVATE_FILE } from './private-dir';

const KEY_RE = /^[A-Za-z0-9_-]{22}$/;

export function createDocumentFiles(dir: string): DocumentStore & { dir: string } {
  const pathOf = (key: string) => {
    if (!KEY_RE.test(key)) throw new Error('document store: malformed key');
    return join(dir, `${key}.bin`);
  };
  return {
    dir,
    async put(bytes) {
      ensurePrivateDir(dir);
      const key = randomBytes(16).toString('base64url');
      await writeFile(pathOf(key), bytes, PRIVATE_FILE);
      return key;
    },
    async read(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch {
        return null;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
