// One tool part of an assistant message, by its AI SDK state: running (its input shown as it starts), waiting
// for the person (the SDK's approval request: Confirm / Cancel answer it with addToolApprovalResponse; the
// server decides from its own approval row), then the result card, or why it did not run.
import { useEffect, useState } from 'react';
import type { Turn } from './api';
import { ResultCard, type ToolResult } from './result-card';

export type ToolPartData = {
  type: string; toolCallId: string; state: string; input?: unknown; output?: unknown; errorText?: string;
  approval?: { id: string; approved?: boolean; descriptor?: { summary?: string; expiresAt?: string; state?: string } };
};
type Answer = (a: { id: string; approved: boolean }) => void | PromiseLike<void>;

const LABELS: Record<string, string> = {
  createClient: 'Adding the client', updateClient: 'Updating the client', findClients: 'Finding clients', showClient: 'Looking up the client',
  addNote: 'Adding a note', deleteClient: 'Deleting the client', addContact: 'Adding a contact', exportCsv: 'Exporting to CSV',
  createInvoice: 'Creating the invoice', recordPayment: 'Recording the payment', createProject: 'Creating the project',
};
/** "findClients" -> "Find clients", for tools without a label of their own. */
const label = (name: string) => LABELS[name] ?? name.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, (c) => c.toUpperCase());
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function Running({ name, input }: { name: string; input: unknown }) {
  const args = input && typeof input === 'object' ? Object.entries(input as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== '') : [];
  return (
    <div className="tool-call" data-tool={name} role="status">
      <span className="spinner" aria-hidden="true" /> <b className="tool-name">{label(name)}</b>
      {args.length ? <dl className="args">{args.map(([k, v]) => [<dt key={`${k}-k`}>{k}</dt>, <dd key={`${k}-v`}>{show(v)}</dd>])}</dl> : null}
    </div>
  );
}

const DONE: Record<string, string> = { confirmed: 'Confirmed', cancelled: 'Cancelled', expired: 'Expired', failed: 'Not run' };
type CardState = 'pending' | 'confirming' | 'cancelling' | 'confirmed' | 'cancelled' | 'expired' | 'failed';

/** Decided once the server answered (the part's output); a reopened card carries the stored state. */
function stateOf(part: ToolPartData, now: number): CardState {
  const d = part.approval?.descriptor;
  if (part.state === 'output-denied') return 'cancelled';
  if (part.state === 'output-error') return /expired/i.test(part.errorText ?? '') ? 'expired' : 'failed';
  if (part.state === 'output-available') return 'confirmed';
  if (d?.state === 'confirmed' || d?.state === 'cancelled' || d?.state === 'expired') return d.state;
  if (part.state === 'approval-responded') return part.approval?.approved ? 'confirming' : 'cancelling';
  if (d?.expiresAt && Date.parse(d.expiresAt) <= now) return 'expired';
  return 'pending';
}

function ApprovalCard({ part, answer, busy }: { part: ToolPartData; answer: Answer; busy: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  const state = stateOf(part, now);
  const left = Date.parse(part.approval?.descriptor?.expiresAt ?? '') - now;
  // Left open past its 10 minutes, the card says it expired instead of offering a button that cannot work.
  useEffect(() => {
    if (state !== 'pending' || !(left > 0 && left < 2 ** 31)) return;
    const t = setTimeout(() => setNow(Date.now()), left);
    return () => clearTimeout(t);
  }, [state, left]);
  const id = part.approval!.id;
  const decided = state in DONE;
  const title = state === 'pending' ? 'Please confirm'
    : state === 'confirming' || state === 'cancelling' ? <><span className="spinner" aria-hidden="true" /> {state === 'confirming' ? 'Confirming…' : 'Cancelling…'}</>
      : <span className={`badge done-${state}`}>{DONE[state]}</span>;
  return (
    <div className={`card approval${decided ? ` decided is-${state}` : ''}`} data-approval-id={id} data-state={state}>
      <h2>{title}</h2>
      <p>{part.approval?.descriptor?.summary ?? 'Confirm this action.'}</p>
      {state === 'failed' || (state === 'expired' && part.errorText) ? <p className="error-text">{part.errorText}</p> : null}
      {state === 'pending' ? (
        <div className="actions">
          <button type="button" className="danger" disabled={busy} onClick={() => answer({ id, approved: true })}>Confirm</button>
          <button type="button" disabled={busy} onClick={() => answer({ id, approved: false })}>Cancel</button>
        </div>
      ) : null}
    </div>
  );
}

export function ToolPart({ part, said, answer, busy, onTurn }: { part: ToolPartData; said: string; answer: Answer; busy: boolean; onTurn: (t: Turn) => void }) {
  const name = part.type.slice('tool-'.length);
  const result = part.state === 'output-available' ? <ResultCard toolName={name} result={part.output as ToolResult} said={said} onTurn={onTurn} /> : null;
  if (part.approval) return <><ApprovalCard part={part} answer={answer} busy={busy} />{result}</>;
  if (part.state === 'input-streaming' || part.state === 'input-available') return <Running name={name} input={part.input} />;
  if (part.state === 'output-error') return <div className="bubble error-text">{part.errorText}</div>;
  return result;
}
