// The Settings page's group forms run createGroup and updateGroup through the tool runner: the page words the
// notice, a refused field is marked in the form that was posted (422, from HTTP's error table), nothing is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listGroups } from '../../../src/domain/settings/list-groups';
import { makeCtx } from '../../../src/deps';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

const post = async (cookie: string, path: string, data: Record<string, string>) => {
  const init = form(data);
  const res = await app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
  return { status: res.status, body: await res.text() };
};

describe('Settings: group forms', () => {
  it('creates and saves a group with the page\'s notices; a bad currency is marked on its field and saves nothing', async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
    const groups = () => listGroups(makeCtx(deps, { kind: 'system', workspaceId: deps.workspaceId, channel: 'system', name: 'test' }));
    const olive = await signIn(app, deps, 'olive@studio.test');
    const created = await post(olive, '/settings/groups', { name: 'Agencies', currency: 'EUR', paymentTerms: '45', reminderTone: '' });
    expect(created.status).toBe(200);
    expect(created.body).toContain('Created the group Agencies.');
    const [group] = await groups();
    const same = await post(olive, `/settings/groups/${group.id}`, { name: 'Agencies', currency: 'EUR', paymentTerms: '45', reminderTone: '' });
    expect(same.body).toContain('Nothing changed on the group Agencies.');
    const saved = await post(olive, `/settings/groups/${group.id}`, { name: 'Agencies', currency: 'GBP', paymentTerms: '45', reminderTone: '' });
    expect(saved.body).toContain('Saved the group Agencies.');

    const bad = await post(olive, '/settings/groups', { name: 'Studios', currency: 'Zorkmids', paymentTerms: '', reminderTone: '' });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('Please fix the fields marked below.');
    expect(bad.body).toMatch(/name="currency"[^>]*aria-invalid="true"/);
    expect((await groups()).map((g) => g.name)).toEqual(['Agencies']);
  });
});
