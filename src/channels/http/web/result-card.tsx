// A tool's result as the chat shows it: a card by the data's kind (client, clients table, contacts, file,
// follow-ups, record) or its failure with candidates, and Undo on every change. React escapes every value people or the
// model wrote; nothing here is set as HTML.
import { type ReactNode, useState } from 'react';
import { postJson, type Turn } from './api';

type Total = { currency: string; revenue?: number; outstanding?: number };
type Client = Record<string, any> & { id: number; name: string; number?: string; status?: string; totals?: Total[] };
export type ToolResult = { ok: boolean; text?: string; data?: Record<string, any>; missing?: Array<{ field: string; label: string }>;
  undo?: { activityId: number; label: string }; error?: { message?: string; candidates?: Array<{ label: string; detail?: string }> } };

const money = (n: number | undefined, cur: string) => {
  try { return new Intl.NumberFormat(undefined, { style: 'currency', currency: cur || 'USD' }).format(n || 0); } catch { return `${n} ${cur}`; }
};
/** One figure per currency the client was invoiced in; never a sum across currencies. */
const figures = (c: Client, key: 'revenue' | 'outstanding') =>
  (c.totals || []).filter((t) => t[key]).map((t) => money(t[key], t.currency)).join(' · ') || null;
const Badge = ({ text, cls = '' }: { text: string; cls?: string }) => <span className={`badge ${cls}`}>{text}</span>;
const clientHref = (c: { id: number }) => `/clients/${encodeURIComponent(c.id)}`;
/** Which card of the client page holds a missing field ("Add details" opens it). */
const cardFor = (field: string) => (field === 'name' ? 'identity' : field === 'contactName' ? 'contacts' : 'billing');

function MissingBanner({ client, missing }: { client: Client; missing?: ToolResult['missing'] }) {
  if (!missing?.length) return null;
  const card = cardFor(missing[0].field);
  return (
    <div className="banner" role="status">
      <span>Missing for invoicing: {missing.map((m) => m.label).join(', ')}</span>
      <a className="button" href={`${clientHref(client)}?edit=${card}#${card}`}>Add details</a>
    </div>
  );
}

function ContactItem({ ct }: { ct: Record<string, any> }) {
  return (
    <li>
      <span>{ct.name || ct.email || 'Contact'}</span>
      {ct.email && ct.name ? <span className="muted"> {ct.email}</span> : null}
      {ct.isPrimary ? <Badge text="primary" /> : null}
      {ct.isBillingDefault ? <Badge text="billing" cls="billing" /> : null}
      {ct.portalEnabled ? <Badge text="portal" cls="portal" /> : null}
    </li>
  );
}

function ClientCard({ c, missing }: { c: Client; missing?: ToolResult['missing'] }) {
  const addr = [c.address?.city || c.city, c.address?.country || c.country].filter(Boolean).join(', ');
  // Labels from the client model, sent with the card (api/web-safe-result.ts).
  const label = (key: string, fallback: string) => (c.labels?.[key] as string | undefined) ?? fallback;
  const rows = [[label('email', 'Email'), c.email], [label('phone', 'Phone'), c.phone], [label('website', 'Website'), c.website], ['Location', addr],
    [label('owner', 'Owner'), c.ownerName],
    ['Outstanding', figures(c, 'outstanding')], ['Revenue', figures(c, 'revenue')]].filter(([, v]) => v);
  return (
    <div className="card client-card" data-client-id={c.id}>
      <MissingBanner client={c} missing={missing ?? c.missingForInvoicing} />
      <h2>
        <a href={clientHref(c)}>{c.name}</a><span className="muted">#{c.number}</span>
        {c.status ? <Badge text={c.statusLabel || c.status} cls={`status-${c.status}`} /> : null}{c.archived ? <Badge text="archived" /> : null}
      </h2>
      <dl className="fields">{rows.map(([k, v]) => [<dt key={`${k}-t`}>{k}</dt>, <dd key={`${k}-d`}>{v}</dd>])}</dl>
      {c.contacts?.length ? <ul className="plain contacts">{c.contacts.map((ct: any, i: number) => <ContactItem key={ct.id ?? i} ct={ct} />)}</ul> : null}
      {c.followUps?.length ? <FollowUpList items={c.followUps} withClient={false} /> : null}
    </div>
  );
}

type FollowUp = { id: number; clientId: number; clientName: string; text: string; dueOn: string; owner?: string | null; overdue?: boolean };
/** Open follow-ups, soonest first, overdue marked; with their client's link where they are of several clients. */
function FollowUpList({ items, withClient }: { items: FollowUp[]; withClient: boolean }) {
  return (
    <ul className="plain history follow-ups">{items.map((f) => (
      <li key={f.id} data-follow-up={f.id}>
        <span className="when">{f.dueOn}</span>
        <span>{withClient ? <><a href={`${clientHref({ id: f.clientId })}#follow-ups`}>{f.clientName}</a>: </> : null}{f.text}</span>
        {f.overdue ? <Badge text="overdue" cls="status-past" /> : null}
        {f.owner ? <span className="muted">{f.owner}</span> : null}
      </li>
    ))}</ul>
  );
}

