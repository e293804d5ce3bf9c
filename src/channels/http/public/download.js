// Shared by the client list and the chat: make a CSV export for some filters (POST /files/exports) and start
// its download; the file route answers as an attachment, so the page stays where it is.
export async function exportAndDownload(filters) {
  const res = await fetch('/files/exports', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(filters || {}),
  });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) { location.href = '/sign-in'; return null; }
  if (!res.ok) throw new Error(body?.error?.message || `The server answered ${res.status}.`);
  startDownload(body.downloadUrl, body.filename);
  return body;
}

export function startDownload(url, filename) {
  const a = document.createElement('a');
  a.href = url;
  a.download = filename || '';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}
