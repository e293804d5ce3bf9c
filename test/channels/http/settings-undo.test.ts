// The Settings page's Recent changes, through the real app: changes to groups and the workspace defaults are
// listed with Undo; Undo restores what was there (and can be undone in turn). Who sees which Undo, and forged
// posts: settings-undo.security.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDeps } from '../../support/deps';
import { as, history, undoPath } from './settings-history';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

const postAs = async (cookie: string, path: string, data: Record<string, string>) => {
  const res = await app.request(path, as(cookie, form(data)));
  return { status: res.status, body: await res.text() };
};

describe('Settings: Recent changes with Undo', () => {
  it('lists group and default changes and undoes them, newest first, each undo undoable in turn', async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
    const olive = await signIn(app, deps, 'olive@studio.test');
    const before = await (await app.request('/settings', as(olive, {}))).text();
    expect(history(before)).toContain('No changes to groups or defaults yet.');

    await postAs(olive, '/settings/groups', { name: 'Agencies', currency: 'EUR', paymentTerms: '45', reminderTone: '' });
    const saved = await postAs(olive, '/settings/workspace', { name: 'My Studio', currency: 'GBP', paymentTerms: '14', reminderTone: 'firm' });
    expect(saved.status).toBe(200);
    expect(history(saved.body)).toContain('Created the group Agencies');
    expect(history(saved.body)).toContain('Changed workspace settings: currency GBP, payment terms 14, reminder tone firm');
    const undoDefaults = undoPath(saved.body, 'Changed workspace settings');
    expect(undoDefaults).toBeDefined();

    const undone = await postAs(olive, undoDefaults!, {});
    expect(undone.status).toBe(200);
    expect(undone.body).toContain('Undid: Changed workspace settings');
    // The defaults are back in the form, and the change shows as undone.
    expect(undone.body).not.toContain('value="GBP"');
    expect(history(undone.body)).toContain('<span class="badge">undone</span>');
    // The undo itself can be undone (a redo), which brings GBP back.
    const redo = await postAs(olive, undoPath(undone.body, 'Undid: Changed workspace settings')!, {});
    expect(redo.body).toContain('Redid: Changed workspace settings');
    expect(redo.body).toContain('value="GBP"');

    // The new group goes again while no client has joined it.
    const gone = await postAs(olive, undoPath(redo.body, 'Created the group Agencies')!, {});
    expect(gone.body).toContain('Undid: Created the group Agencies');
    expect(gone.body).not.toContain('data-group="Agencies"');
  });
});
