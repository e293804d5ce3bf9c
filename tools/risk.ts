// The risk classes decide what a model may do on its own. A person's own click (a Slack button, a web form,
// a confirmed approval) is never held back by them; only calls a model asks for are.
import type { Ctx } from '../src/context';
import type { RiskClass, ToolDescriptor } from './types';

/** Classes whose calls wait for the person whenever a model asks for them. */
export const CONFIRMED: readonly RiskClass[] = ['grantsAccess', 'sendsOutside', 'destroys'];

export const alwaysConfirmed = (risk: RiskClass) => CONFIRMED.includes(risk);
export const changesState = (risk: RiskClass) => risk !== 'read';

/** The class of one call. A check that fails (an unknown or ambiguous record) counts as the tool's most. */
export async function classifyCall(tool: ToolDescriptor, args: { ctx: Ctx; input: unknown; place?: string }): Promise<RiskClass> {
  if (!tool.riskOf) return tool.risk;
  try {
    const parsed = tool.input.safeParse(args.input);
    return parsed.success ? await tool.riskOf({ ...args, input: parsed.data }) : tool.risk;
  } catch {
    return tool.risk;
  }
}

/** grantsAccess when a change lets someone new into the portal (src/domain/portal/portal-reach.ts), else a plain write. */
export const grantsIf = async (reaches: Promise<boolean>): Promise<RiskClass> => ((await reaches) ? 'grantsAccess' : 'write');

/** Slack conversation ids are `slack:<team>:<channel>:...`; a D channel is a direct message with the app. */
export const isSlackChannel = (ctx: Ctx, place?: string) =>
  ctx.actor.channel === 'slack' && !/^slack:[^:]+:D/.test(place ?? '');
