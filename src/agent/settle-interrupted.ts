// A confirmed action whose process was killed while it ran stays "running" for ever: nobody can retry it and
// nobody is told. At start these are settled as failed with the reason, so the person sees it was cut off and
// can check the history before asking again (re-running could do it twice: the run and this row are not one
// transaction).
import type { Db } from '../db/client';
import { settleInterruptedApprovals as settleRows } from '../domain/approvals/approval-rows';
import type { ToolResult } from '../../tools/types';

export const INTERRUPTED: ToolResult = {
  ok: false,
  error: {
    code: 'interrupted',
    message: 'The server stopped while this was running, so it may or may not have taken effect. Check the client\'s history before asking again.',
  },
};

/** Marks approvals claimed before `claimedBefore` and still running as failed (interrupted); returns their ids. */
export async function settleInterruptedApprovals(db: Db, claimedBefore: Date): Promise<string[]> {
  return settleRows(db, claimedBefore, INTERRUPTED);
}