const HEAD = ['#', 'Name', 'Status', 'Location', 'Invoices', 'Revenue', 'Outstanding', 'Last activity'];
function ClientsTable({ data }: { data: Record<string, any> }) {
  if (!data.clients?.length) return <div className="card muted">No clients match.</div>;
  return (
    <div className="card table-scroll">
      <table className="results">
        <thead><tr>{HEAD.map((h, i) => <th key={h} className={i >= 4 && i <= 6 ? 'num' : ''}>{h}</th>)}</tr></thead>
        <tbody>{data.clients.map((c: Client) => (
          <tr key={c.id}>
            <td>{c.number}</td><td><a href={clientHref(c)}>{c.name}</a></td>
            <td>{c.status ? <Badge text={c.statusLabel || c.status} cls={`status-${c.status}`} /> : null}</td>
            <td>{[c.city, c.country].filter(Boolean).join(', ')}</td>
            <td className="num">{String(c.invoiceCount ?? 0)}</td><td className="num">{figures(c, 'revenue') || '—'}</td>
            <td className="num">{figures(c, 'outstanding') || '—'}</td><td>{c.lastActivityAt ? String(c.lastActivityAt).slice(0, 10) : ''}</td>
          </tr>
        ))}</tbody>
      </table>
      {data.over || data.total > data.clients.length ? <p className="muted">Showing {data.clients.length} of {data.over ? 'over ' : ''}{Number(data.total).toLocaleString('en')}.</p> : null}
    </div>
  );
}

function FileCard({ d }: { d: Record<string, any> }) {
  const href = d.downloadUrl || d.url || (d.id ? `/files/exports/${encodeURIComponent(d.id)}` : undefined);
  return (
    <div className="card file-card">
      <a className="button primary" href={href} download={d.filename || ''}>Download {d.filename || 'CSV'}</a>
      <span className="muted"> {d.rows ?? ''} rows</span>
    </div>
  );
}

export function UndoButton({ undo, onTurn }: { undo: { activityId: number }; onTurn: (t: Turn) => void }) {
  const [state, setState] = useState<{ busy?: boolean; done?: boolean; error?: string }>({});
  const click = async () => {
    setState({ busy: true });
    try { onTurn(await postJson(`/api/undo/${encodeURIComponent(undo.activityId)}`)); setState({ done: true }); }
    catch (err) { setState({ error: (err as Error).message }); }
  };
  return (
    <>
      <button type="button" className="undo" disabled={state.busy || state.done} onClick={click}>{state.done ? 'Undone' : 'Undo'}</button>
      {state.error ? <span className="error-text"> {state.error}</span> : null}
    </>
  );
}

/** A change's text and its Undo. When the answer already says it, the message puts Undo alone under the answer. */
export function UndoRow({ result, onTurn, bare = false }: { result: ToolResult; onTurn: (t: Turn) => void; bare?: boolean }) {
  if (!result.undo) return null;
  return (
    <div className="undo-row">
      {bare ? null : <span className="muted">{result.text} </span>}
      <UndoButton undo={result.undo} onTurn={onTurn} />
    </div>
  );
}

/**
 * One tool result. `said` is the answer's own text: a failure's line or a change's text beside Undo is left out
 * when the answer already says it (the model usually repeats the tool's message).
 */
export function ResultCard({ toolName, result, said, onTurn }: { toolName: string; result: ToolResult; said: string; onTurn: (t: Turn) => void }) {
  if (!result || typeof result !== 'object') return null;
  let body: ReactNode = null;
  if (result.ok === false) {
    const e = result.error || {};
    const message = e.message || 'That did not work.';
    return (
      <div className="result" data-tool={toolName}>
        {said.includes(message) ? null : <div className="bubble error-text">{message}</div>}
        {e.candidates?.length ? <ul className="plain candidates">{e.candidates.map((c) => <li key={`${c.label}-${c.detail ?? ''}`}>{c.label}{c.detail ? ` (${c.detail})` : ''}</li>)}</ul> : null}
      </div>
    );
  }
  const d = result.data;
  if (d?.kind === 'client') body = <ClientCard c={d.client} missing={result.missing} />;
  else if (d?.kind === 'clients') body = <ClientsTable data={d} />;
  else if (d?.kind === 'contacts') body = <div className="card"><h2>Contacts at {d.client?.name ?? ''}</h2><ul className="plain contacts">{(d.contacts || []).map((ct: any, i: number) => <ContactItem key={ct.id ?? i} ct={ct} />)}</ul></div>;
  else if (d?.kind === 'file') body = <FileCard d={d} />;
  else if (d?.kind === 'followUps') body = d.items?.length ? <div className="card"><FollowUpList items={d.items} withClient /></div> : null;
  else if (d?.kind === 'record' && d.client) body = <div className="card"><span>{d.label}</span> · <a href={clientHref(d.client)}>{d.client.name}</a></div>;
  return (
    <div className="result" data-tool={toolName}>
      {body}
      {result.undo && !said.includes(result.text ?? '') ? <UndoRow result={result} onTurn={onTurn} /> : null}
    </div>
  );
}
