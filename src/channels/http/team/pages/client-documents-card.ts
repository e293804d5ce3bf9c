// The client page's Documents card: upload (title, shared or team-only), the list with download, share/hide
// and delete (which asks first). Titles and names are escaped by hono/html.
import { html } from 'hono/html';
import { ALLOWED_EXTENSIONS, MAX_DOCUMENT_BYTES } from '../../../../domain/documents/document-rules';
import { sizeLabel, type DocumentView } from '../../../../domain/documents/document-views';

const ACCEPT = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');

export function documentsCard(clientId: number, docs: DocumentView[], confirmDelete: number | null) {
  const row = (d: DocumentView) => html`<li class="document" data-document="${d.id}">
    <span><a href="/clients/${clientId}/documents/${d.id}" download>${d.title}</a>
      <span class="muted">· ${d.filename} · ${sizeLabel(d.bytes)}</span>
      <span class="badge ${d.shared ? 'shared' : ''}">${d.shared ? 'in the portal' : 'team only'}</span></span>
    <span class="actions">
      <form method="post" action="/clients/${clientId}/documents/${d.id}/share" class="inline">
        <input type="hidden" name="shared" value="${d.shared ? 'false' : 'true'}">
        <button type="submit" class="share">${d.shared ? 'Hide from portal' : 'Share in portal'}</button></form>
      <form method="post" action="/clients/${clientId}/documents/${d.id}/delete" class="inline"><button type="submit" class="delete">Delete…</button></form>
    </span>
    ${confirmDelete === d.id ? html`<div class="confirm-box" role="alertdialog" id="confirm-delete-document">
      <p>Delete “${d.title}”${d.shared ? ' from the team and the portal' : ''}? You can undo it from the history for a day.</p>
      <div class="actions"><form method="post" action="/clients/${clientId}/documents/${d.id}/delete" class="inline">
        <input type="hidden" name="confirmed" value="1"><button type="submit" class="danger" id="delete-document">Delete document</button></form>
        <a class="button" href="/clients/${clientId}#documents">Cancel</a></div></div>` : ''}
  </li>`;
  return html`<section class="card" id="documents"><h2>Documents</h2>
    ${docs.length ? html`<ul class="plain documents">${docs.map(row)}</ul>` : html`<p class="muted">No documents yet.</p>`}
    <form method="post" action="/clients/${clientId}/documents" enctype="multipart/form-data" class="stack" id="upload-document">
      <label>File <input type="file" name="file" required accept="${ACCEPT}"></label>
      <label>Title (optional) <input name="title" maxlength="200" placeholder="e.g. Signed contract"></label>
      <label class="check"><input type="checkbox" name="shared" value="true"> Share in the client portal</label>
      <p class="muted">PDF, office files, images or text; up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.</p>
      <div class="actions"><button type="submit" class="primary">Upload</button></div>
    </form></section>`;
}
