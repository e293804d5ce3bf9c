// Tokens at rest (security.md M1, M2): 256-bit random tokens with no duplicates in 100,000, and none of
// 1,000 issued links readable in the database file or its WAL.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../../src/domain/auth/tokens';
import { issuePortalToken } from '../../../src/domain/portal/tokens';
import { createTestDb, type TestDb } from '../../support/db';
import { seedClient, seedContact } from '../../domain/portal/seed-portal';
import { seedWorkspace } from '../../support/factories';

let db: TestDb;
beforeAll(async () => { db = await createTestDb(); });
afterAll(() => db.cleanup());

describe('portal tokens at rest', () => {
  it('are 256 random bits, with no duplicate in 100,000', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(newToken());
    expect(seen.size).toBe(100_000);
    expect(Buffer.from([...seen][0], 'base64url')).toHaveLength(32);
  });

  it('leave no raw token in the database file or its WAL (1,000 issued)', async () => {
    const ws = await seedWorkspace(db.db);
    const client = await seedClient(db.db, ws.workspaceId, 'Acme');
    const contact = await seedContact(db.db, ws.workspaceId, client.id, 'Jane', 'jane@acme.test');
    const target = { workspaceId: ws.workspaceId, clientId: client.id, contactId: contact.id, email: 'jane@acme.test', portalEpoch: 0 };
    const tokens: string[] = [];
    await db.db.transaction(async (tx) => {
      for (let i = 0; i < 1000; i++) tokens.push((await issuePortalToken(tx, target, new Date())).token);
    });
    const file = join(db.dir, 'test.db');
    const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    expect(bytes.length).toBeGreaterThan(0);
    const text = bytes.toString('latin1');
    expect(tokens.filter((t) => text.includes(t))).toEqual([]);
    // Sanity: the same search finds what is stored (the hashes), so a miss above means something.
    expect(text.includes(hashToken(tokens[0]))).toBe(true);
  });
});
