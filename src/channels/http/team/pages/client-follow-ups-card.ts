// The client page's follow-ups: the open ones, soonest first (overdue marked), each with Done and a day to move it
// to; and a short form to plan one (what, by which day). Each runs its tool (addFollowUp, updateFollowUp,
// completeFollowUp); undone from the history.
import { html } from 'hono/html';
import type { ClientView } from '../../../../domain/clients/views';

export function followUpsCard(c: ClientView) {
  const items = c.followUps.map((f) => html`<li data-follow-up="${f.id}"><span class="when">${f.dueOn}</span><span>${f.text}</span>
    ${f.overdue ? html`<span class="badge status-past">overdue</span>` : ''}${f.owner ? html`<span class="muted">${f.owner}</span>` : ''}
    <div class="follow-up-actions"><form method="post" action="/clients/${c.id}/follow-ups/${f.id}/done" class="inline"><button type="submit" class="follow-up-done">Done</button></form>
    <form method="post" action="/clients/${c.id}/follow-ups/${f.id}/move" class="inline"><input type="date" name="due" value="${f.dueOn}" required
      aria-label="Move to"><button type="submit" class="follow-up-move">Move</button></form></div></li>`);
  return html`<section class="card" id="follow-ups" data-card="follow-ups"><h2>Follow-ups</h2>
    ${items.length ? html`<ul class="plain history follow-ups">${items}</ul>` : html`<p class="muted">Nothing planned.</p>`}
    <form method="post" action="/clients/${c.id}/follow-ups" class="inline-form">
      <label>To do <input name="text" required maxlength="500" placeholder="Call about the renewal"></label>
      <label>By <input type="date" name="due" required></label>
      <button type="submit">Plan</button></form></section>`;
}
