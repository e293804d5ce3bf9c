// Every change the agent makes is answered with an Undo button bound to its activity row.
import type { KnownBlock } from '@slack/types';
import { ACTIONS, actions, button } from './elements';

export function undoActions(undo: { activityId: number; label?: string }): KnownBlock {
  return actions(`undo_${undo.activityId}`, [button(undo.label ? `Undo: ${undo.label}` : 'Undo', ACTIONS.undo, String(undo.activityId))]);
}
