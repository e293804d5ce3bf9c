// Checks an uploaded CSV before anything is parsed (size, type, encoding), then parses it with csv-parse.
// Every refusal is a clear message and nothing is stored.
import { parse } from 'csv-parse/sync';
import { DomainError, InvalidInput } from '../../errors';
import { headerScore } from './match-headers';

export const IMPORT_LIMITS = { bytes: 5 * 1024 * 1024, rows: 10_000, columns: 200, cellChars: 10_000 };
const MB = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export class TooLarge extends DomainError {
  constructor(message: string) {
    super('too_large', message);
  }
}

/**
 * Where a request is cut off by its platform (Workers), an import is kept short instead of queued: a file longer
 * than `limit` rows is refused before anything is stored or written.
 */
export function checkRowsPerRequest(rows: number, limit: number | undefined): void {
  if (limit === undefined || rows <= limit) return;
  const n = (x: number) => x.toLocaleString('en');
  throw new TooLarge(`The file has ${n(rows)} rows; on this server (Cloudflare Workers) an import may have at most ${n(limit)} rows, `
    + `as it must finish within one request. Split it into files of at most ${n(limit)} rows, or import it on a Clientele server `
    + '(npm start) against the same database. Nothing was imported.');
}

const invalid = (message: string) => new InvalidInput([{ field: 'file', message }], message);

/** The filename must be a plain .csv (or .txt): "clients.csv.exe" and friends are refused. */
export function checkImportFilename(filename: string | null | undefined): void {
  if (!filename) return;
  if (!/\.(csv|txt)$/i.test(filename.trim())) throw invalid(`"${filename}" is not a CSV file (it must end in .csv).`);
}

/** Bytes from an upload to text: UTF-8 only (a BOM is fine), no binary, within the size limit. */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) {
    throw new TooLarge(`The file is ${MB(bytes.byteLength)}; the limit is ${MB(IMPORT_LIMITS.bytes)}. Split it into smaller files.`);
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw invalid('This is a ZIP (or Excel) file, not a CSV. Save it as CSV (UTF-8) first.');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw invalid('The file is not UTF-8 text (it looks like UTF-16 or binary). Save it as CSV (UTF-8).');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalid('The file is not valid UTF-8. Save it as CSV (UTF-8).');
  }
}

export type ParsedCsv = { headers: string[]; rows: string[][]; skippedLines?: { above: number; below: number } };

// Reports exported from accounting tools put a title, the company and a date range above the header row.
const HEADER_SEARCH = 10;
const blank = (r: string[]) => r.every((c) => !c.trim());

const isFooter = (r: string[]) => {
  const filled = r.filter((c) => c.trim());
  return filled.length === 1 && /^total\b|\d{1,2}:\d{2}|\b(GMT|UTC)\b|accrual basis|cash basis/i.test(filled[0]);
};

/** The header row: the first line unless a later one (within the first ten) names more columns. */
function findHeader(records: string[][]): number {
  let best = 0;
  let bestScore = headerScore(records[0] ?? []);
  for (let i = 1; i < Math.min(HEADER_SEARCH, records.length); i++) {
    const score = headerScore(records[i]);
    if (score > bestScore && score >= 2) { best = i; bestScore = score; }
  }
  return best;
}

export function parseImportText(text: string): ParsedCsv {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > IMPORT_LIMITS.bytes) throw new TooLarge(`The file is ${MB(size)}; the limit is ${MB(IMPORT_LIMITS.bytes)}. Split it into smaller files.`);
  if (text.includes('\0')) throw invalid('The file contains binary data, not CSV text.');
  let records: string[][];
  try {
    // The header alone first: a file with too many columns is refused before its rows are read.
    const [head] = parse(text, { bom: true, skip_empty_lines: true, to: 1, relax_quotes: true }) as string[][];
    if (head && head.length > IMPORT_LIMITS.columns) {
      throw new TooLarge(`The file has ${head.length} columns; the limit is ${IMPORT_LIMITS.columns}.`);
    }
    records = parse(text, {
      bom: true, skip_empty_lines: true, relax_column_count: true, max_record_size: IMPORT_LIMITS.cellChars * 4,
      // Stop one past the limit: enough to know the file is too long without reading all of it.
      to: IMPORT_LIMITS.rows + 2,
    }) as string[][];
  } catch (err) {
    if (err instanceof DomainError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw invalid(`The CSV could not be read: ${message}`);
  }
  const at = findHeader(records);
  const headers = records[at];
  const rows = records.slice(at + 1).filter((r) => !blank(r));
  // A footer ("TOTAL", the report's timestamp) fills one cell of a wide table: it is not a client.
  let below = 0;
  while (headers && headers.length >= 3 && rows.length > 1 && isFooter(rows.at(-1)!)) { rows.pop(); below++; }
  if (!headers || headers.every((h) => !h.trim())) throw invalid('The file is empty: it needs a header row and at least one row.');
  if (headers.length > IMPORT_LIMITS.columns) {
    throw new TooLarge(`The file has ${headers.length} columns; the limit is ${IMPORT_LIMITS.columns}.`);
  }
  if (rows.length > IMPORT_LIMITS.rows) {
    throw new TooLarge(`The file has more than ${IMPORT_LIMITS.rows.toLocaleString('en')} rows; split it into files of at most ${IMPORT_LIMITS.rows.toLocaleString('en')}.`);
  }
  if (!rows.length) throw invalid('The file has a header row but no rows to import.');
  return { headers: headers.map((h) => h.trim()), rows, ...(at || below ? { skippedLines: { above: at, below } } : {}) };
}
