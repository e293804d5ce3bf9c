// The chat page shell; public/chat.js fills it (conversation list, streaming answers, cards).
import { html } from 'hono/html';
import type { MemberActor } from '../../../context';
import { layout } from './layout';

export const chatPage = (actor: MemberActor) => layout({
  title: 'Chat', actor, active: 'chat', scripts: ['chat.js'],
  body: html`<div class="chat">
    <aside aria-label="Conversations">
      <button type="button" id="new-chat" class="primary">New conversation</button>
      <div id="conversations"></div>
    </aside>
    <section class="pane">
      <div id="log" aria-live="polite">
        <p class="muted" id="hint">Ask in plain English: "add Acme Corp, jane@acme.com", "show Acme", "inactive clients in Germany".</p>
      </div>
      <form class="composer" id="composer">
        <textarea id="input" name="text" placeholder="Message Clientele (Enter sends, Shift+Enter for a new line)" aria-label="Message" required></textarea>
        <button type="submit" class="primary" id="send">Send</button>
      </form>
    </section>
  </div>`,
});
