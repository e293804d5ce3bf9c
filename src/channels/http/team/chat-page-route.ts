// GET / : the chat page for members with client access; members see the "no client access" page.
import { Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { chatPage } from './pages/chat-page';
import { requireMember, type WebEnv } from '../session';

export function mountChatPage(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  web.get('/', requireMember(deps, 'page', { clients: true }), (c) => c.html(chatPage(c.get('actor'))));
  app.route('/', web);
}
