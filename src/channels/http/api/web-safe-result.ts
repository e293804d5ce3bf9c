// What the browser may see of a tool result: never a path on the server's disk (exportCsv's `path` is for
// Slack's server-side upload and the terminal); the file is reached through its downloadUrl instead.
import type { ToolResult } from '../../../../tools/types';

const SERVER_KEYS = new Set(['path']);

function strip(v: unknown, depth: number): unknown {
  if (depth > 6 || !v || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => strip(x, depth + 1));
  return Object.fromEntries(Object.entries(v).filter(([k]) => !SERVER_KEYS.has(k)).map(([k, x]) => [k, strip(x, depth + 1)]));
}

export function webSafeResult<T extends ToolResult | unknown>(result: T): T {
  if (!result || typeof result !== 'object' || !('ok' in result) || !(result as { ok: unknown }).ok) return result;
  const r = result as unknown as Extract<ToolResult, { ok: true }>;
  return (r.data ? { ...r, data: strip(r.data, 0) } : r) as T;
}
