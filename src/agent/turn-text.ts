// Plain sentences the agent adds itself: the confirmation request and a fallback when the model wrote nothing.
import type { ToolResult } from '../../tools/types';
import type { PendingApproval } from './approvals';

export function approvalRequestText(approvals: PendingApproval[]): string {
  return approvals.map((a) =>
    `Nothing has changed yet. This will ${lowerFirst(a.summary)}. Confirm to go ahead or cancel; the request expires in 10 minutes.`).join('\n');
}

export function resultsText(results: Array<{ result: ToolResult }>): string {
  return results.map(({ result }) => (result.ok ? result.text : `That did not work: ${result.error.message}`)).join('\n');
}

export function outcomeText(summary: string, result: ToolResult): string {
  if (!result.ok) return `Could not ${lowerFirst(summary)}: ${result.error.message}`;
  return result.undo ? `${result.text} You can undo this.` : result.text;
}

const lowerFirst = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);
