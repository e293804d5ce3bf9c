// The chat page: the conversation list (a drawer on phones) and the open conversation. The URL's ?c= names
// the open conversation, so a reload or a shared link reopens it.
import type { UIMessage } from 'ai';
import { useCallback, useEffect, useState } from 'react';
import { type ConversationEntry, listConversations, newConversationId, readConversation } from './api';
import { Conversation } from './conversation';

// "Today 14:05", "Mon 14:05" this week, "3 Mar 14:05" before: enough to tell same-titled conversations apart.
function when(iso: string, seconds = false) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined });
  const days = (Date.now() - d.getTime()) / 864e5;
  if (d.toDateString() === new Date().toDateString()) return `Today ${time}`;
  if (days < 6) return `${d.toLocaleDateString(undefined, { weekday: 'short' })} ${time}`;
  return `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: days > 300 ? 'numeric' : undefined })} ${time}`;
}

type Open = { id: string; messages: UIMessage[] };

export function ChatPage() {
  const [list, setList] = useState<ConversationEntry[]>([]);
  const [open, setOpen] = useState<Open | null>(null);
  const [drawer, setDrawer] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(() => { listConversations().then(setList).catch(() => {}); }, []);
  const start = useCallback(() => {
    history.replaceState(null, '', '/');
    setOpen({ id: newConversationId(), messages: [] });
    setDrawer(false);
  }, []);
  const show = useCallback(async (id: string) => {
    setDrawer(false);
    try {
      const conv = await readConversation(id);
      history.replaceState(null, '', `/?c=${encodeURIComponent(id)}`);
      setLoadError(null);
      setOpen({ id: conv.id, messages: conv.messages });
    } catch (err) {
      setLoadError((err as Error).message);
      start();
    }
  }, [start]);

  useEffect(() => {
    refresh();
    const c = new URLSearchParams(location.search).get('c');
    if (c) void show(c);
    else start();
  }, [refresh, show, start]);

  // Same title in the same minute: the seconds tell them apart.
  const seen = new Map<string, number>();
  for (const c of list) { const k = `${c.title}\n${when(c.updatedAt)}`; seen.set(k, (seen.get(k) ?? 0) + 1); }

  return (
    <div className={`chat${drawer ? ' drawer-open' : ''}`}>
      <aside id="conversation-list" aria-label="Conversations">
        <button type="button" id="new-chat" className="primary" onClick={start}>New conversation</button>
        <div id="conversations">
          {list.map((c) => (
            <button key={c.id} type="button" className={c.id === open?.id ? 'on' : ''} title={c.title} onClick={() => void show(c.id)}>
              <span className="title">{c.title}</span>
              <span className="when">{when(c.updatedAt, (seen.get(`${c.title}\n${when(c.updatedAt)}`) ?? 0) > 1)}</span>
            </button>
          ))}
        </div>
      </aside>
      <button type="button" className="drawer-toggle" aria-controls="conversation-list" aria-expanded={drawer} onClick={() => setDrawer(!drawer)}>
        {drawer ? 'Close' : `Conversations (${list.length})`}
      </button>
      {loadError ? <p className="error-text" role="alert">{loadError}</p> : null}
      {open ? <Conversation key={open.id} id={open.id} initial={open.messages} onSaved={refresh} /> : null}
    </div>
  );
}
