// CSV files on the web, for signed-in team members with client access:
//   GET  /files/exports/:id           download an export (only the workspace that made it; ids are 128-bit random)
//   POST /files/exports               make an export (JSON: findClients filters, kind, bom) -> its download URL
//   POST /files/imports               upload a CSV (multipart field "file", or a text/csv body) -> the dry-run report
//   POST /files/imports/:id/apply     apply a dry run in one transaction (the button press is the confirmation;
//                                     ?skipRejected=1 leaves out the rejected rows the dry run named);
//                                     progress lines as NDJSON on request
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import type { MemberActor } from '../../../context';
import type { AppDeps } from '../../../deps';
import { exportCsv } from '../../../domain/exports/export-csv';
import { safeFilename } from '../../../domain/exports/export-files';
import { applyImport } from '../../../domain/imports/apply-import';
import { importCsv } from '../../../domain/imports/import-csv';
import { decodeImportBytes, IMPORT_LIMITS, TooLarge } from '../../../domain/imports/read-import';
import { DomainError, InvalidInput, isDomainError } from '../../../errors';
import { requireMember, type WebEnv } from '../session';

export function mountFiles(app: Hono<any>, deps: AppDeps) {
  const member = requireMember(deps, 'api', { clients: true });
  const files = app as unknown as Hono<WebEnv>;

  files.get('/files/exports/:id', member, async (c) => {
    const actor = c.get('actor') as MemberActor;
    const found = await deps.files?.read(c.req.param('id'), actor.workspaceId);
    if (!found) throw new DomainError('not_found', 'That export does not exist or has expired.');
    const body = found.body?.() ?? Readable.toWeb(createReadStream(found.path)) as ReadableStream;
    return c.body(body, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${safeFilename(found.filename)}"`,
      'content-length': String(found.bytes),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
  });

  files.post('/files/exports', member, async (c) => {
    const input = await c.req.json().catch(() => ({}));
    const r = await exportCsv({ ctx: c.get('ctx'), input });
    return c.json({ id: r.id, filename: r.filename, rows: r.rows, bytes: r.bytes, downloadUrl: `/files/exports/${r.id}` });
  });

  files.post('/files/imports', member, async (c) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > IMPORT_LIMITS.bytes + 64 * 1024) throw new TooLarge(`The file is larger than the ${IMPORT_LIMITS.bytes / 1024 / 1024} MB limit.`);
    let bytes: Uint8Array;
    let filename: string | undefined = c.req.query('filename');
    if (/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
      const form = await c.req.formData();
      const file = form.get('file');
      if (!file || typeof file === 'string') throw new InvalidInput([{ field: 'file', message: 'Attach the CSV as the "file" field.' }], 'Attach the CSV as the "file" field.');
      filename = file.name || filename;
      bytes = new Uint8Array(await file.arrayBuffer());
    } else {
      bytes = new Uint8Array(await c.req.arrayBuffer());
    }
    const content = decodeImportBytes(bytes);
    const report = await importCsv({ ctx: c.get('ctx'), input: { content, filename } });
    return c.json(report);
  });

  // With `Accept: application/x-ndjson` the answer streams progress lines ({"progress":{phase,done,total}}) for a
  // progress bar, then {"report":...} or {"error":...} as the last line.
  files.post('/files/imports/:id/apply', member, async (c) => {
    const ctx = c.get('ctx');
    // ?skipRejected=1: the person confirmed importing the valid rows and leaving out the rejected ones shown.
    const input = { importId: c.req.param('id'), ...(c.req.query('skipRejected') === '1' ? { skipRejected: true } : {}) };
    if (!/application\/x-ndjson/.test(c.req.header('accept') ?? '')) return c.json(await applyImport({ ctx, input }));
    const enc = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(ctl) {
        const line = (o: unknown) => ctl.enqueue(enc.encode(`${JSON.stringify(o)}\n`));
        try {
          line({ report: await applyImport({ ctx, input, onProgress: (progress) => line({ progress }) }) });
        } catch (err) {
          line({ error: isDomainError(err) ? err.toJSON() : { code: 'internal', message: 'The import failed; nothing was changed.' } });
          if (!isDomainError(err)) deps.log.error({ err }, 'import apply failed');
        }
        ctl.close();
      },
    });
    return c.body(body, 200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  });
}
