// The unit the intent matchers work on: one action's worth of text, with what it can refer back to.
import type { PlannedCall } from '../types';

export type Clause = {
  /** Cleaned text of this clause. */
  text: string;
  today: Date;
  /** The whole message came through `/client`. */
  slash: boolean;
  /** The client an earlier clause of the same message acted on ("... and invite them"). */
  previousClient?: string;
  /** True when that client is being created in this same message (it has no contacts yet). */
  previousCreated?: boolean;
};

export type Matcher = (c: Clause) => PlannedCall[] | null;

export const call = (tool: string, args: Record<string, unknown>): PlannedCall[] => [{ tool, args: prune(args) }];

export function prune(args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) {
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return out;
}

/** The name span before a boundary word: used for "<client> paid ...", "<client> is active now". */
export const NAME = String.raw`(.+?)`;
