// Names of finished exports. The files themselves are kept by the ExportFiles port on ctx (src/files/).

/** A filename safe in a Content-Disposition header and on every file system. */
export function safeFilename(name: string, fallback = 'export.csv'): string {
  const cleaned = name.normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|-+$/g, '').slice(0, 80);
  const base = cleaned || fallback;
  return base.toLowerCase().endsWith('.csv') ? base : `${base}.csv`;
}
