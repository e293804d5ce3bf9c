// The chat page shell: the React chat (src/channels/http/web/, bundled as /assets/chat-app.js) mounts into
// #chat-root. Without script the page says so.
import { html } from 'hono/html';
import type { MemberActor } from '../../../../context';
import { layout } from './layout';

export const chatPage = (actor: MemberActor) => layout({
  title: 'Chat', actor, active: 'chat', scripts: ['chat-app.js'],
  body: html`<div id="chat-root" class="chat-root"><noscript><p class="card">The chat needs JavaScript. The <a href="/clients">client list</a> works without it.</p></noscript></div>`,
});
