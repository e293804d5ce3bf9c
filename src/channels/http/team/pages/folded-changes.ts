// The one way a recent-changes card (Team, Settings) lists changes: each original change once, its undos and redos
// folded into it. The newest step of its chain decides whether it reads undone and what its one button says: Undo
// while the change stands, Redo once undone (posting that step, which undoActivity reverses).
import { html } from 'hono/html';
import type { ActivityView } from '../../../../domain/activity/list-activity';

/** The activity to post to the card's undo path, and what the button says. */
export type ChangeAction = { activityId: number; label: 'Undo' | 'Redo' };
export type FoldedChange = { change: ActivityView; undone: boolean; action: ChangeAction | null };

/** The last `limit` original changes of `rows` (newest first), each with its state and the button this viewer may press. */
export function foldChanges(rows: ActivityView[], limit = 10): FoldedChange[] {
  const reversalOf = new Map(rows.filter((a) => a.undoOf !== null).map((a) => [a.undoOf!, a]));
  return rows.filter((a) => a.undoOf === null).slice(0, limit).map((change) => {
    let head = change;
    for (let next = reversalOf.get(head.id); next; next = reversalOf.get(head.id)) head = next;
    const undone = !!change.undoneAt;
    return { change, undone, action: head.canUndo ? { activityId: head.id, label: undone ? 'Redo' : 'Undo' } : null };
  });
}

/** The change's button, posting to `${undoPath}/${activityId}`; nothing when there is no action. */
export const changeButton = (undoPath: string, action: ChangeAction | null, text: string) => (action
  ? html`<form method="post" action="${undoPath}/${action.activityId}"><button type="submit" class="undo" aria-label="${action.label}: ${text}">${action.label}</button></form>`
  : '');
