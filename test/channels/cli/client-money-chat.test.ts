// The terminal answers what a client owes in the currency of its invoices (issue 13): a client invoiced in EUR
// and billed in USD since is "€1,200.00 outstanding", never "1,200 USD"; with two currencies it names each.
// The real terminal chat (tsx src/channels/cli/chat.ts) on a temp database, with the offline model.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/client';
import { clients, invoices } from '../../../src/db/schema';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'clientele-cli-money-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function chat(line: string) {
  const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: `file:${join(dir, 'app.db')}`, OUTBOX_DIR: join(dir, 'outbox') };
  delete env.OPENAI_API_KEY;
  delete env.LOG_LEVEL;
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/channels/cli/chat.ts', line], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d) => { stdout += String(d); });
  child.stdin.end('');
  return new Promise<string>((ok) => child.on('close', () => ok(stdout)));
}

beforeAll(async () => {
  await chat('add Euro Works to my clients');
  const handle = await openDatabase({ url: `file:${join(dir, 'app.db')}` });
  try {
    const [c] = await handle.db.select().from(clients).where(eq(clients.name, 'Euro Works'));
    await handle.db.update(clients).set({ currency: 'USD' }).where(eq(clients.id, c.id));
    await handle.db.insert(invoices).values([
      { workspaceId: c.workspaceId, clientId: c.id, number: 'INV-0001', amountCents: 150_000, amountPaidCents: 30_000, currency: 'EUR', status: 'issued' },
      { workspaceId: c.workspaceId, clientId: c.id, number: 'INV-0002', amountCents: 25_000, currency: 'USD', status: 'issued' },
    ]);
  } finally {
    handle.close();
  }
}, 600_000);

it('says what the client owes in each invoice currency', { timeout: 600_000 }, async () => {
  const out = await chat('show Euro Works');
  expect(out).toContain('Euro Works (#0001): lead, 0 contacts, 2 invoices, €1,500.00 and $250.00 revenue, €1,200.00 and $250.00 outstanding.');
  expect(out).not.toMatch(/1,?200(\.00)? USD/);
});
