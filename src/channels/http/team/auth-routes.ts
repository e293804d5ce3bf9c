// Team sign-in: ask for a link (same answer for every address, sent after the response), open the link
// (GET shows a button and changes nothing), redeem it (POST), the first-owner link, and sign-out.
import { Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { makeCtx } from '../../../deps';
import { redeemFirstOwnerLink, redeemTeamLink } from '../../../domain/auth/redeem-sign-in';
import { parseSignInEmail, requestSignIn } from '../../../domain/auth/request-sign-in';
import { endTeamSession } from '../../../domain/auth/sessions';
import { InvalidInput } from '../../../errors';
import { firstOwnerPage, linkExpiredPage, linkSentPage, signInPage, verifyPage } from './pages/auth-pages';
import { accountKey, addressKey } from '../client-address';
import { showRefusal } from '../errors';
import { limitRate } from '../security';
import { clearSessionCookie, readSessionCookie, requireMember, setSessionCookie, type WebEnv } from '../session';

const formText = (v: unknown) => (typeof v === 'string' ? v : '');

export function mountAuth(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  // Per caller (the forwarded address behind a TRUSTED_PROXY) and per account asked for: ten junk requests
  // for other addresses cannot use up the owner's own budget (security.md A7).
  const askPerAddress = limitRate({ windowMs: 10 * 60 * 1000, limit: 50, key: addressKey(deps) });
  const askPerAccount = limitRate({ windowMs: 10 * 60 * 1000, limit: 10, key: accountKey(deps) });
  const redeemLimit = limitRate({ windowMs: 60 * 1000, limit: 20, key: addressKey(deps) });

  web.get('/sign-in', (c) => c.html(signInPage()));
  web.post('/sign-in', askPerAddress, askPerAccount, async (c) => {
    const form = await c.req.parseBody();
    const raw = formText(form.email);
    try {
      parseSignInEmail({ email: raw });
    } catch (err) {
      if (err instanceof InvalidInput) return c.html(signInPage({ email: raw, issues: err.issues }), 422);
      throw err;
    }
    // Off the request path: known and unknown addresses get the same answer in the same time.
    const ctx = makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'Sign-in' });
    deps.deferrer.defer(requestSignIn({ ctx, input: { email: raw } }));
    return c.html(linkSentPage());
  });

  web.get('/auth/verify', (c) => c.html(verifyPage()));
  web.post('/auth/verify', redeemLimit, async (c) => {
    const form = await c.req.parseBody();
    return showRefusal(
      async () => {
        const { cookie } = await redeemTeamLink(deps.db, { workspaceId: deps.workspaceId, token: form.t, now: deps.now() });
        setSessionCookie(c, deps, cookie);
        return c.redirect('/', 303);
      },
      // The link expired or was used (the error table's 410).
      { 410: (_err, status) => c.html(linkExpiredPage(), status) },
    );
  });

  web.get('/auth/first-owner', (c) => c.html(firstOwnerPage()));
  web.post('/auth/first-owner', redeemLimit, async (c) => {
    const form = await c.req.parseBody();
    const input = { name: formText(form.name), email: formText(form.email) };
    return showRefusal(
      async () => {
        const { cookie } = await redeemFirstOwnerLink(deps.db, { workspaceId: deps.workspaceId, token: form.t, input, now: deps.now() });
        setSessionCookie(c, deps, cookie);
        return c.redirect('/', 303);
      },
      {
        // The form again, each field's error under it.
        422: (err, status) =>
          c.html(firstOwnerPage({ ...input, issues: err instanceof InvalidInput ? err.issues : [], token: formText(form.t) }), status),
        410: (_err, status) => c.html(linkExpiredPage(), status),
      },
    );
  });

  web.post('/sign-out', async (c) => {
    await endTeamSession(deps.db, readSessionCookie(c, deps), deps.now());
    clearSessionCookie(c, deps);
    return c.redirect('/sign-in', 303);
  });

  web.get('/api/me', requireMember(deps, 'api'), (c) => {
    const a = c.get('actor');
    return c.json({ id: a.memberId, name: a.name, role: a.role });
  });

  app.route('/', web);
}
