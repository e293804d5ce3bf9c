// A fake Slack Web API on loopback for the real @slack/web-api client (SLACK_API_URL) and Bolt's respond():
// it records every call, serves users.info from a small directory, the external file upload flow, and
// response_url hooks, and files people shared (url_private, downloaded with the bot token). `failNext(method)`
// answers one call with an error; `rateLimitNext(method, n, seconds)` answers the next n with 429 and Retry-After.
// Many teams: `oauthCode(team)` hands out a code that oauth.v2.access exchanges for that team's bot token, and
// auth.test answers each known token with its own team. chat.delete, conversations.history and conversations.replies
// answer from the posts made (with their metadata when include_all_metadata is asked for). `holdNext` delays one call
// only: its post lands in the channel when released (or at once, `landFirst`: Slack posted, the answer is slow), and
// is answered then, or with a 504 (the answer lost: a timeout, a proxy giving up, the poster's process killed).
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export type FakeSlackUser = {
  id: string; teamId: string; name: string; email?: string; isBot?: boolean;
  /** Slack's guest and stranger flags, and a deactivated account. */
  restricted?: boolean; ultraRestricted?: boolean; stranger?: boolean; deleted?: boolean;
};
/** `ts` is the message timestamp the fake answered chat.postMessage with; `error` what a failed call was answered. */
export type FakeCall = { method: string; args: Record<string, any>; token: string | null; ts?: string; rateLimited?: boolean; error?: string };
export type FakeHookPost = { path: string; body: Record<string, any> };
export type FakeUpload = { fileId: string; bytes: Buffer };
/** A file as Slack puts it in a message event's files[]. */
export type FakeSharedFile = { id: string; name: string; title: string; mimetype: string; filetype: string; size: number; url_private: string; url_private_download: string };
export type FakeDownload = { fileId: string; token: string | null };
/** A team the fake can install into: its bot token answers auth.test as this team. */
export type FakeTeam = { teamId: string; teamName: string; botUserId: string; botId: string; token: string; installerId?: string };

export type FakeSlack = {
  /** Base for SLACK_API_URL, ending in /api/. */
  apiUrl: string;
  origin: string;
  calls: FakeCall[];
  hooks: FakeHookPost[];
  uploads: FakeUpload[];
  downloads: FakeDownload[];
  users: Map<string, FakeSlackUser>;
  callsTo(method: string): FakeCall[];
  /** An absolute response_url served by this fake. */
  hookUrl(path: string): string;
  failNext(method: string, error?: string): void;
  rateLimitNext(method: string, times: number, retryAfterSeconds: number): void;
  /** Calls to `method` are recorded as they arrive but answered only once the returned release() is called. */
  hold(method: string): () => void;
  /** Holds only the next call to `method`; release('timeout') answers it with a 504 after its post landed anyway. */
  holdNext(method: string, opts?: { landFirst?: boolean }): (answer?: 'ok' | 'timeout') => void;
  /** Hosts a file someone shared; its url_private answers only with a token, like Slack's. */
  shareFile(file: { name: string; content: string | Buffer; mimetype?: string; filetype?: string; size?: number }): FakeSharedFile;
  /** Socket Mode: apps.connections.open answers with this WebSocket URL (a loopback fake, slack-socket.ts). */
  useSocket(url: string): void;
  /** Resolves when `count` calls to `method` (or posts to hooks when method is 'hook') have arrived. */
  waitFor(method: string, count?: number): Promise<void>;
  /** A one-time OAuth code for `team` (oauth.v2.access); the team's token is known to auth.test from now on. */
  oauthCode(team: FakeTeam): string;
  close(): Promise<void>;
};

const JSON_ARGS = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);

