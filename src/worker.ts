// Cloudflare Workers entry (wrangler.toml): the same Hono app as on Node, with Workers ports (src/worker/).
// Migrations are applied from Node beforehand (README, "Deploying to Cloudflare Workers"): the migrator reads files.
import type { ExecutionContext } from 'hono';
import { createApp } from './channels/http/app';
import { remindOnce } from './channels/slack/follow-up-reminders';
import { sweepMirrorOnce } from './channels/slack/mirror-sweep';
import type { AppDeps } from './deps';
import { buildWorkerDeps, requestScope } from './worker/build-worker-deps';
import { serveWorkerAsset, type AssetsBinding } from './worker/serve-worker-asset';

type Bindings = Record<string, unknown> & { ASSETS?: AssetsBinding };
type App = ReturnType<typeof createApp>;

// One deps and app per isolate, built on the first request or cron event; a failed build (bad env, database down) is
// retried next time. The cron's sweep and the requests share the deps, so one Slack mirror (and its post queue).
let depsPromise: Promise<AppDeps> | null = null;
let appPromise: Promise<App> | null = null;

function loadDeps(bindings: Bindings): Promise<AppDeps> {
  depsPromise ??= buildWorkerDeps(bindings).catch((err) => {
    depsPromise = null;
    throw err;
  });
  return depsPromise;
}

function loadApp(bindings: Bindings): Promise<App> {
  appPromise ??= loadDeps(bindings).then(createApp).catch((err) => {
    appPromise = null;
    throw err;
  });
  return appPromise;
}

function logStartFailure(err: unknown): void {
  // Configuration and connection errors go to the Worker's log, not to the visitor.
  console.error(JSON.stringify({ level: 'fatal', msg: 'Clientele could not start', error: describe(err) }));
}

export default {
  async fetch(request: Request, bindings: Bindings, ctx: ExecutionContext): Promise<Response> {
    const asset = await serveWorkerAsset(request, bindings.ASSETS);
    if (asset) return asset;
    let app: App;
    try {
      app = await loadApp(bindings);
    } catch (err) {
      logStartFailure(err);
      return new Response('Clientele is not configured correctly; see the Worker logs.', { status: 503 });
    }
    // The rate limits key on the caller's address (clientAddress in client-address.ts reads Node's socket shape);
    // on Cloudflare it is CF-Connecting-IP, set by Cloudflare's edge and not by the client.
    const env = { ...bindings, incoming: { socket: { remoteAddress: request.headers.get('cf-connecting-ip') ?? undefined } } };
    return requestScope.run(ctx, () => app.fetch(request, env, ctx));
  },

  // The Cron Trigger (wrangler.toml, once a minute): a Worker has no process to run the Node server's 30-second mirror
  // sweep, so client messages still waiting for Slack are posted here, through the same thread claims as a request
  // mirroring at the same time (never twice); then the follow-ups due are told to their owners. A failed start is thrown, so the cron event shows as failed.
  async scheduled(_controller: unknown, bindings: Bindings, ctx: ExecutionContext): Promise<void> {
    let deps: AppDeps;
    try {
      deps = await loadDeps(bindings);
    } catch (err) {
      logStartFailure(err);
      throw err;
    }
    await requestScope.run(ctx, async () => {
      await sweepMirrorOnce(deps);
      await remindOnce(deps);
    });
  },
};

// drizzle wraps the database's own error ("no such table: workspaces" before the migrations ran) as its cause.
function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error ? ` (cause: ${err.cause.message})` : '';
  return `${err.message}${cause}`;
}
