// What the browser may see of a tool result: never a path on the server's disk (exportCsv's `path` is for
// Slack's server-side upload and the terminal); the file is reached through its downloadUrl instead. A client's
// card carries the labels of the client model (the browser bundle does not load the model), so the chat's card
// names its fields as the client page and Slack do ("Billing email", not "Email").
import type { ToolResult } from '../../../../tools/types';
import { labelAt } from '../../../domain/clients/client-forms';
import { labelOf, STATUS_LABELS } from '../../../domain/clients/value-labels';

const SERVER_KEYS = new Set(['path']);

function strip(v: unknown, depth: number): unknown {
  if (depth > 6 || !v || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => strip(x, depth + 1));
  return Object.fromEntries(Object.entries(v).filter(([k]) => !SERVER_KEYS.has(k)).map(([k, x]) => [k, strip(x, depth + 1)]));
}

/** The client card's field labels, by the view's keys. */
const CARD_FIELDS = ['email', 'phone', 'website', 'owner'] as const;

const withStatusLabel = (c: Record<string, unknown>) => ({ ...c, statusLabel: labelOf(STATUS_LABELS, c.status as string | undefined) });

function labelled(data: Record<string, unknown>): Record<string, unknown> {
  if (data.kind === 'clients' && Array.isArray(data.clients)) return { ...data, clients: data.clients.map(withStatusLabel) };
  const client = data.kind === 'client' ? (data.client as Record<string, unknown> | undefined) : undefined;
  if (!client) return data;
  const labels = Object.fromEntries(CARD_FIELDS.map((k) => [k, labelAt(k)]));
  return { ...data, client: { ...withStatusLabel(client), labels } };
}

export function webSafeResult<T extends ToolResult | unknown>(result: T): T {
  if (!result || typeof result !== 'object' || !('ok' in result) || !(result as { ok: unknown }).ok) return result;
  const r = result as unknown as Extract<ToolResult, { ok: true }>;
  return (r.data ? { ...r, data: labelled(strip(r.data, 0) as Record<string, unknown>) } : r) as T;
}
