// The client's group (a select) and, for each setting, its value and where it comes from: explainSettings' own
// sentences ("Acme Corp is billed in EUR, from the group Agencies."), so the page and the chat say the same.
import { html } from 'hono/html';
import type { ClientView } from '../../../../domain/clients/views';
import type { SettingExplanation } from '../../../../domain/settings/explain-settings';
import type { GroupListItem } from '../../../../domain/settings/list-groups';

export type ClientSettings = { groups: GroupListItem[]; explained: SettingExplanation[] };

export function clientSettingsCard(c: ClientView, s: ClientSettings) {
  return html`<section class="card" id="settings" data-card="settings"><h2>Group and settings</h2>
    <form method="post" action="/clients/${c.id}/group" class="inline" id="group-form">
      <label>Group <select name="group" id="group-select"><option value="" ${c.groupName ? '' : 'selected'}>No group</option>
        ${s.groups.map((g) => html`<option value="${g.name}" ${g.name === c.groupName ? 'selected' : ''}>${g.name}</option>`)}</select></label>
      <button type="submit">Save group</button> <a href="/settings#groups">Manage groups</a></form>
    <ul class="plain" id="settings-why">${s.explained.map((e) => html`<li data-setting="${e.setting}">${e.text}</li>`)}</ul>
  </section>`;
}
