// Undo of one change from its activity row (every change's answer offers it). The domain decides whether
// the change can still be undone and by whom; its errors reach the channel as typed errors.
import type { Ctx } from '../context';
import type { AppDeps } from '../deps';
import { undoActivity } from '../domain/activity/undo-activity';
import type { AgentTurn } from './run-agent';

export async function undoChange({ ctx, activityId }: { deps: AppDeps; ctx: Ctx; activityId: number }): Promise<AgentTurn> {
  const r = await undoActivity({ ctx, input: { activityId } });
  return { conversationId: '', text: r.summary, results: [], approvals: [] };
}
