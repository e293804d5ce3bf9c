// A tool call in words, for the choices the reader offers ("archive the client Brightline Tooling").
// Registered tools describe themselves; the rest get a plain sentence from their arguments.
import { registry } from '../../../../tools/index';
import type { PlannedCall } from '../types';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function describeCall(call: PlannedCall): string {
  const tool = (registry as Record<string, { summarize: (i: never) => string } | undefined>)[call.tool];
  if (tool) {
    try { return lowerFirst(tool.summarize(call.args as never)); } catch { /* fall through to the plain form */ }
  }
  const words = call.tool.replace(/([A-Z])/g, ' $1').toLowerCase();
  const args = Object.entries(call.args).filter(([, v]) => typeof v !== 'object').map(([k, v]) => `${k} ${v}`).join(', ');
  return args ? `${words} (${args})` : words;
}
