// Portal sessions: idle and absolute timeouts, sign-out, and every revocation ends them on the next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { clients } from '../../../src/db/schema';
import { createPortalSession, endPortalSession, readPortalSession } from '../../../src/domain/portal/sessions';
import { regeneratePortalLink } from '../../../src/domain/portal/regenerate-portal-link';
import { setPortalAccess } from '../../../src/domain/portal/set-portal-access';
import { createTestDb, type TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { seedClient, seedContact, seedPortal } from './seed-portal';

let db: TestDb;
let s: Awaited<ReturnType<typeof seedPortal>>;
beforeAll(async () => { db = await createTestDb(); s = await seedPortal(db.db); });
afterAll(() => db.cleanup());

const T0 = new Date('2026-11-22T10:00:00Z');
const plus = (min: number) => new Date(T0.getTime() + min * 60_000);

async function fresh(name: string) {
  const client = await seedClient(db.db, s.ws.workspaceId, `${name} Co`);
  const contact = await seedContact(db.db, s.ws.workspaceId, client.id, name, `${name.toLowerCase()}@x.test`);
  const cookie = await createPortalSession(db.db, { workspaceId: s.ws.workspaceId, clientId: client.id, contactId: contact.id, portalEpoch: 0, now: T0 });
  return { client, contact, cookie };
}

describe('portal sessions', () => {
  it('live while used at least every 30 minutes, until 8 hours at most', async () => {
    const { cookie, contact } = await fresh('Ivy');
    for (let m = 25; m < 480; m += 25) expect(await readPortalSession(db.db, cookie, plus(m)), `minute ${m}`).not.toBeNull();
    expect((await readPortalSession(db.db, cookie, plus(479)))?.actor.contactId).toBe(contact.id);
    expect(await readPortalSession(db.db, cookie, plus(481))).toBeNull();
  });

  it('ends after 30 idle minutes', async () => {
    const { cookie } = await fresh('Idle');
    expect(await readPortalSession(db.db, cookie, plus(29))).not.toBeNull();
    expect(await readPortalSession(db.db, cookie, plus(60))).toBeNull();
  });

  it('ends on sign-out; unknown or oversized cookies are nobody', async () => {
    const { cookie } = await fresh('Out');
    await endPortalSession(db.db, cookie, plus(1));
    expect(await readPortalSession(db.db, cookie, plus(2))).toBeNull();
    expect(await readPortalSession(db.db, 'nope', T0)).toBeNull();
    expect(await readPortalSession(db.db, undefined, T0)).toBeNull();
    expect(await readPortalSession(db.db, 'x'.repeat(200), T0)).toBeNull();
  });

  it('dies at once when the contact or the client is switched off, the link regenerated or the client archived', async () => {
    const manager = testCtx(db.db, s.ws.actors.manager, { now: T0 });
    const a = await fresh('Contactoff');
    await setPortalAccess({ ctx: manager, input: { client: `id:${a.client.id}`, contact: a.contact.id, enabled: false } });
    expect(await readPortalSession(db.db, a.cookie, plus(1))).toBeNull();

    const b = await fresh('Clientoff');
    const r = await setPortalAccess({ ctx: manager, input: { client: `id:${b.client.id}`, enabled: false } });
    expect(r.endedSessions).toBe(1);
    await setPortalAccess({ ctx: manager, input: { client: `id:${b.client.id}`, enabled: true } });
    expect(await readPortalSession(db.db, b.cookie, plus(1))).toBeNull();

    const c = await fresh('Regen');
    await regeneratePortalLink({ ctx: manager, input: { client: `id:${c.client.id}` } });
    expect(await readPortalSession(db.db, c.cookie, plus(1))).toBeNull();

    // Even a change made behind the verbs' back (epoch, switch, archive) is seen on the next request.
    const d = await fresh('Behind');
    expect(await readPortalSession(db.db, d.cookie, plus(1))).not.toBeNull();
    await db.db.update(clients).set({ archivedAt: T0 }).where(eq(clients.id, d.client.id));
    expect(await readPortalSession(db.db, d.cookie, plus(2))).toBeNull();
    const e = await fresh('Epoch');
    await db.db.update(clients).set({ portalEpoch: 7 }).where(eq(clients.id, e.client.id));
    expect(await readPortalSession(db.db, e.cookie, plus(1))).toBeNull();
  });
});
