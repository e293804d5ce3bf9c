// A chat turn's limits. Everywhere a turn stops after MAX_STEPS model steps. Where the platform cuts a request off
// (Workers: deps.budget) it is kept short instead: fewer steps and a deadline, and the answer says why it ends there.
// A stop never leaves a change half made: each tool's write is one transaction.
import { isStepCount, type StopCondition } from 'ai';
import type { AppDeps } from '../deps';

export const MAX_STEPS = 8;

export type TurnBudget = {
  stopWhen: StopCondition<any, any>;
  /** The person's stop (a closed connection), and the deadline if any. */
  signal?: AbortSignal;
  /** Whether the step limit, not the model, ended the loop (only under a budget). */
  capped(): boolean;
  /** Why the answer ends here, in the person's words. */
  text(reason: 'steps' | 'time'): string;
};

export function turnBudget(deps: Pick<AppDeps, 'budget'>, abortSignal?: AbortSignal): TurnBudget {
  const limits = deps.budget;
  if (!limits) return { stopWhen: isStepCount(MAX_STEPS), signal: abortSignal, capped: () => false, text: () => '' };
  const atLimit = isStepCount(limits.turnSteps);
  const deadline = AbortSignal.timeout(limits.turnMs);
  let capped = false;
  const seconds = Math.round(limits.turnMs / 100) / 10;
  return {
    // Asked only when the model wants another step after its tools ran.
    stopWhen: async (o) => (capped = await atLimit(o)),
    signal: abortSignal ? AbortSignal.any([abortSignal, deadline]) : deadline,
    capped: () => capped,
    text: (reason) =>
      `I stopped here: on this server one answer may take at most ${reason === 'steps' ? `${limits.turnSteps} steps` : `${seconds} second${seconds === 1 ? '' : 's'}`}. ` +
      'What was done so far is saved and nothing is left half done; ask me to go on if there is more to do.',
  };
}

/** `answer` with `text` added as its own paragraph, told to the channel as it is added. */
export function addBudgetText(answer: string, text: string, emit: (e: { type: 'text-delta'; delta: string }) => void): string {
  const delta = answer.trim() ? `\n\n${text}` : text;
  emit({ type: 'text-delta', delta });
  return answer + delta;
}
