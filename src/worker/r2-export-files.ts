// Finished CSV exports on Workers, kept in R2 (the FILES bucket in wrangler.toml) instead of a private folder:
// one object exports/<id>.csv whose custom metadata holds the workspace, name and row count. The id is 128
// random bits, as on Node; reads check the workspace. The CSV is gathered in memory, then put once (an export of
// every client is a few MB; a Worker has 128 MB).
import { Writable } from 'node:stream';
import type { ExportFiles, ExportMeta, FoundExport } from '../context';
import { EXPORT_KEEP_MS } from '../files/export-files';

/** The part of an R2 bucket binding used here (Cloudflare's R2Bucket). */
export type R2Like = {
  put(key: string, value: Uint8Array, options?: { httpMetadata?: { contentType?: string }; customMetadata?: Record<string, string> }): Promise<unknown>;
  get(key: string): Promise<{ size: number; customMetadata?: Record<string, string>; body: ReadableStream<Uint8Array> } | null>;
  list(options?: { prefix?: string; cursor?: string; include?: string[] }): Promise<{ objects: Array<{ key: string; uploaded: Date }>; truncated: boolean; cursor?: string }>;
  delete(keys: string | string[]): Promise<void>;
};

const ID_RE = /^[A-Za-z0-9_-]{22}$/;
const PREFIX = 'exports/';

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createR2ExportFiles(bucket: R2Like, now: () => Date = () => new Date()): ExportFiles {
  const pending = new Map<string, Uint8Array[]>();
  return {
    dir: 'r2:exports',
    create() {
      const id = newId();
      const chunks: Uint8Array[] = [];
      pending.set(id, chunks);
      const stream = new Writable({
        write(chunk, _enc, done) {
          chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : new Uint8Array(chunk));
          done();
        },
      });
      return { id, path: `r2:${PREFIX}${id}.csv`, stream };
    },
    async finish(meta) {
      const chunks = pending.get(meta.id) ?? [];
      pending.delete(meta.id);
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
      await bucket.put(`${PREFIX}${meta.id}.csv`, bytes, {
        httpMetadata: { contentType: 'text/csv; charset=utf-8' },
        customMetadata: { workspaceId: String(meta.workspaceId), filename: meta.filename, rows: String(meta.rows), createdAt: meta.createdAt },
      });
      return { ...meta, bytes: bytes.byteLength };
    },
    // Nothing was put yet: only the gathered chunks go.
    discard(id) {
      pending.delete(id);
    },
    async read(id, workspaceId): Promise<FoundExport | null> {
      if (!ID_RE.test(id)) return null;
      const object = await bucket.get(`${PREFIX}${id}.csv`);
      const m = object?.customMetadata;
      if (!object || !m || Number(m.workspaceId) !== workspaceId) {
        await object?.body.cancel();
        return null;
      }
      const meta: ExportMeta = { id, workspaceId, filename: m.filename, rows: Number(m.rows), bytes: object.size, createdAt: m.createdAt };
      return { ...meta, path: `r2:${PREFIX}${id}.csv`, body: () => object.body };
    },
    // By R2's own upload time; an R2 lifecycle rule on exports/ can do the same without a request.
    async purge() {
      const before = now().getTime() - EXPORT_KEEP_MS;
      let cursor: string | undefined;
      let removed = 0;
      do {
        const page = await bucket.list({ prefix: PREFIX, cursor });
        const old = page.objects.filter((o) => o.uploaded.getTime() < before).map((o) => o.key);
        if (old.length) await bucket.delete(old);
        removed += old.length;
        cursor = page.truncated ? page.cursor : undefined;
      } while (cursor);
      return removed;
    },
  };
}
