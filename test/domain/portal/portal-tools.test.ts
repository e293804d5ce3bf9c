// The portal tools over the domain verbs: what the agent reads back, and refusals as data, not exceptions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../tools';
import { createTestDb, type TestDb } from '../../support/db';
import { testCtx } from '../../support/factories';
import { seedPortal } from './seed-portal';

let db: TestDb;
let s: Awaited<ReturnType<typeof seedPortal>>;
beforeAll(async () => { db = await createTestDb(); s = await seedPortal(db.db); });
afterAll(() => db.cleanup());

describe('portal tools', () => {
  it('invitePortal emails the contacts and says whom; a retry says it was already sent', async () => {
    const ctx = testCtx(db.db, s.ws.actors.manager);
    const tool = registry.invitePortal;
    const input = tool.input.parse({ client: 'Acme', contact: 'jane' });
    const r = await tool.run({ ctx, input });
    expect(r).toMatchObject({ ok: true, text: 'Emailed a portal invitation to Jane Doe (jane@acme.test) for Acme Corp.' });
    const again = await tool.run({ ctx, input });
    expect(again).toMatchObject({ ok: true, text: 'Jane Doe (jane@acme.test) already got one today; not sent again.' });
    expect(ctx.mailer.sent).toHaveLength(1);
    expect(tool.summarize(input)).toBe('Invite jane at Acme to the client portal');
  });

  it('setPortalAccess and regeneratePortalLink report what they ended', async () => {
    const ctx = testCtx(db.db, s.ws.actors.admin);
    const off = await registry.setPortalAccess.run({ ctx, input: { client: 'Globex', enabled: false } });
    expect(off).toMatchObject({ ok: true, text: 'Turned the portal off for Globex.' });
    const same = await registry.setPortalAccess.run({ ctx, input: { client: 'Globex', contact: 'hank', enabled: true } });
    expect(same).toMatchObject({ ok: true, text: 'The portal was already on for Hank Scorpio at Globex; nothing changed.' });
    const regen = await registry.regeneratePortalLink.run({ ctx, input: { client: 'Acme' } });
    expect(regen).toMatchObject({ ok: true, text: expect.stringContaining('Regenerated the portal link for Acme Corp') });
  });

  it('returns refusals and unknown references as errors the model can read', async () => {
    const member = testCtx(db.db, s.ws.actors.member);
    expect(await registry.invitePortal.run({ ctx: member, input: { client: 'Acme' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const ctx = testCtx(db.db, s.ws.actors.owner);
    expect(await registry.regeneratePortalLink.run({ ctx, input: { client: 'Initech' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await registry.invitePortal.run({ ctx, input: { client: 'Acme', contact: 'nobody' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
