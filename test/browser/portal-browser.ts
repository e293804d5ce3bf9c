// The portal's browser tests' world: the app on a free loopback port (its PUBLIC_URL is that port), on the wall
// clock, and Debian's chromium through playwright-core.
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../../src/channels/http/app';
import { createTestDeps, type TestDeps } from '../support/deps';

export type PortalBrowser = { deps: TestDeps; base: string; browser: Browser; close(): Promise<void> };

/** `env` adds to the app's env; `prepare` may change the deps (a mailer) before the app is built on them. */
export async function startPortalBrowser(env: Record<string, string>, prepare: (deps: TestDeps) => void = () => {}): Promise<PortalBrowser> {
  let app: ReturnType<typeof createApp> | null = null;
  let server: ServerType | undefined;
  const port = await new Promise<number>((ok) => {
    server = serve({ fetch: (req, bindings) => app!.fetch(req, bindings), port: 0, hostname: '127.0.0.1' }, (info) => ok(info.port));
  });
  const base = `http://127.0.0.1:${port}`;
  const deps = await createTestDeps({ env: { PUBLIC_URL: base, ...env } });
  prepare(deps);
  // The browser runs on the wall clock; so does this app (cookies, link expiry).
  deps.now = () => new Date();
  app = createApp(deps);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    deps, base, browser,
    async close() {
      await browser.close();
      await new Promise<void>((ok) => server!.close(() => ok()));
      deps.testDb.cleanup();
    },
  };
}
