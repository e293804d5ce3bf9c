// One log line per request: in development a readable line (method, path, status, ms, request id), in production
// a JSON record with the same fields; the id is the one sent back as X-Request-Id, and a query string (which may
// carry a token) never reaches the line.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/channels/http/app';
import { createLog, prettyLine } from '../../src/log';
import { createTestDeps, type TestDeps } from '../support/deps';

let deps: TestDeps | undefined;
afterEach(() => { deps?.testDb.cleanup(); deps = undefined; });

async function appLogging(pretty: boolean) {
  const lines: string[] = [];
  const log = createLog('info', { pretty, destination: { write: (l: string) => lines.push(l) } });
  deps = await createTestDeps({ overrides: { log } });
  return { app: createApp(deps), lines };
}

describe('request log lines', () => {
  it('in development: "GET /healthz 200 3.1 ms <id>", one line per request, the id the one the response names', async () => {
    const { app, lines } = await appLogging(true);
    const ok = await app.request('/healthz');
    const missing = await app.request('/no-such-page?token=SECRET123');
    expect(lines).toHaveLength(2);
    const id = ok.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(lines[0]).toMatch(new RegExp(`^GET /healthz 200 \\d+(\\.\\d)? ms ${id}\\n$`));
    expect(lines[1]).toMatch(new RegExp(`^GET /no-such-page 404 \\d+(\\.\\d)? ms ${missing.headers.get('x-request-id')}\\n$`));
    expect(lines.join('')).not.toContain('SECRET123');
  });

  it('in production: one JSON record per request with method, path, status, ms and the id', async () => {
    const { app, lines } = await appLogging(false);
    const res = await app.request('/healthz');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]);
    expect(rec).toMatchObject({ level: 30, msg: 'request', req: { id: res.headers.get('x-request-id'), method: 'GET', path: '/healthz' }, res: { status: 200 } });
    expect(typeof rec.ms).toBe('number');
  });

  it('other records read as level, message and their fields in development', () => {
    const line = JSON.stringify({ level: 40, time: 1, pid: 2, hostname: 'h', msg: 'settled work interrupted by the last stop', deliveries: 2 });
    expect(prettyLine(line)).toBe('warn settled work interrupted by the last stop deliveries=2\n');
  });
});
