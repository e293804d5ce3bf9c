// Writes the offline model's answer after the tools ran: what was done to which record, what the client still
// lacks for invoicing, the candidates when a reference was ambiguous, errors in plain words, and a next step.
import type { ToolOutcome } from './read-prompt';

type Result = {
  ok?: boolean;
  text?: string;
  data?: { kind?: string; client?: { name?: string }; total?: number; [k: string]: unknown };
  missing?: Array<{ field: string; label: string }>;
  undo?: { activityId: number; label: string };
  error?: { code?: string; message?: string; candidates?: Array<{ id: number; label: string; detail?: string }>; issues?: Array<{ field: string; message: string }> };
};

function clientName(o: ToolOutcome, r: Result): string | undefined {
  const input = (o.input ?? {}) as Record<string, unknown>;
  return r.data?.client?.name ?? (typeof input.client === 'string' ? input.client : typeof input.name === 'string' ? input.name : undefined);
}

function list(items: string[], joiner = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** "Billing address: street", "Billing address: city" -> "billing address (street, city)"; others as they are. */
export function groupMissing(missing: Array<{ label: string }>): string[] {
  const groups: Array<{ head: string; parts: string[] }> = [];
  for (const m of missing) {
    const [head, part] = m.label.split(/:\s*/, 2);
    const key = head.toLowerCase();
    const g = groups.find((x) => x.head === key && part !== undefined && x.parts.length);
    if (g) g.parts.push(part.toLowerCase());
    else groups.push({ head: key, parts: part !== undefined ? [part.toLowerCase()] : [] });
  }
  return groups.map((g) => (g.parts.length ? `${g.head} (${g.parts.join(', ')})` : g.head));
}

/** Sentences the parser reads back into updateClient, one per kind of missing detail. */
function examplesFor(name: string, missing: Array<{ field: string }>): { what: string[]; say: string[] } {
  const what: string[] = [];
  const say: string[] = [];
  const has = (re: RegExp) => missing.some((m) => re.test(m.field));
  if (has(/^email$/)) { what.push('billing email'); say.push(`"${name}'s email is billing@example.com"`); }
  if (has(/^address\b/)) { what.push('billing address'); say.push(`"${name} is at 1 Main St, 10115 Berlin, Germany"`); }
  if (has(/^currency$/)) { what.push('billing currency'); say.push(`"${name}'s billing currency is EUR"`); }
  return { what, say };
}

function nextStep(o: ToolOutcome, r: Result): string | undefined {
  const name = clientName(o, r);
  const missing = r.missing ?? [];
  if (missing.length && name) {
    const { what, say } = examplesFor(name, missing);
    if (say.length) return `Next: tell me the ${list(what, 'and')}, e.g. ${list(say, 'and')}.`;
  }
  switch (o.toolName) {
    case 'createClient': return name ? `Next: add a contact ("add Jane Doe, jane@example.com to ${name}").` : undefined;
    case 'addContact': return name ? `Next: invite them to the portal ("invite ${name} to the portal").` : undefined;
    case 'findClients': return r.data?.total ? 'Say "show <name>" to open one.' : 'Try fewer filters, or "find <part of a name>".';
    case 'createProject': return name ? `Next: invoice it ("invoice ${name} 1,000 for ...").` : undefined;
    case 'draftOutreach': return 'Edit the draft if needed, then send it to the primary contact.';
    default: return undefined;
  }
}

function describeFailure(o: ToolOutcome, r: Result): string {
  const e = r.error ?? {};
  if (e.code === 'ambiguous' && e.candidates?.length) {
    const names = e.candidates.slice(0, 6).map((c) => (c.detail ? `${c.label} (${c.detail})` : c.label));
    return `${e.message ?? 'That matches several records.'} Which one did you mean: ${list(names)}? Nothing was changed.`;
  }
  if (e.code === 'not_found') return `${e.message ?? 'I could not find that.'} Check the spelling, or search with "find <part of the name>".`;
  if (e.code === 'forbidden') return `${e.message ?? 'You are not allowed to do that.'} Ask an owner or admin if you need it.`;
  if (e.code === 'denied') return `Cancelled: ${o.toolName} did not run, nothing changed.`;
  if (e.code === 'needs_confirmation') return `${e.message ?? 'This needs your confirmation.'} Nothing has changed yet: confirm or cancel.`;
  if (e.code === 'expired') return `${e.message ?? 'That confirmation expired.'} Ask again if you still want it.`;
  if (e.code === 'invalid' && e.issues?.length) {
    return `I could not do that: ${e.issues.map((i) => `${i.field} ${i.message}`).join('; ')}. Nothing was changed.`;
  }
  if (e.code === 'duplicate') return `${e.message ?? 'That record already exists.'} Say "add it anyway" to create a second one.`;
  return `That did not work: ${e.message ?? 'an unexpected error.'} Nothing was changed.`;
}

function describe(o: ToolOutcome, surface: string | undefined): string {
  const r = (o.result ?? {}) as Result;
  if (r.ok === false) return describeFailure(o, r);
  const lines: string[] = [r.text?.trim() || `${o.toolName} done.`];
  if (r.missing?.length) lines.push(`Still missing for invoicing: ${list(groupMissing(r.missing), 'and')}.`);
  const next = nextStep(o, r);
  if (next) lines.push(next);
  // Web and Slack show an Undo button under the answer; only the terminal needs to be told the word.
  if (r.undo && surface === 'cli') lines.push(`You can undo this ("undo").`);
  return lines.join('\n');
}

/** The answer after tools ran; `surface` is where it is read ("cli", "web", "slack"), from the system prompt. */
export function composeReply(outcomes: ToolOutcome[], surface?: string): string {
  if (!outcomes.length) return 'Done.';
  return outcomes.map((o) => describe(o, surface)).join('\n\n');
}
