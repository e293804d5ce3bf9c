// The Settings page's Recent changes, through the real app: changes to groups and the workspace defaults are
// listed with Undo; Undo restores what was there (and can be undone in turn); a manager cannot undo the defaults.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

const as = (cookie: string, init: RequestInit) => ({ ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
const postAs = async (cookie: string, path: string, data: Record<string, string>) => {
  const res = await app.request(path, as(cookie, form(data)));
  return { status: res.status, body: await res.text() };
};
const history = (page: string) => /<section class="card" id="history">[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
/** The Undo form of the listed change whose text contains `summary`. */
const undoPath = (page: string, summary: string) => {
  const item = [...history(page).matchAll(/<li data-activity="(\d+)">([\s\S]*?)<\/li>/g)].find((m) => m[2].includes(summary));
  return item && /action="(\/settings\/undo\/\d+)"/.exec(item[2])?.[1];
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

  it('refuses a manager\'s undo of the workspace defaults, saying why, and changes nothing', async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
    await addMember(deps, 'manager', 'max@studio.test', 'Max Manager');
    const olive = await signIn(app, deps, 'olive@studio.test');
    const max = await signIn(app, deps, 'max@studio.test');
    await postAs(olive, '/settings/workspace', { name: 'My Studio', currency: 'GBP', paymentTerms: '14', reminderTone: 'firm' });
    const page = await (await app.request('/settings', as(max, {}))).text();
    const path = undoPath(page, 'Changed workspace settings');
    expect(path).toBeDefined();
    const refused = await postAs(max, path!, {});
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/change workspace settings/);
    expect(refused.body).toContain('<dd>GBP</dd>');
  });
});
