// The client page's Messages card: the client's thread with its portal contacts (oldest first) and a reply box.
// Sending reaches people outside the team (the portal and their inbox), so the page asks once before it sends.
// Bodies are plain text, escaped by hono/html; pre-wrap (app.css) keeps their line breaks.
import { html } from 'hono/html';
import { MAX_MESSAGE_CHARS } from '../../../../domain/messages/message-rules';
import type { MessageView } from '../../../../domain/messages/message-views';
import { readableTime } from './readable-time';

export type MessagesCardState = { messages: MessageView[]; total: number; newForTeam: number; portalContacts: number; confirmText?: string | null };

const row = (m: MessageView) => html`<li class="message from-${m.from}${m.unreadByTeam ? ' unread' : ''}" id="message-${m.id}">
    <span class="muted">${m.unreadByTeam ? html`<span class="badge warn">New</span> ` : ''}<strong>${m.authorName}</strong> · ${m.from === 'client' ? 'client' : 'team'} · ${readableTime(m.createdAt)}</span>
    <div class="message-body">${m.body}</div></li>`;

export function messagesCard(clientId: number, clientName: string, s: MessagesCardState) {
  const earlier = s.total - s.messages.length;
  const who = s.portalContacts === 1 ? 'its portal contact gets an email' : `its ${s.portalContacts} portal contacts get an email`;
  const confirm = s.confirmText ? html`<div class="confirm-box" role="alertdialog" id="confirm-message">
      <p>Send this to ${clientName}? ${s.portalContacts ? `It shows in the portal and ${who}.` : 'No contact has portal access yet; it waits in the portal.'}</p>
      <p class="quoted">${s.confirmText}</p>
      <div class="actions"><form method="post" action="/clients/${clientId}/messages" class="inline">
        <input type="hidden" name="text" value="${s.confirmText}"><input type="hidden" name="confirmed" value="1">
        <button type="submit" class="danger" id="send-message">Send message</button></form>
        <a class="button" href="/clients/${clientId}#messages">Cancel</a></div></div>` : '';
  return html`<section class="card" id="messages"><h2>Messages${s.newForTeam ? html` <span class="badge warn" id="messages-new">${s.newForTeam} new</span>` : ''}</h2>
    ${earlier > 0 ? html`<p class="muted">${earlier} earlier message${earlier === 1 ? '' : 's'} not shown.</p>` : ''}
    ${s.messages.length ? html`<ul class="plain messages">${s.messages.map(row)}</ul>` : html`<p class="muted">No messages with ${clientName} yet.</p>`}
    ${confirm}
    <form method="post" action="/clients/${clientId}/messages" class="stack" id="message-form">
      <label>Write to ${clientName} <textarea name="text" rows="4" maxlength="${MAX_MESSAGE_CHARS}" required>${s.confirmText ?? ''}</textarea></label>
      <p class="muted">${s.portalContacts ? `Shown in the client portal; ${who}.` : html`Shown in the client portal, but no contact of ${clientName} has portal access yet: nobody there sees it until one does (<a href="/clients/${clientId}#portal">Portal settings</a>).`}</p>
      <div class="actions"><button type="submit" class="primary" id="ask-send-message">Send…</button></div>
    </form></section>`;
}
