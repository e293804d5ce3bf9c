/** @jsxImportSource hono/jsx */
// The overview's Messages card (issue 14): the last few messages of the client's thread, team messages the
// contact has not read yet marked "New", and a link to the whole thread. hono/jsx escapes the bodies.
import type { MessageView } from '../../../domain/messages/message-views';

/** Messages the card shows; the thread itself is on /portal/messages. */
export const CARD_MESSAGES = 3;
const PREVIEW_CHARS = 160;

const preview = (body: string) => (body.length > PREVIEW_CHARS ? `${body.slice(0, PREVIEW_CHARS - 1)}…` : body);

const CardMessage = ({ m, brand }: { m: MessageView; brand: string }) => (
  <li id={`m-${m.id}`} class={m.unreadByClient ? 'unread' : ''}>
    {m.unreadByClient && <><span class="badge due">New</span> </>}<strong>{m.authorName}</strong>{' '}
    <span class="muted">· {m.from === 'client' ? 'you or your team' : brand} · <time datetime={m.createdAt}>{m.createdAt.slice(0, 10)}</time></span>
    <span class="message-preview">{preview(m.body)}</span>
  </li>
);

export function MessagesCard({ brand, thread }: { brand: string; thread: { messages: MessageView[]; total: number; newForClient: number } }) {
  // Over the whole thread, not only the few shown here.
  const unread = thread.newForClient;
  const shown = thread.messages.length;
  return (
    <section class="card" id="messages">
      <h2>Messages{unread ? <> <span class="badge due">{unread} new</span></> : null}</h2>
      {shown ? <ul class="plain messages">{thread.messages.map((m) => <CardMessage key={m.id} m={m} brand={brand} />)}</ul> : <p class="muted">No messages yet.</p>}
      <p class="card-more">
        <a href="/portal/messages">{shown ? `All messages${thread.total > shown ? ` (${thread.total})` : ''}` : `Write to ${brand}`}</a>
      </p>
    </section>
  );
}
