// Where finished exports live until downloaded: <data>/exports (0700), one <id>.csv plus <id>.json (workspace,
// name), both 0600. The id is 128 random bits, so a download link cannot be guessed; reads check the workspace.
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFiles, ExportMeta } from '../context';
import { ensurePrivateDir, PRIVATE_FILE, purgeOlderThan } from './private-dir';

export const EXPORT_KEEP_MS = 24 * 60 * 60 * 1000;
const ID_RE = /^[A-Za-z0-9_-]{22}$/;

/** A new export's id: 128 random bits. */
export const newExportId = () => randomBytes(16).toString('base64url');

/** `newId`: the job thread is handed its file's id by the main thread, which removes the file if it has to end the thread. */
export function createExportFiles(dir: string, newId: () => string = newExportId): ExportFiles {
  const ready = () => ensurePrivateDir(dir);
  return {
    dir,
    create() {
      const id = newId();
      const path = join(ready(), `${id}.csv`);
      return { id, path, stream: createWriteStream(path, { mode: PRIVATE_FILE.mode, flags: PRIVATE_FILE.flag }) };
    },
    finish(meta) {
      const full: ExportMeta = { ...meta, bytes: statSync(join(dir, `${meta.id}.csv`)).size };
      writeFileSync(join(ready(), `${meta.id}.json`), JSON.stringify(full), PRIVATE_FILE);
      return full;
    },
    discard(id) {
      if (!ID_RE.test(id)) return;
      for (const ext of ['csv', 'json']) rmSync(join(dir, `${id}.${ext}`), { force: true });
    },
    read(id, workspaceId) {
      if (!ID_RE.test(id)) return null;
      try {
        const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as ExportMeta;
        if (meta.workspaceId !== workspaceId) return null;
        return { ...meta, path: join(dir, `${id}.csv`) };
      } catch {
        return null;
      }
    },
    purge: () => purgeOlderThan(dir, EXPORT_KEEP_MS, new Date()),
  };
}
