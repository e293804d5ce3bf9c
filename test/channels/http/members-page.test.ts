// The team page: owners and admins invite and set roles from the web; others are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createApp } from '../../../src/channels/http/app';
import { members } from '../../../src/db/schema';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { addMember, signIn, type App, postForm } from './web-session';

let deps: TestDeps;
let app: App;
beforeEach(async () => { deps = await createTestDeps(); app = createApp(deps); });
afterEach(() => deps.testDb.cleanup());

const post = (cookie: string, path: string, data: Record<string, string> = {}) => postForm(app, cookie, path, data);

describe('team page', () => {
  it('an admin invites someone, who can then sign in, and changes a role', async () => {
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const cookie = await signIn(app, deps, 'ada@studio.test');
    const res = await post(cookie, '/members/invite', { email: 'bob@studio.test', name: 'Bob', role: 'manager' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Invited bob@studio.test as manager');
    await deps.deferrer.drain();
    const invite = deps.mailer.sent.find((m) => m.to === 'bob@studio.test')!;
    expect(invite.subject).toContain('Ada invited you');
    const [bob] = await deps.db.select().from(members).where(eq(members.email, 'bob@studio.test'));
    const roleRes = await post(cookie, `/members/${bob.id}/role`, { role: 'admin' });
    expect(await roleRes.text()).toContain('Bob is now admin');
    // Again: nothing new, and the page says so; granting ownership is an owner's, refused with the error table's status.
    expect(await (await post(cookie, '/members/invite', { email: 'bob@studio.test' })).text())
      .toContain('bob@studio.test is already a member; a new sign-in link is on its way.');
    expect(await (await post(cookie, `/members/${bob.id}/role`, { role: 'admin' })).text()).toContain('Nothing changed.');
    const owner = await post(cookie, `/members/${bob.id}/role`, { role: 'owner' });
    expect(owner.status).toBe(403);
    expect(await owner.text()).toMatch(/owner/i);
    expect((await deps.db.select().from(members).where(eq(members.id, bob.id)))[0].role).toBe('admin');
  });

  it('refuses managers', async () => {
    await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
    const cookie = await signIn(app, deps, 'mia@studio.test');
    expect((await app.request('/members', { headers: { Cookie: cookie } })).status).toBe(403);
    expect((await post(cookie, '/members/invite', { email: 'eve@studio.test' })).status).toBe(403);
    expect(await deps.db.select().from(members).where(eq(members.email, 'eve@studio.test'))).toEqual([]);
  });
});
