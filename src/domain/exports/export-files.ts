// Where finished exports live until downloaded: a temp folder, one <id>.csv plus <id>.json (workspace, name).
// The id is 128 random bits, so a download link cannot be guessed; the route also checks the workspace.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ExportMeta = { id: string; workspaceId: number; filename: string; rows: number; bytes: number; createdAt: string };

const KEEP_MS = 24 * 60 * 60 * 1000;
const ID_RE = /^[A-Za-z0-9_-]{22}$/;

export function exportsDir(): string {
  const dir = join(tmpdir(), 'clientele-exports');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export const newExportId = () => randomBytes(16).toString('base64url');
export const exportPath = (id: string) => join(exportsDir(), `${id}.csv`);

export function writeExportMeta(meta: ExportMeta): void {
  writeFileSync(join(exportsDir(), `${meta.id}.json`), JSON.stringify(meta));
}

/** The export's metadata if `id` is well formed, exists and belongs to the workspace; otherwise null. */
export function readExport(id: string, workspaceId: number): (ExportMeta & { path: string }) | null {
  if (!ID_RE.test(id)) return null;
  try {
    const meta = JSON.parse(readFileSync(join(exportsDir(), `${id}.json`), 'utf8')) as ExportMeta;
    if (meta.workspaceId !== workspaceId) return null;
    return { ...meta, path: exportPath(id) };
  } catch {
    return null;
  }
}

/** A filename safe in a Content-Disposition header and on every file system. */
export function safeFilename(name: string, fallback = 'export.csv'): string {
  const cleaned = name.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|-+$/g, '').slice(0, 80);
  const base = cleaned || fallback;
  return base.toLowerCase().endsWith('.csv') ? base : `${base}.csv`;
}

/** Drops exports older than a day by the files' own clock (best effort; another process may prune too). */
export function pruneExports(): void {
  const now = new Date();
  const dir = exportsDir();
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > KEEP_MS) rmSync(file, { force: true });
    } catch { /* already gone */ }
  }
}
