// Who sees which Undo in Settings' Recent changes: the domain's own rule (the one undoActivity enforces), so a
// manager sees no Undo or Redo on the workspace defaults while an owner does; a forged post is refused anyway.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaces } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { as, buttonLabel, changeRow, settingsOf, undoPath } from './settings-history';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
let olive: string, max: string;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
  await addMember(deps, 'manager', 'max@studio.test', 'Max Manager');
  olive = await signIn(app, deps, 'olive@studio.test');
  max = await signIn(app, deps, 'max@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const post = async (cookie: string, path: string, data: Record<string, string> = {}) => {
  const res = await app.request(path, as(cookie, form(data)));
  return { status: res.status, body: await res.text() };
};
const DEFAULTS = { name: 'My Studio', currency: 'GBP', paymentTerms: '14', reminderTone: 'firm' };
const currency = async () => (await deps.db.select().from(workspaces).where(eq(workspaces.id, deps.workspaceId)))[0].defaultCurrency;

describe('Settings: Undo only for whom the domain allows it', () => {
  it('an owner sees Undo on a change to the defaults; a manager sees the change without it, and keeps Undo on a group', async () => {
    await post(olive, '/settings/workspace', DEFAULTS);
    await post(max, '/settings/groups', { name: 'Agencies' });

    const owners = await settingsOf(app, olive);
    expect(undoPath(owners, 'Changed workspace settings')).toBeDefined();
    expect(undoPath(owners, 'Created the group Agencies')).toBeDefined();
    const managers = await settingsOf(app, max);
    expect(changeRow(managers, 'Changed workspace settings')).toBeDefined();
    expect(undoPath(managers, 'Changed workspace settings')).toBeUndefined();
    expect(undoPath(managers, 'Created the group Agencies')).toBeDefined();
  });

  it("a manager's forged undo (and redo) of the defaults is refused, saying why, and changes nothing", async () => {
    await post(olive, '/settings/workspace', DEFAULTS);
    const undo = undoPath(await settingsOf(app, olive), 'Changed workspace settings')!;
    const refused = await post(max, undo);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('change workspace settings');
    expect(refused.body).toContain('<dd>GBP</dd>');
    expect(await currency()).toBe('GBP');

    const undone = await post(olive, undo);
    const redo = undoPath(undone.body, 'Changed workspace settings')!;
    expect(buttonLabel(undone.body, 'Changed workspace settings')).toBe('Redo');
    expect(await currency()).not.toBe('GBP');
    const refusedRedo = await post(max, redo);
    expect(refusedRedo.status).toBe(403);
    expect(await currency()).not.toBe('GBP');
  });

  it('a manager sees an undone change to the defaults without its Redo, which the owner has', async () => {
    await post(olive, '/settings/workspace', DEFAULTS);
    const undo = undoPath(await settingsOf(app, olive), 'Changed workspace settings')!;
    for (let i = 1; i <= 5; i++) await post(olive, '/settings/groups', { name: `Group ${i}` });
    await post(olive, undo);
    const owners = await settingsOf(app, olive);
    expect(buttonLabel(owners, 'Changed workspace settings')).toBe('Redo');
    const managers = await settingsOf(app, max);
    expect(changeRow(managers, 'Changed workspace settings')).toContain('undone');
    expect(undoPath(managers, 'Changed workspace settings')).toBeUndefined();
    expect(undoPath(managers, 'Group 5')).toBeDefined();
  });

  it('a member has no Settings page and no Undo, and a forged undo is refused', async () => {
    await addMember(deps, 'member', 'bo@studio.test', 'Bo Member');
    const bo = await signIn(app, deps, 'bo@studio.test');
    await post(olive, '/settings/workspace', DEFAULTS);
    const undo = undoPath(await settingsOf(app, olive), 'Changed workspace settings')!;
    const page = await app.request('/settings', as(bo));
    expect(page.status).toBe(403);
    expect(undoPath(await page.text(), 'Changed workspace settings')).toBeUndefined();
    expect((await post(bo, undo)).status).toBe(403);
    expect(await currency()).toBe('GBP');
  });
});
