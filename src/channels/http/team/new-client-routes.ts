// GET/POST /clients/new: the full form (createClient with complete: the domain's 'full' policy, every missing field
// reported at once, nothing saved) and quick add, through the tool runner. A duplicate is not created again; the
// form says which client exists.
import { Hono } from 'hono';
import { runTool } from '../../../../tools/run-tool';
import type { AppDeps } from '../../../deps';
import type { ClientView } from '../../../domain/clients/views';
import { FULL_FORM, newClientPage } from './pages/new-client-page';
import { requireMember, type WebEnv } from '../session';
import { httpStatus } from '../errors';

export function mountNewClient(app: Hono<any>, deps: AppDeps) {
  const web = new Hono<WebEnv>();
  const member = requireMember(deps, 'page', { clients: true });

  web.get('/clients/new', member, (c) => c.html(newClientPage(c.get('actor'))));
  web.post('/clients/new', member, async (c) => {
    const body = await c.req.parseBody();
    const mode = body.mode === 'quick' ? 'quick' : 'full';
    const values: Record<string, string> = {};
    // The name always goes (empty too), so the domain names it among the missing fields.
    const input: Record<string, unknown> = { name: '', ...(mode === 'full' ? { complete: true } : {}) };
    const address: Record<string, string> = {};
    for (const f of mode === 'full' ? FULL_FORM : FULL_FORM.slice(0, 1)) {
      const v = typeof body[f.name] === 'string' ? (body[f.name] as string).trim() : '';
      values[f.name] = v;
      if (!v) continue;
      if (f.name.startsWith('address.')) address[f.name.slice(8)] = v;
      else input[f.name] = v;
    }
    if (Object.keys(address).length) input.address = address;
    const r = await runTool(c.get('ctx'), 'createClient', input);
    if (!r.ok) {
      const issues = r.error.issues ?? [];
      return c.html(newClientPage(c.get('actor'), { mode, values, issues, error: issues.length ? undefined : r.error.message }), httpStatus(r.error.code));
    }
    const { client, created } = r.data as unknown as { client: ClientView; created: boolean };
    if (!created) {
      const error = `${client.name} (#${client.number}) already exists; nothing was created. Open it from the client list.`;
      return c.html(newClientPage(c.get('actor'), { mode, values, issues: [], error }), 409);
    }
    return c.redirect(`/clients/${client.id}`, 303);
  });
  app.route('/', web);
}
