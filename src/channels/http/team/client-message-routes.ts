// The client page's Messages card on the web, for team members with client access:
//   POST /clients/:id/messages    text -> the page asks first (it reaches the client); confirmed=1 -> postTeamMessage
// A domain refusal (empty, too long, an archived client) re-renders the page with its message.
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { getClientView } from '../../../domain/clients/get-client-view';
import { postTeamMessage } from '../../../domain/messages/post-team-message';
import { InvalidInput } from '../../../errors';
import { refOf, renderClientPage } from './client-page-data';
import { showRefusal } from '../errors';
import { limitRate } from '../security';
import { requireMember, type WebEnv } from '../session';

export function mountClientMessages(web: Hono<WebEnv>, deps: AppDeps) {
  const member = requireMember(deps, 'page', { clients: true });
  const outbound = limitRate({ windowMs: 60 * 1000, limit: 20, key: (c) => `msg${(c.get('actor') as { memberId: number }).memberId}` });

  web.post('/clients/:id{[0-9]+}/messages', member, outbound, async (c: Context<WebEnv>) => {
    const ctx = c.get('ctx');
    const client = await getClientView(ctx.db, ctx, Number(c.req.param('id')));
    const form = await c.req.parseBody();
    const text = typeof form.text === 'string' ? form.text : '';
    return showRefusal(async () => {
      if (form.confirmed !== '1') {
        if (!text.trim()) throw new InvalidInput([{ field: 'text', message: 'Write a message first.' }]);
        return renderClientPage(c, ctx, client.id, { confirmMessage: text });
      }
      const r = await postTeamMessage({ ctx, input: { client: refOf(client), text } });
      const emailed = r.emailed.length ? ` Emailed ${r.emailed.join(', ')}.` : '';
      return renderClientPage(c, ctx, client.id, { notice: `Sent your message to the ${r.client.name} portal.${emailed}` });
    }, (err, status) => {
      const detail = err instanceof InvalidInput && err.issues.length ? err.issues.map((i) => `Message: ${i.message}`).join('; ') : err.message;
      return renderClientPage(c, ctx, client.id, { error: detail }, status);
    });
  });
}
