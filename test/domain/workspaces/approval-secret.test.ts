// APPROVAL_SECRET is never computable from the database URL: without the variable a random secret is made on
// first start, kept on the workspace row, and every later start (or a second process) reads the same one.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveApprovalSecret } from '../../../src/agent/model';
import { buildDeps } from '../../../src/build-deps';
import { workspaces } from '../../../src/db/schema';
import { ensureApprovalSecret } from '../../../src/domain/workspaces/ensure-approval-secret';
import { ensureDefaultWorkspace } from '../../../src/domain/workspaces/ensure-workspace';
import { createTestDb, type TestDb } from '../../support/db';

const dbs: TestDb[] = [];
afterEach(() => { for (const d of dbs.splice(0)) d.cleanup(); });
const freshDb = async () => { const d = await createTestDb(); dbs.push(d); return d; };
const oldDerived = (url: string) => createHash('sha256').update(`clientele-approval-secret:v1:${url}`).digest('hex');

describe('approval secret (happy)', () => {
  it('is generated once, stored, and the same on every later call', async () => {
    const d = await freshDb();
    const ws = await ensureDefaultWorkspace(d.db, 'Studio');
    const first = await ensureApprovalSecret(d.db, ws.id);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await ensureApprovalSecret(d.db, ws.id)).toBe(first);
    const [row] = await d.db.select().from(workspaces).where(eq(workspaces.id, ws.id));
    expect(row.approvalSecret).toBe(first);
  });

  it('APPROVAL_SECRET wins when set, and nothing is stored', async () => {
    const d = await freshDb();
    const ws = await ensureDefaultWorkspace(d.db, 'Studio');
    expect(await resolveApprovalSecret({ APPROVAL_SECRET: 'x'.repeat(40) }, d.db, ws.id)).toBe('x'.repeat(40));
    expect((await d.db.select().from(workspaces))[0].approvalSecret).toBeNull();
  });

  it('survives a restart of the Node server on the same database file', async () => {
    const d = await freshDb();
    if (!d.url.startsWith('file:')) return; // the sqld project serves its own URL; the rule is the same
    const source = { DATABASE_URL: d.url, OUTBOX_DIR: `${d.dir}/outbox`, LOG_LEVEL: 'silent' };
    const a = await buildDeps(source);
    const b = await buildDeps(source);
    try {
      expect(a.approvalSecret).toBe(b.approvalSecret);
      expect(a.approvalSecret).not.toBe(oldDerived(d.url));
    } finally { a.dbHandle.close(); b.dbHandle.close(); }
  });
});

describe('approval secret (error)', () => {
  it('refuses a workspace that does not exist instead of inventing a secret', async () => {
    const d = await freshDb();
    await expect(ensureApprovalSecret(d.db, 999)).rejects.toThrow(/does not exist/);
  });
});

describe('approval secret (security)', () => {
  it('is random: two databases never share it, and it is not the old URL-derived value', async () => {
    const [d1, d2] = [await freshDb(), await freshDb()];
    const s1 = await ensureApprovalSecret(d1.db, (await ensureDefaultWorkspace(d1.db, 'A')).id);
    const s2 = await ensureApprovalSecret(d2.db, (await ensureDefaultWorkspace(d2.db, 'B')).id);
    expect(s1).not.toBe(s2);
    expect([oldDerived(d1.url), oldDerived(d2.url)]).not.toContain(s1);
  });

  it('two starts racing on a new database agree on one secret', async () => {
    const d = await freshDb();
    const ws = await ensureDefaultWorkspace(d.db, 'Studio');
    const all = await Promise.all(Array.from({ length: 8 }, () => ensureApprovalSecret(d.db, ws.id)));
    expect(new Set(all).size).toBe(1);
  });
});
