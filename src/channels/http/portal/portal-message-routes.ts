// The portal's Messages (issue 14), mounted before the rest of the portal, with the same session middleware (and its ctx):
//   GET  /portal/messages        the client's thread and the answer form (reading it marks the team's messages read)
//   POST /portal/messages        text + csrf -> postPortalMessage (rate-limited per contact), then back to the thread
//   GET  /portal/messages/:id    one message of the contact's own client (an email's link); any other id is the portal's 404
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../../deps';
import type { Ctx } from '../../../context';
import { listMessages } from '../../../domain/messages/list-messages';
import { postPortalMessage } from '../../../domain/messages/post-portal-message';
import type { PortalSession } from '../../../domain/portal/sessions';
import { InvalidInput } from '../../../errors';
import type { SignedIn } from './portal-dashboard-pages';
import { messagesPage } from './portal-messages-page';
import { notFoundPage } from './portal-pages';
import { toPortalSignIn } from './portal-return';
import { csrfMatches, portalSession, type PortalEnv } from './portal-session';
import { type RefusalPage, showRefusal } from '../errors';

const SHOWN = 200;

export function mountPortalMessages(app: Hono<any>, deps: AppDeps) {
  const r = new Hono<PortalEnv>();
  r.use('/portal/messages', portalSession(deps));
  r.use('/portal/messages/*', portalSession(deps));
  // Without a session: to the portal's sign-in form (which comes back here after), like every signed-in page.
  r.use('/portal/messages', async (c, next) => (c.get('portal') ? next() : toPortalSignIn(c)));
  r.use('/portal/messages/*', async (c, next) => (c.get('portal') ? next() : toPortalSignIn(c)));

  const signedIn = (s: PortalSession): SignedIn =>
    ({ brand: s.workspaceName, clientName: s.clientName, csrf: s.csrfToken, today: deps.now().toISOString().slice(0, 10) });
  const thread = async (ctx: Ctx) => listMessages({ ctx, input: { limit: SHOWN } });
  const notFound = (c: Context<PortalEnv>, s: PortalSession) =>
    c.html(notFoundPage(s.workspaceName, { clientName: s.clientName, csrf: s.csrfToken }), 404);

  r.get('/portal/messages', async (c) => {
    const s = c.get('portal')!;
    return c.html(messagesPage(signedIn(s), await thread(c.get('ctx')), { sent: c.req.query('sent') === '1' }));
  });

  r.post('/portal/messages', async (c) => {
    const s = c.get('portal')!;
    const form = await c.req.parseBody();
    if (!csrfMatches(s, form.csrf)) return c.text('Refused: reload the page and try again.', 403);
    const text = typeof form.text === 'string' ? form.text : '';
    // A message the domain refuses (empty or too long: 422; too many: 429) is said above the kept text.
    const refused: RefusalPage = async (err, status) => {
      const error = err instanceof InvalidInput ? `Your message ${err.issues.map((i) => i.message).join('; ')}.` : err.message;
      return c.html(messagesPage(signedIn(s), await thread(c.get('ctx')), { text, error }), status);
    };
    return showRefusal(async () => {
      const { message } = await postPortalMessage({ ctx: c.get('ctx'), input: { text } });
      return c.redirect(`/portal/messages?sent=1#m-${message.id}`, 303);
    }, { 422: refused, 429: refused });
  });

  r.get('/portal/messages/:id', async (c) => {
    const s = c.get('portal')!;
    const id = Number(c.req.param('id'));
    const { messages } = await thread(c.get('ctx'));
    // Only the ids of the contact's own thread: another client's message is as unknown as a made-up number.
    if (!Number.isSafeInteger(id) || !messages.some((m) => m.id === id)) return notFound(c, s);
    return c.redirect(`/portal/messages#m-${id}`, 303);
  });

  app.route('/', r);
}
