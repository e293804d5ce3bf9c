// Node entry: build the deps (env, database + migrations, mailer, model), serve the Hono app, print the URL.
import { serve } from '@hono/node-server';
import { buildDeps } from './build-deps';
import { createApp } from './channels/http/app';
import { issueFirstOwnerLink } from './domain/auth/issue-first-owner-link';

async function main() {
  const deps = await buildDeps(process.env);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: deps.env.PORT }, (info) => {
    console.log(`Clientele is running at ${deps.env.PUBLIC_URL} (port ${info.port}, database ${deps.env.DATABASE_URL})`);
  });
  // A new database has no owner yet: print a one-time link that makes whoever opens it the first owner.
  const firstOwnerLink = await issueFirstOwnerLink(deps.db, { workspaceId: deps.workspaceId, publicUrl: deps.env.PUBLIC_URL, now: deps.now() });
  if (firstOwnerLink) console.log(`No owner yet. Open this one-time link to set up your account (valid 24 hours):\n  ${firstOwnerLink}`);
  const stop = async () => {
    server.close();
    await deps.deferrer.drain();
    deps.dbHandle.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
