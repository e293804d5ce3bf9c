// The client list's bulk archive: "Archive these N…" on a filtered list of active clients, a question on the page
// naming them (the ids it showed come back with the click, so another set by then archives nothing), and after it
// a notice with one Undo for the whole set.
import { html } from 'hono/html';
import { ArchiveClientsInput, BULK_LIMIT } from '../../../../domain/clients/client-filters';
import type { ListQuery } from './clients-list-page';

const ARCHIVE_KEYS = ArchiveClientsInput.keyof().options;

/** The list's filters archiveClients takes; none means the whole list, which is not offered. */
export const archiveFilters = (q: ListQuery): Record<string, string> =>
  Object.fromEntries(ARCHIVE_KEYS.filter((k) => q[k]).map((k) => [k, q[k]!]));

export type ArchiveQuestion = { count: number; names: string; ids: string } | { error: string };
export type ArchivedSet = { count: number; activity: number };

const hidden = (q: ListQuery) => Object.entries(archiveFilters(q)).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`);

/** The offer (a link that asks), the question, or the notice after it; nothing on an unfiltered or archived list. */
export function bulkArchive(q: ListQuery, total: number, over: boolean, href: string, ask?: ArchiveQuestion, done?: ArchivedSet) {
  if (done) {
    return html`<div class="card notice" role="status" id="archived-set-notice">Archived ${done.count.toLocaleString('en')} client${done.count === 1 ? '' : 's'}.
      <form method="post" action="/clients/undo/${done.activity}" class="inline"><button type="submit" class="undo">Undo</button></form></div>`;
  }
  if (ask && 'error' in ask) return html`<div class="card error-text" role="alert">${ask.error}</div>`;
  if (ask) {
    return html`<div class="confirm-box card" role="alertdialog" id="confirm-archive-set">
      <p>Archive ${ask.count.toLocaleString('en')} client${ask.count === 1 ? '' : 's'}: ${ask.names}? They leave the active lists; everything is kept, and one Undo brings them back.</p>
      <div class="actions"><form method="post" action="/clients/archive" class="inline">${hidden(q)}<input type="hidden" name="ids" value="${ask.ids}">
        <button type="submit" class="danger" id="archive-set">Archive ${ask.count.toLocaleString('en')} client${ask.count === 1 ? '' : 's'}</button></form>
        <a class="button" href="${href}">Cancel</a></div></div>`;
  }
  const offered = Object.keys(archiveFilters(q)).length && (q.archived ?? 'active') !== 'archived' && total > 0 && !over && total <= BULK_LIMIT;
  return offered ? html`<a class="button" id="archive-these" href="${href}${href.includes('?') ? '&' : '?'}confirm=archive">Archive these ${total.toLocaleString('en')}…</a>` : '';
}
