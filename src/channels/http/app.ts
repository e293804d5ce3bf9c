// The Hono app: one factory, every route area mounted here, errors mapped once.
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../deps';
import { mapHttpError } from './errors';
import { mountSlack } from '../slack/mount-slack';
import { mountAssets } from './assets-route';
import { mountAuth } from './team/auth-routes';
import { mountPortal } from './portal/portal-routes';
import { mountPortalMessages } from './portal/portal-message-routes';
import { mountChatApi } from './api/chat-api';
import { mountChatPage } from './team/chat-page-route';
import { mountClientPages } from './team/clients-routes';
import { mountFiles } from './files/file-routes';
import { mountMembers } from './team/members-routes';
import { mountNewClient } from './team/new-client-routes';
import { mountSettings } from './team/settings-routes';
import { limitBodies, sameOriginOnly, securityHeaders } from './security';
import { databaseRateCounter } from '../../db/rate-limits';
import { countRatesIn } from './rate-limit';
import { logRequests } from './log-requests';

export type AppEnv = { Variables: { requestId: string } };

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(logRequests(deps.log));
  app.onError((err, c) => mapHttpError(err, c, deps.log));
  app.use(securityHeaders(), limitBodies(), sameOriginOnly(deps.env.PUBLIC_URL));
  // Rate limits count in the database: every instance on it shares them.
  app.use(countRatesIn(databaseRateCounter(deps.db)));

  app.get('/healthz', async (c) => {
    await deps.db.run(sql`SELECT 1`);
    return c.json({ ok: true });
  });

  mountAssets(app);
  mountAuth(app, deps);
  // Before the portal's own routes, whose catch-all would answer 404 for these paths.
  mountPortalMessages(app, deps);
  mountPortal(app, deps);
  mountChatPage(app, deps);
  mountChatApi(app, deps);
  mountNewClient(app, deps);
  mountClientPages(app, deps);
  mountSettings(app, deps);
  mountMembers(app, deps);
  mountFiles(app, deps);

  mountSlack(app, deps);

  return app;
}
