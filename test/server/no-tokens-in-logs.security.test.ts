// No raw sign-in or portal token ever reaches a log line (security.md A5): with the outbox mailer, a portal
// invitation, a portal link and a team sign-in link are logged by file path only; a real `npm start` on a new
// database keeps the first-owner link out of a non-terminal stdout (a private file instead).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/channels/http/app';
import type { Log } from '../../src/context';
import { makeCtx } from '../../src/deps';
import { invitePortal } from '../../src/domain/portal/invite-portal';
import { createOutboxMailer, redactLink } from '../../src/mail/outbox-mailer';
import { createLogMailer } from '../../src/worker/log-mailer';
import { post, seedDeployment } from '../channels/http/portal-helpers';
import { form } from '../channels/http/web-session';
import { createTestDeps, type TestDeps } from '../support/deps';

const ROOT = resolve(import.meta.dirname, '../..');
let deps: TestDeps | undefined;
const dirs: string[] = [];
afterEach(() => { deps?.testDb.cleanup(); deps = undefined; for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function capture(): { log: Log; lines: string[] } {
  const lines: string[] = [];
  const put = (o: object | string, msg?: string) => { lines.push(`${typeof o === 'string' ? o : JSON.stringify(o)} ${msg ?? ''}`); };
  return { log: { info: put, warn: put, error: put, debug: put }, lines };
}
/** Every token the outbox's emails carry (query `token=` or fragment `t=`). */
function outboxTokens(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')).links as string[]))
    .map((l) => { const u = new URL(l); return u.searchParams.get('token') ?? new URLSearchParams(u.hash.slice(1)).get('t'); })
    .filter((t): t is string => !!t);
}

describe('tokens and logs (security)', () => {
  it('a portal invitation, a portal link and a team sign-in link: 0 raw tokens in any log line', async () => {
    const { log, lines } = capture();
    deps = await createTestDeps({ overrides: { log } });
    const outbox = deps.env.OUTBOX_DIR;
    Object.assign(deps, { mailer: createOutboxMailer(outbox, deps.env.MAIL_FROM, log) });
    const s = await seedDeployment(deps);
    const app = createApp(deps);
    const owner = makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: s.owner.id, role: 'owner', channel: 'web', name: 'Sam' });
    await invitePortal({ ctx: owner, input: { client: s.globex.name } });
    expect((await app.request('/portal', post({ email: 'jane@acme.test' }))).status).toBe(200);
    expect((await app.request('/sign-in', form({ email: 'sam@northwind.test' }))).status).toBe(200);
    await deps.deferrer.drain();

    const tokens = outboxTokens(outbox);
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    const all = lines.join('\n');
    expect(lines.filter((l) => l.includes('.html')).length).toBeGreaterThanOrEqual(3);
    for (const t of tokens) expect(all).not.toContain(t);
    const leaked = tokens.filter((t) => all.includes(t)).length;
    console.log(`A5: ${tokens.length} emailed tokens (portal invitation, portal link, sign-in link), ${leaked} of them in ${lines.length} log lines`);
  });

  it('the Workers log mailer logs links without their tokens', async () => {
    const { log, lines } = capture();
    await createLogMailer(log).send({
      to: 'a@b.test', subject: 'Sign in', html: '', text: '', idempotencyKey: 'k',
      links: ['https://x.test/auth/verify#t=SECRETTOKEN123', 'https://x.test/portal/link?token=SECRETTOKEN456'],
    });
    expect(lines.join('\n')).not.toMatch(/SECRETTOKEN/);
    expect(redactLink('https://x.test/portal/link?token=abc')).toBe('https://x.test/portal/link#[redacted]');
    expect(redactLink('not a url')).toBe('[link]');
  });

  it('a real server on a new database, its stdout not a terminal: the first-owner link goes to a 0600 file, not the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-a5-'));
    dirs.push(dir);
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'app.db')}`, DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    await new Promise<void>((ok, fail) => {
      child.stdout.on('data', (d) => { out += String(d); if (out.includes('No owner yet')) ok(); });
      child.on('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
    });
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    const file = join(dir, 'first-owner-link.txt');
    const link = readFileSync(file, 'utf8').trim();
    expect(link).toMatch(/\/auth\/first-owner#t=[A-Za-z0-9_-]{20,}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(out).toContain(file);
    expect(out).not.toContain(new URL(link).hash.slice(3));
    expect(out).toMatch(/listening on 127\.0\.0\.1:\d+/);
  }, 60_000);
});
