/** @jsxImportSource hono/jsx */
// The portal's Messages page: the client's thread with the team (oldest first, the newest in view) and a form to
// answer. Bodies are plain text: hono/jsx escapes them and pre-wrap (portal.css) keeps their line breaks.
import type { MessageView } from '../../../domain/messages/message-views';
import { MAX_MESSAGE_CHARS } from '../../../domain/messages/message-rules';
import type { SignedIn } from './portal-dashboard-pages';
import { PortalLayout } from './portal-layout';

const When = ({ iso }: { iso: string }) => <time datetime={iso}>{iso.slice(0, 16).replace('T', ' ')} UTC</time>;

function Bubble({ m, brand }: { m: MessageView; brand: string }) {
  const mine = m.from === 'client';
  return (
    <li id={`m-${m.id}`} class={`message ${mine ? 'mine' : 'team'}`}>
      <p class="muted meta"><strong>{m.authorName}</strong> · {mine ? 'you or your team' : brand} · <When iso={m.createdAt} /></p>
      <p class="body">{m.body}</p>
    </li>
  );
}

export type MessagesPageState = { text?: string; error?: string; sent?: boolean };

export function messagesPage(s: SignedIn, thread: { messages: MessageView[]; total: number }, state: MessagesPageState = {}) {
  const earlier = thread.total - thread.messages.length;
  return (
    <PortalLayout frame={{ title: 'Messages', brand: s.brand, signedIn: { clientName: s.clientName, csrf: s.csrf, active: 'messages' } }}>
      <h1>Messages</h1>
      <p class="muted">Your conversation with {s.brand} about {s.clientName}. Everyone at {s.clientName} with portal access sees it.</p>
      {state.sent && <p class="notice" role="status">Sent. {s.brand} has your message.</p>}
      <section class="card" id="thread">
        {earlier > 0 && <p class="muted">{earlier} earlier message{earlier === 1 ? '' : 's'} not shown.</p>}
        {thread.messages.length
          ? <ul class="plain messages thread">{thread.messages.map((m) => <Bubble key={m.id} m={m} brand={s.brand} />)}</ul>
          : <p class="muted">No messages yet. Write the first one below.</p>}
      </section>
      <section class="card" id="reply">
        <form method="post" action="/portal/messages">
          <input type="hidden" name="csrf" value={s.csrf} />
          <label for="text">Your message</label>
          <textarea id="text" name="text" maxlength={MAX_MESSAGE_CHARS} required class="reply-text">{state.text ?? ''}</textarea>
          {state.error && <p class="error" role="alert">{state.error}</p>}
          <button type="submit">Send</button>
        </form>
      </section>
    </PortalLayout>
  );
}
