// The real terminal chat (tsx src/channels/cli/chat.ts) on a temp database, with the offline model.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client';
import { clients, contacts, members } from '../../../src/db/schema';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'clientele-cli-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function chat(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = {
    ...process.env, DATABASE_URL: `file:${join(dir, 'app.db')}`, OUTBOX_DIR: join(dir, 'outbox'), ...opts.env,
  };
  delete env.OPENAI_API_KEY;
  delete env.LOG_LEVEL;
  const child = spawn(TSX, ['src/channels/cli/chat.ts', ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += String(d); });
  child.stderr.on('data', (d) => { stderr += String(d); });
  child.stdin.end(opts.stdin ?? '');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((ok) => child.on('close', (code) => ok({ code, stdout, stderr })));
}

async function readDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ url: `file:${join(dir, 'app.db')}` });
  try { return await fn(handle.db); } finally { handle.close(); }
}

// Each case spawns real processes; on a busy machine a start takes seconds, so the hang guard is generous.
describe('npm run chat', { timeout: 600_000 }, () => {
  it('answers one line and exits, acting as the local owner', async () => {
    const r = await chat(['add Acme to my clients']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Added Acme \(#0001\)/);
    expect(r.stdout).toMatch(/missing for invoicing/i);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looks for terminal escape codes on purpose
    expect(r.stdout).not.toMatch(/[{}]|\x1b\[/); // plain text: no JSON, no escape codes
    const [client] = await readDb((db) => db.select().from(clients));
    expect(client.name).toBe('Acme');
    const owners = await readDb((db) => db.select().from(members).where(eq(members.role, 'owner')));
    expect(owners.map((m) => m.name)).toEqual(['Local owner']);
  });

  it('asks before deleting: nothing happens without confirmation, --yes confirms in one-shot mode', async () => {
    await chat(['add Acme to my clients']);
    const asked = await chat(['delete Acme']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('This will delete the client Acme (#0001)');
    expect(asked.stdout).toContain('Not confirmed, so nothing was changed');
    expect(await readDb((db) => db.select().from(clients))).toHaveLength(1);
    const confirmed = await chat(['delete Acme', '--yes']);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('Confirm: Delete the client Acme (#0001)');
    expect(confirmed.stdout).toContain('Deleted Acme (#0001).');
    expect(await readDb((db) => db.select().from(clients))).toHaveLength(0);
    // Reuses the owner it made the first time.
    expect(await readDb((db) => db.select().from(members))).toHaveLength(1);
  });

  it('keeps the session history between lines: "her" is the contact just added; y confirms, undo reverses', async () => {
    const r = await chat([], {
      // A contact with an email can sign in to Acme's portal, so each one added waits for a "y".
      stdin: 'add Acme to my clients\nadd Bob Poe (bob@acme.com) to Acme\ny\nadd Jane Roe (jane@acme.com) to Acme\ny\nmake her the primary contact\n'
        + 'remove Bob from Acme\ny\nundo\nexit\n',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Confirm: Remove the contact Bob Poe <bob@acme.com> from Acme (#0001)? [y/N]');
    const rows = await readDb((db) => db.select().from(contacts));
    expect(rows.find((c) => c.email === 'jane@acme.com')?.isPrimary).toBe(true);
    expect(rows.find((c) => c.email === 'bob@acme.com')?.isPrimary).toBe(false);
    // Bob was removed, then the undo brought him back.
    expect(rows.map((c) => c.email).sort()).toEqual(['bob@acme.com', 'jane@acme.com']);
    expect(r.stdout).toMatch(/Removed Bob Poe from Acme/);
  });

  it('reports errors on stderr with a non-zero exit in one-shot mode', async () => {
    const r = await chat(['add Acme'], { env: { APPROVAL_SECRET: 'too-short' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: Invalid environment variables/);
    expect(r.stderr).toContain('APPROVAL_SECRET');
    expect(r.stdout).toBe('');
  });
});
