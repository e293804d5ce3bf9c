// The Team page's "Recent team changes": role changes, invitations and removals, newest first, each with the Undo (or, once
// undone, the Redo) the domain still allows this viewer. Undo and redo rows are folded into the change they reverse.
import { html } from 'hono/html';
import type { ActivityView } from '../../../../domain/activity/list-activity';
import { changeButton, type ChangeAction, foldChanges } from './folded-changes';
import { readableTime } from './readable-time';

export type TeamChange = {
  id: number; text: string; createdAt: string; undone: boolean;
  /** The activity to post to /members/undo/:id, and what the button says; null when nothing can be done. */
  action: ChangeAction | null;
};

// "Ana changed Bo's role ..." reads better than "Changed Bo's role ... · Ana"; other summaries start with a name.
const LEADING_VERB = /^(Changed|Invited|Linked|Removed) /;
const sentence = (a: ActivityView) => (a.actorName && LEADING_VERB.test(a.summary)
  ? `${a.actorName} ${a.summary[0].toLowerCase()}${a.summary.slice(1)}`
  : a.actorName ? `${a.summary} · ${a.actorName}` : a.summary);

/** The last `limit` original changes; each one's newest undo or redo decides its state and its button. */
export const toTeamChanges = (rows: ActivityView[], limit = 10): TeamChange[] =>
  foldChanges(rows, limit).map(({ change: a, undone, action }) => ({ id: a.id, text: sentence(a), createdAt: a.createdAt, undone, action }));

export const teamChangesCard = (changes: TeamChange[]) => html`<section class="card" id="team-changes"><h2>Recent team changes</h2>
  ${changes.length ? html`<ul class="plain history">${changes.map((a) => html`<li data-activity="${a.id}">
      <span>${a.text} <span class="muted">· ${readableTime(a.createdAt)}</span>${a.undone ? html` <span class="badge">undone</span>` : ''}</span>
      ${changeButton('/members/undo', a.action, a.text)}</li>`)}</ul>`
    : html`<p class="muted">No role changes, invitations or removals yet.</p>`}</section>`;
