// ": email evil@x.com, status active" for confirmation texts, so the card shows what a change sets, not only where.
export function changesText(changes: Record<string, unknown>): string {
  const parts = Object.entries(changes).filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${v === null ? '(cleared)' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  return parts.length ? `: ${parts.join(', ')}` : '';
}
