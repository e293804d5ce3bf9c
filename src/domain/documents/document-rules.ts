// What a document may be: at most 20 MB, one of the office, text and image types a client needs (never a
// program, a script, HTML or SVG, which a browser could run), its bytes matching what its name claims, and
// a name safe in a header and on any file system.
import { DomainError, InvalidInput } from '../../errors';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // docx, xlsx, pptx, odt... are zip containers
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // doc, xls, ppt
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // webp
type Kind = { type: string; magic?: number[][]; text?: boolean };
const TYPES: Record<string, Kind> = {
  pdf: { type: 'application/pdf', magic: [PDF] },
  png: { type: 'image/png', magic: [PNG] },
  jpg: { type: 'image/jpeg', magic: [JPG] },
  jpeg: { type: 'image/jpeg', magic: [JPG] },
  gif: { type: 'image/gif', magic: [GIF] },
  webp: { type: 'image/webp', magic: [RIFF] },
  txt: { type: 'text/plain; charset=utf-8', text: true },
  md: { type: 'text/markdown; charset=utf-8', text: true },
  csv: { type: 'text/csv; charset=utf-8', text: true },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [ZIP] },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [ZIP] },
  pptx: { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [ZIP] },
  odt: { type: 'application/vnd.oasis.opendocument.text', magic: [ZIP] },
  ods: { type: 'application/vnd.oasis.opendocument.spreadsheet', magic: [ZIP] },
  odp: { type: 'application/vnd.oasis.opendocument.presentation', magic: [ZIP] },
  doc: { type: 'application/msword', magic: [OLE] },
  xls: { type: 'application/vnd.ms-excel', magic: [OLE] },
  ppt: { type: 'application/vnd.ms-powerpoint', magic: [OLE] },
};
export const ALLOWED_EXTENSIONS = Object.keys(TYPES);

// Programs by their first bytes, whatever the name says: Windows PE, ELF, Mach-O (both orders, fat), scripts.
const EXECUTABLE = [[0x4d, 0x5a], [0x7f, 0x45, 0x4c, 0x46], [0xcf, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe], [0xfe, 0xed, 0xfa, 0xce], [0xca, 0xfe, 0xba, 0xbe], [0x23, 0x21]];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** "../../etc/Invoice März<script>.pdf" -> "Invoice-Marz-script-.pdf": no folders, controls or quotes; at most 120 characters. */
export function sanitizeFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.() -]+/g, '-')
    .replace(/\s+/g, ' ').replace(/-{2,}/g, '-').replace(/^[\s.-]+|[\s.-]+$/g, '');
  if (cleaned.length <= 120) return cleaned;
  const ext = /\.[A-Za-z0-9]{1,5}$/.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, 120 - ext.length) + ext;
}

export const extensionOf = (name: string) => (/\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1] ?? '').toLowerCase();

/** The checked name and content type of an upload, or a refusal saying what is allowed. */
export function checkDocument(name: string, bytes: Uint8Array): { filename: string; contentType: string } {
  const filename = sanitizeFilename(name);
  if (!filename) throw new InvalidInput([{ field: 'file', message: 'the file needs a name' }]);
  if (!bytes.byteLength) throw new InvalidInput([{ field: 'file', message: `${filename} is empty` }]);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DomainError('too_large', `${filename} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
  const kind = TYPES[extensionOf(filename)];
  const allowed = `Allowed: ${ALLOWED_EXTENSIONS.join(', ')}.`;
  if (!kind) throw new InvalidInput([{ field: 'file', message: `${filename} is not a document type the portal serves. ${allowed}` }]);
  if (EXECUTABLE.some((m) => startsWith(bytes, m))) {
    throw new InvalidInput([{ field: 'file', message: `${filename} is a program or script, not a document; it was not stored.` }]);
  }
  const head = bytes.subarray(0, 8192);
  const fits = kind.text ? !head.includes(0) : kind.magic!.some((m) => startsWith(bytes, m));
  if (!fits) throw new InvalidInput([{ field: 'file', message: `${filename} does not contain what its name says (.${extensionOf(filename)}); it was not stored.` }]);
  return { filename, contentType: kind.type };
}

/** A title from the file name when none is given: "Brand-guide_v2.pdf" -> "Brand-guide_v2". */
export const titleFromFilename = (filename: string) => filename.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim().slice(0, 200) || filename;

/** A Content-Disposition value: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
