// One app instance as `npm start` builds it, against a shared libSQL server: its own database connection, mailer,
// deferrer and model, served on a loopback port of its own. Several of these against one sqld are several
// processes' worth of app in one test (each holds no state the others could see except through the database).
import { serve, type ServerType } from '@hono/node-server';
import type { LanguageModel } from 'ai';
import { resolveApprovalSecret } from '../../src/agent/model';
import { createApp } from '../../src/channels/http/app';
import { silentLog } from '../../src/context';
import { createDeferrer } from '../../src/deps';
import { openDatabase } from '../../src/db/client';
import { ensureDefaultWorkspace } from '../../src/domain/workspaces/ensure-workspace';
import { parseEnv } from '../../src/env';
import { createMemoryMailer } from '../../src/mail/memory-mailer';
import type { TestDeps } from '../support/deps';

export type AppInstance = { deps: TestDeps; origin: string; close(): Promise<void> };

export async function startInstance(opts: { url: string; dir: string; env?: Record<string, string>; model: LanguageModel }): Promise<AppInstance> {
  const env = parseEnv({ DATABASE_URL: opts.url, DATA_DIR: opts.dir, LOG_LEVEL: 'silent', APPROVAL_SECRET: 'a-shared-approval-secret-of-at-least-32-bytes', ...opts.env });
  const handle = await openDatabase({ url: env.DATABASE_URL });
  const workspace = await ensureDefaultWorkspace(handle.db, env.WORKSPACE_NAME);
  const clock = { now: new Date() };
  const deps: TestDeps = {
    env, db: handle.db, dbHandle: handle, testDb: { ...handle, dir: opts.dir, cleanup: () => handle.close() }, mailer: createMemoryMailer(), log: silentLog,
    now: () => clock.now, clock, fetch: globalThis.fetch, deferrer: createDeferrer(silentLog), workspaceId: workspace.id,
    model: opts.model, approvalSecret: await resolveApprovalSecret(env, handle.db, workspace.id),
  };
  const app = createApp(deps);
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s));
  });
  const { port } = server.address() as { port: number };
  return {
    deps, origin: `http://127.0.0.1:${port}`,
    async close() {
      await deps.deferrer.drain();
      await new Promise<void>((ok) => server.close(() => ok()));
      handle.close();
    },
  };
}