export async function startFakeSlack(opts: { teamId: string; botUserId?: string; botId?: string; users?: FakeSlackUser[] }): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const hooks: FakeHookPost[] = [];
  const uploads: FakeUpload[] = [];
  const downloads: FakeDownload[] = [];
  const shared = new Map<string, Buffer>();
  const rateLimits = new Map<string, { times: number; seconds: number }>();
  const users = new Map((opts.users ?? []).map((u) => [u.id, u]));
  const failures = new Map<string, string>();
  const holds = new Map<string, Promise<void>>();
  const nextHolds = new Map<string, Array<{ landFirst: boolean; released: Promise<'ok' | 'timeout'> }>>();
  const waiters: Array<{ method: string; count: number; resolve(): void }> = [];
  const codes = new Map<string, FakeTeam>();
  const teamsByToken = new Map<string, FakeTeam>();
  let seq = 0;
  let origin = '';
  let socketUrl: string | null = null;
  const deleted = new Set<string>();
  /** What is in a channel now: the answered posts, minus the deleted ones. */
  const posted = (channel: string) => calls.filter((c) => c.method === 'chat.postMessage' && c.ts && c.args.channel === channel && !deleted.has(c.ts));

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
    const call: FakeCall = { method, args, token: auth?.replace(/^Bearer /, '') ?? (args.token as string | undefined) ?? null };
    calls.push(call);
    notify();
    await holds.get(method);
    const once = nextHolds.get(method)?.shift();
    if (once) {
      const land = () => { if (method === 'chat.postMessage' && !call.ts) call.ts = `1700000000.${String(++seq).padStart(6, '0')}`; };
      if (once.landFirst) land();
      const answer = await once.released;
      if (answer === 'timeout') { land(); return c.json({ ok: false, error: 'gateway_timeout' }, 504); }
      if (call.ts) return c.json({ ok: true, channel: args.channel, ts: call.ts, message: { text: args.text, ts: call.ts } });
    }
    const limit = rateLimits.get(method);
    if (limit && limit.times > 0) {
      limit.times -= 1;
      call.rateLimited = true;
      return c.json({ ok: false, error: 'ratelimited' }, 429, { 'retry-after': String(limit.seconds) });
    }
    const failure = failures.get(method);
    if (failure) { failures.delete(method); call.error = failure; return c.json({ ok: false, error: failure }); }
    seq += 1;
    const ts = `1700000000.${String(seq).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test': {
        const team = call.token ? teamsByToken.get(call.token) : undefined;
        if (team) return c.json({ ok: true, url: 'https://test.slack.com/', team: team.teamName, team_id: team.teamId, user: 'clientele', user_id: team.botUserId, bot_id: team.botId });
        return c.json({ ok: true, url: 'https://test.slack.com/', team: 'Test', team_id: opts.teamId, user: 'clientele',
          user_id: opts.botUserId ?? 'UBOT', bot_id: opts.botId ?? 'BBOT' });
      }
      case 'oauth.v2.access': {
        const team = codes.get(String(args.code));
        codes.delete(String(args.code));
        if (!team) return c.json({ ok: false, error: 'invalid_code' });
        return c.json({ ok: true, access_token: team.token, token_type: 'bot', scope: String(args.scope ?? 'commands,chat:write'),
          bot_user_id: team.botUserId, app_id: 'A0CLIENTELE', team: { id: team.teamId, name: team.teamName }, enterprise: null,
          authed_user: { id: team.installerId ?? 'UINSTALLER' }, is_enterprise_install: false });
      }
      case 'users.info': {
        const u = users.get(String(args.user));
        if (!u) return c.json({ ok: false, error: 'user_not_found' });
        return c.json({ ok: true, user: { id: u.id, team_id: u.teamId, name: u.name, real_name: u.name, is_bot: !!u.isBot,
          is_restricted: !!u.restricted, is_ultra_restricted: !!u.ultraRestricted, deleted: !!u.deleted, ...(u.stranger ? { is_stranger: true } : {}),
          profile: { real_name: u.name, display_name: u.name, ...(u.email ? { email: u.email } : {}) } } });
      }
      case 'chat.postMessage':
        call.ts = ts;
        return c.json({ ok: true, channel: args.channel, ts, message: { text: args.text, ts } });
      case 'apps.connections.open':
        return c.json(socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: 'not_allowed_token_type' });
      case 'chat.getPermalink':
        return c.json({ ok: true, channel: args.channel, permalink: `https://test.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}` });
      case 'chat.postEphemeral':
        return c.json({ ok: true, message_ts: ts });
      case 'chat.update':
        return c.json({ ok: true, channel: args.channel, ts: args.ts, text: args.text });
      case 'chat.delete': {
        const post = posted(String(args.channel)).find((p) => p.ts === args.ts);
        if (!post) return c.json({ ok: false, error: 'message_not_found' });
        deleted.add(String(args.ts));
        return c.json({ ok: true, channel: args.channel, ts: args.ts });
      }
      case 'conversations.history': case 'conversations.replies': {
        // The channel's top-level posts newest first, or one thread (its parent first); metadata only when asked for.
        // `oldest` is not applied: the fake's ts count posts, they are not times.
        const inChannel = posted(String(args.channel));
        const picked = method === 'conversations.history'
          ? inChannel.filter((p) => !p.args.thread_ts).reverse()
          : inChannel.filter((p) => p.ts === args.ts || p.args.thread_ts === args.ts);
        const withMeta = args.include_all_metadata === 'true' || args.include_all_metadata === true;
        return c.json({ ok: true, has_more: false, messages: picked.map((p) => ({
          type: 'message', ts: p.ts, text: p.args.text, bot_id: opts.botId ?? 'BBOT', ...(p.args.thread_ts ? { thread_ts: p.args.thread_ts } : {}),
          ...(withMeta && p.args.metadata ? { metadata: p.args.metadata } : {}),
        })) });
      }
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
  app.get('/files-pri/:fileId/:name', (c) => {
    const token = c.req.header('authorization')?.replace(/^Bearer /, '') ?? null;
    const fileId = c.req.param('fileId').split('-').pop()!;
    downloads.push({ fileId, token });
    const bytes = shared.get(fileId);
    // Slack answers an unauthenticated download with its sign-in page, not the file.
    if (!token || !bytes) return c.html('<html>Sign in to Slack</html>');
    return c.body(new Uint8Array(bytes), 200, { 'content-type': 'application/octet-stream' });
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
    downloads,
    users,
    callsTo: (method) => calls.filter((c) => c.method === method),
    hookUrl: (path) => `${origin}/hooks/${path.replace(/^\/+/, '')}`,
    failNext: (method, error = 'internal_error') => { failures.set(method, error); },
    rateLimitNext: (method, times, seconds) => { rateLimits.set(method, { times, seconds }); },
    hold(method) {
      let release!: () => void;
      holds.set(method, new Promise<void>((ok) => { release = ok; }));
      return () => { holds.delete(method); release(); };
    },
    holdNext(method, opts = {}) {
      let release!: (answer: 'ok' | 'timeout') => void;
      const released = new Promise<'ok' | 'timeout'>((ok) => { release = ok; });
      nextHolds.set(method, [...(nextHolds.get(method) ?? []), { landFirst: !!opts.landFirst, released }]);
      return (answer = 'ok') => release(answer);
    },
    shareFile(file) {
      const id = `F0SHARED${++seq}`;
      const bytes = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8');
      shared.set(id, bytes);
      const url = `${origin}/files-pri/${opts.teamId}-${id}/${encodeURIComponent(file.name)}`;
      return {
        id, name: file.name, title: file.name, mimetype: file.mimetype ?? 'text/csv', filetype: file.filetype ?? 'csv',
        size: file.size ?? bytes.length, url_private: url, url_private_download: `${url}?download=1`,
      };
    },
    oauthCode(team) {
      const code = `code-${team.teamId}-${++seq}`;
      codes.set(code, team);
      teamsByToken.set(team.token, team);
      return code;
    },
    useSocket: (url) => { socketUrl = url; },
    waitFor: (method, count = 1) => new Promise<void>((resolve) => { waiters.push({ method, count, resolve }); notify(); }),
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); }),
  };
}
