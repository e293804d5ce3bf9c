// The client page's follow-ups: the open ones, soonest first (overdue marked), each with Done; and a short form to
// plan one (what, by which day). Both run their tools (addFollowUp, completeFollowUp); undone from the history.
import { html } from 'hono/html';
import type { ClientView } from '../../../../domain/clients/views';

export function followUpsCard(c: ClientView) {
  const items = c.followUps.map((f) => html`<li data-follow-up="${f.id}"><span class="when">${f.dueOn}</span><span>${f.text}</span>
    ${f.overdue ? html`<span class="badge status-past">overdue</span>` : ''}${f.owner ? html`<span class="muted">${f.owner}</span>` : ''}
    <form method="post" action="/clients/${c.id}/follow-ups/${f.id}/done" class="inline"><button type="submit" class="follow-up-done">Done</button></form></li>`);
  return html`<section class="card" id="follow-ups" data-card="follow-ups"><h2>Follow-ups</h2>
    ${items.length ? html`<ul class="plain history">${items}</ul>` : html`<p class="muted">Nothing planned.</p>`}
    <form method="post" action="/clients/${c.id}/follow-ups" class="inline-form">
      <label>To do <input name="text" required maxlength="500" placeholder="Call about the renewal"></label>
      <label>By <input type="date" name="due" required></label>
      <button type="submit">Plan</button></form></section>`;
}
