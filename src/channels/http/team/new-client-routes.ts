// GET/POST /clients/new: the full form (createClient's 'full' policy: every missing field reported at once,
// nothing saved) and quick add. A duplicate is not created again; the form says which client exists.
import { Hono } from 'hono';
import type { AppDeps } from '../../../deps';
import { createClient } from '../../../domain/clients/create-client';
import { InvalidInput } from '../../../errors';
import { FULL_FORM, newClientPage } from './pages/new-client-page';
import { requireMember, type WebEnv } from '../session';
import { showRefusal } from '../errors';

export function mountNewClient(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page', { clients: true });

  web.get('/clients/new', member, (c) => c.html(newClientPage(c.get('actor'))));
  web.post('/clients/new', member, async (c) => {
    const body = await c.req.parseBody();
    const mode = body.mode === 'quick' ? 'quick' : 'full';
    const values: Record<string, string> = {};
    const input: Record<string, unknown> = { policy: mode };
    const address: Record<string, string> = {};
    for (const f of mode === 'full' ? FULL_FORM : FULL_FORM.slice(0, 1)) {
      const v = typeof body[f.name] === 'string' ? (body[f.name] as string).trim() : '';
      values[f.name] = v;
      if (!v) continue;
      if (f.name.startsWith('address.')) address[f.name.slice(8)] = v;
      else input[f.name] = v;
    }
    if (Object.keys(address).length) input.address = address;
    return showRefusal(async () => {
      const r = await createClient({ ctx: c.get('ctx'), input });
      if (!r.created) {
        const error = `${r.client.name} (#${r.client.number}) already exists; nothing was created. Open it from the client list.`;
        return c.html(newClientPage(c.get('actor'), { mode, values, issues: [], error }), 409);
      }
      return c.redirect(`/clients/${r.client.id}`, 303);
    }, (err, status) => {
      const issues = err instanceof InvalidInput ? err.issues : [];
      return c.html(newClientPage(c.get('actor'), { mode, values, issues, error: issues.length ? undefined : err.message }), status);
    });
  });
  app.route('/', web);
}
