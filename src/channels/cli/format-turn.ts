// An agent turn as plain terminal lines: the answer, what invoicing still needs, questions, pending confirmations.
import type { AgentTurn } from '../../agent/run-agent';

export function extraLines(turn: AgentTurn): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const { result } of turn.results) {
    if (!result.ok) continue;
    const labels = (result.missing ?? []).map((m) => m.label).filter((l) => !seen.has(l));
    for (const l of labels) seen.add(l);
    if (labels.length && !labels.every((l) => turn.text.includes(l))) lines.push(`Missing for invoicing: ${labels.join(', ')}`);
  }
  for (const { result } of turn.results) {
    if (!result.ok && result.error.candidates?.length && !turn.text.includes(result.error.candidates[0].label)) {
      lines.push(`Which one? ${result.error.candidates.map((c) => `${c.label}${c.detail ? ` (${c.detail})` : ''}`).join('; ')}`);
    }
  }
  // A file (exportCsv) is delivered on this machine: say where it is, since the answer names only the file.
  for (const { result } of turn.results) {
    const d = result.ok ? (result.data as { kind?: string; path?: unknown } | undefined) : undefined;
    if (d?.kind === 'file' && typeof d.path === 'string' && !turn.text.includes(d.path)) lines.push(`Saved to ${d.path}`);
  }
  const undo = turn.results.map((r) => (r.result.ok ? r.result.undo : undefined)).filter(Boolean).at(-1);
  if (undo && !turn.text.includes('"undo"')) lines.push(`(type "undo" to ${undo.label.charAt(0).toLowerCase()}${undo.label.slice(1)})`);
  return lines;
}

/** The last change of a turn that can be undone. */
export const lastUndo = (turn: AgentTurn) => turn.results.map((r) => (r.result.ok ? r.result.undo : undefined)).filter(Boolean).at(-1);
