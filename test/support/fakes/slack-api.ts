// A fake Slack Web API on loopback for the real @slack/web-api client (SLACK_API_URL) and Bolt's respond():
// it records every call, serves users.info from a small directory, the external file upload flow, and
// response_url hooks. `hold(method)` parks calls until released; `failNext(method)` answers one with an error.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export type FakeSlackUser = { id: string; teamId: string; name: string; email?: string; isBot?: boolean };
export type FakeCall = { method: string; args: Record<string, any>; token: string | null };
export type FakeHookPost = { path: string; body: Record<string, any> };
export type FakeUpload = { fileId: string; bytes: Buffer };

export type FakeSlack = {
  /** Base for SLACK_API_URL, ending in /api/. */
  apiUrl: string;
  origin: string;
  calls: FakeCall[];
  hooks: FakeHookPost[];
  uploads: FakeUpload[];
  users: Map<string, FakeSlackUser>;
  callsTo(method: string): FakeCall[];
  /** An absolute response_url served by this fake. */
  hookUrl(path: string): string;
  failNext(method: string, error?: string): void;
  /** Resolves when `count` calls to `method` (or posts to hooks when method is 'hook') have arrived. */
  waitFor(method: string, count?: number): Promise<void>;
  close(): Promise<void>;
};

const JSON_ARGS = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);

export async function startFakeSlack(opts: { teamId: string; botUserId?: string; botId?: string; users?: FakeSlackUser[] }): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const hooks: FakeHookPost[] = [];
  const uploads: FakeUpload[] = [];
  const users = new Map((opts.users ?? []).map((u) => [u.id, u]));
  const failures = new Map<string, string>();
  const waiters: Array<{ method: string; count: number; resolve(): void }> = [];
  let seq = 0;
  let origin = '';

  const notify = () => {
    for (const w of [...waiters]) {
      const n = w.method === 'hook' ? hooks.length : calls.filter((c) => c.method === w.method).length;
      if (n >= w.count) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
    }
  };

  const app = new Hono();
  app.post('/api/:method', async (c) => {
    const method = c.req.param('method');
    const form = await c.req.parseBody({ all: false });
    const args: Record<string, any> = {};
    for (const [k, v] of Object.entries(form)) {
      args[k] = typeof v === 'string' && JSON_ARGS.has(k) ? JSON.parse(v) : v;
    }
    const auth = c.req.header('authorization');
    calls.push({ method, args, token: auth?.replace(/^Bearer /, '') ?? (args.token as string | undefined) ?? null });
    notify();
    const failure = failures.get(method);
    if (failure) { failures.delete(method); return c.json({ ok: false, error: failure }); }
    seq += 1;
    const ts = `1700000000.${String(seq).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return c.json({ ok: true, url: 'https://test.slack.com/', team: 'Test', team_id: opts.teamId, user: 'clientele',
          user_id: opts.botUserId ?? 'UBOT', bot_id: opts.botId ?? 'BBOT' });
      case 'users.info': {
        const u = users.get(String(args.user));
        if (!u) return c.json({ ok: false, error: 'user_not_found' });
        return c.json({ ok: true, user: { id: u.id, team_id: u.teamId, name: u.name, real_name: u.name, is_bot: !!u.isBot,
          profile: { real_name: u.name, display_name: u.name, ...(u.email ? { email: u.email } : {}) } } });
      }
      case 'chat.postMessage':
        return c.json({ ok: true, channel: args.channel, ts, message: { text: args.text, ts } });
      case 'chat.postEphemeral':
        return c.json({ ok: true, message_ts: ts });
      case 'chat.update':
        return c.json({ ok: true, channel: args.channel, ts: args.ts, text: args.text });
      case 'views.open': case 'views.update': case 'views.push':
        return c.json({ ok: true, view: { id: `V${seq}`, ...(args.view ?? {}) } });
      case 'files.getUploadURLExternal': {
        const fileId = `F${seq}`;
        return c.json({ ok: true, upload_url: `${origin}/upload/${fileId}`, file_id: fileId });
      }
      case 'files.completeUploadExternal':
        return c.json({ ok: true, files: (args.files ?? []).map((f: { id: string; title?: string }) => ({ id: f.id, title: f.title })) });
      default:
        return c.json({ ok: true });
    }
  });
  app.post('/upload/:fileId', async (c) => {
    const form = await c.req.parseBody();
    const file = Object.values(form).find((v) => v instanceof Blob) as Blob | undefined;
    const bytes = file ? Buffer.from(await file.arrayBuffer()) : Buffer.from(await c.req.arrayBuffer());
    uploads.push({ fileId: c.req.param('fileId'), bytes });
    return c.text(`OK - ${bytes.length}`);
  });
  app.post('/hooks/*', async (c) => {
    hooks.push({ path: c.req.path.slice('/hooks/'.length), body: await c.req.json() });
    notify();
    return c.text('ok');
  });

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    hooks,
    uploads,
    users,
    callsTo: (method) => calls.filter((c) => c.method === method),
    hookUrl: (path) => `${origin}/hooks/${path.replace(/^\/+/, '')}`,
    failNext: (method, error = 'internal_error') => { failures.set(method, error); },
    waitFor: (method, count = 1) => new Promise<void>((resolve) => { waiters.push({ method, count, resolve }); notify(); }),
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); }),
  };
}
