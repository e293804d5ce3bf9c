// One conversation: the AI SDK's useChat against POST /api/chat (the stock DefaultChatTransport; the chat id is
// the conversation id), the messages with their tool parts, a working state from the moment a message is sent,
// Stop, and suggestions while the conversation is empty. A CSV attached is uploaded for import, then sent as a
// data part naming the upload; the server shows its dry run, and "yes" answers it.
import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, lastAssistantMessageIsCompleteWithApprovalResponses, type UIMessage } from 'ai';
import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type Turn, uploadCsv } from './api';
import { Markdown } from './markdown';
import { type ToolResult, UndoRow } from './result-card';
import { ToolPart, type ToolPartData } from './tool-part';

const SUGGESTIONS = ['list my clients', 'add Acme Corp, jane@acme.com', 'inactive clients in Germany', 'export clients to CSV'];

const textOf = (m: UIMessage) => m.parts.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text).join('\n');
const attachedName = (m: UIMessage) => (m.parts.find((p) => p.type === 'data-import') as { data?: { filename?: string } } | undefined)?.data?.filename;

/** A confirmation, cancel or undo answered by a JSON route: shown as the newest answer. */
const turnMessage = (turn: Turn): UIMessage => ({
  id: `turn-${crypto.randomUUID()}`, role: 'assistant',
  parts: [
    ...(turn.text ? [{ type: 'text' as const, text: turn.text }] : []),
    ...turn.results.map((r, i) => ({ type: `tool-${r.toolName}`, toolCallId: `turn-${i}`, state: 'output-available', input: {}, output: r.result }) as never),
  ],
});

export function Conversation({ id, initial, onSaved }: { id: string; initial: UIMessage[]; onSaved: () => void }) {
  const transport = useMemo(() => new DefaultChatTransport({ api: '/api/chat' }), []);
  const { messages, setMessages, sendMessage, addToolApprovalResponse, stop, status, error, clearError } = useChat({
    id, messages: initial, transport,
    // An answered confirmation goes straight back to the server, which decides it from its own record.
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    onFinish: () => onSaved(),
  });
  const [input, setInput] = useState('');
  const log = useRef<HTMLDivElement>(null);
  const busy = status === 'submitted' || status === 'streaming';
  const waitingFirstByte = status === 'submitted' && messages.at(-1)?.role === 'user';

  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { box.current?.focus(); }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new part or state scrolls the newest into view
  useEffect(() => { log.current?.scrollTo({ top: log.current.scrollHeight }); }, [messages, status]);

  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const started = () => { if (!messages.length) history.replaceState(null, '', `/?c=${encodeURIComponent(id)}`); };

  const send = (text: string) => {
    const t = text.trim();
    if (!t || busy || uploading) return;
    clearError();
    setUploadError(null);
    setInput('');
    started();
    void sendMessage({ text: t });
  };
  const attach = async (file: File | undefined) => {
    if (!file || busy || uploading) return;
    clearError();
    setUploadError(null);
    setUploading(true);
    try {
      const { importId } = await uploadCsv(file);
      const t = input.trim();
      setInput('');
      started();
      void sendMessage({ parts: [...(t ? [{ type: 'text' as const, text: t }] : []), { type: 'data-import', data: { importId, filename: file.name } }] });
    } catch (err) {
      setUploadError((err as Error).message);
    } finally {
      setUploading(false);
      if (picker.current) picker.current.value = '';
    }
  };
  const submit = (e: FormEvent) => { e.preventDefault(); send(input); };
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) { e.preventDefault(); send(input); }
  };
  const onTurn = (turn: Turn) => { setMessages((ms) => [...ms, turnMessage(turn)]); onSaved(); };

  return (
    <section className="pane" aria-busy={busy}>
      <div id="log" ref={log} aria-live="polite">
        {!messages.length ? (
          <div id="hint">
            <p className="muted">Ask in plain English, or start with one of these:</p>
            <div className="suggestions">
              {SUGGESTIONS.map((s) => <button key={s} type="button" className="suggestion" onClick={() => send(s)}>{s}</button>)}
            </div>
          </div>
        ) : null}
        {messages.map((m, i) => {
          if (m.role === 'user') {
            const file = attachedName(m);
            return <div key={m.id} className="msg user"><div className="bubble">{textOf(m)}{file ? <span className="attachment">{file}</span> : null}</div></div>;
          }
          const live = busy && i === messages.length - 1;
          const said = textOf(m);
          return (
            <div key={m.id} className="msg assistant" data-done={live ? undefined : '1'}>
              {m.parts.map((p, j) => {
                // Text parts have no id of their own; their place in the message is stable.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                if (p.type === 'text') return (p as { text: string }).text.trim() ? <Markdown key={`text-${j}`} text={(p as { text: string }).text} /> : null;
                if (!p.type.startsWith('tool-')) return null;
                return <ToolPart key={(p as ToolPartData).toolCallId} part={p as ToolPartData} said={said} busy={busy} answer={addToolApprovalResponse} onTurn={onTurn} />;
              })}
              {m.parts.map((p) => {
                const r = (p as ToolPartData).state === 'output-available' ? ((p as ToolPartData).output as ToolResult) : null;
                return r?.undo && said.includes(r.text ?? '') ? <UndoRow key={`undo-${(p as ToolPartData).toolCallId}`} result={r} onTurn={onTurn} bare /> : null;
              })}
              {live ? <div className="working" role="status"><span className="spinner" aria-hidden="true" /> Working…</div> : null}
            </div>
          );
        })}
        {waitingFirstByte ? <div className="msg assistant pending"><div className="working" role="status"><span className="spinner" aria-hidden="true" /> Working…</div></div> : null}
        {error || uploadError ? <div className="msg assistant" data-done="1"><div className="bubble error-text">{uploadError ?? readError(error!)}</div></div> : null}
      </div>
      <form className="composer" id="composer" onSubmit={submit}>
        <textarea id="input" name="text" value={input} onChange={(e) => setInput(e.target.value)} onKeyDown={onKey} ref={box}
          placeholder="Message Clientele (Enter sends, Shift+Enter for a new line)" aria-label="Message" />
        <input type="file" id="attach-file" accept=".csv,text/csv" hidden ref={picker} onChange={(e) => void attach(e.target.files?.[0])} />
        <button type="button" id="attach" title="Attach a CSV of clients to import" disabled={busy || uploading} onClick={() => picker.current?.click()}>
          {uploading ? 'Uploading…' : 'Attach CSV'}
        </button>
        {busy
          ? <button type="button" id="stop" onClick={() => void stop()}>Stop</button>
          : <button type="submit" className="primary" id="send">Send</button>}
      </form>
    </section>
  );
}

/** The API's JSON error ({ error: { message } }) when there is one, else the SDK's message. */
function readError(error: Error): string {
  try { return JSON.parse(error.message)?.error?.message ?? error.message; } catch { return error.message || 'The connection dropped. Try again.'; }
}
