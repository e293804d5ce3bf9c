// Reads a file someone shared with the bot (url_private, with the bot token). The token only ever goes to
// Slack's file host (or the origin of SLACK_API_URL), and the size limit holds before and while reading.
import { DomainError } from '../../errors';

export type SharedFile = {
  id: string; name?: string; title?: string; mimetype?: string; filetype?: string; size?: number;
  url_private?: string; url_private_download?: string;
};

export const isCsvFile = (f: SharedFile): boolean =>
  f.filetype === 'csv' || /^text\/csv\b/i.test(f.mimetype ?? '') || /\.csv$/i.test(f.name ?? '');

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const unreadable = (why: string) => new DomainError('unavailable', `I could not read the file from Slack (${why}).`);

export async function downloadSharedFile(opts: {
  fetch: typeof fetch; token: string; apiUrl?: string; file: SharedFile; maxBytes: number;
}): Promise<Uint8Array> {
  const raw = opts.file.url_private_download ?? opts.file.url_private;
  if (!raw) throw unreadable('it has no download link');
  const url = new URL(raw);
  const allowed = url.protocol === 'https:' && url.hostname === 'files.slack.com'
    || (opts.apiUrl !== undefined && url.origin === new URL(opts.apiUrl).origin);
  if (!allowed) throw unreadable('its link is not on Slack');
  const res = await opts.fetch(url, { headers: { authorization: `Bearer ${opts.token}` } });
  // Without files:read Slack answers with its sign-in page (200, HTML) instead of the file.
  if (!res.ok || /text\/html/i.test(res.headers.get('content-type') ?? '')) {
    await res.body?.cancel();
    throw unreadable(res.ok ? 'the app may lack the files:read permission' : `HTTP ${res.status}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > opts.maxBytes) {
      await reader.cancel();
      throw new DomainError('too_large', `The file is larger than the ${megabytes(opts.maxBytes)} limit. Split it into smaller files.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.byteLength; }
  return out;
}
