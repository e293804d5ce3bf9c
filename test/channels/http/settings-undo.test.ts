// The Settings page's Recent changes, through the real app: changes to groups and the workspace defaults are
// listed with Undo; Undo restores what was there, and the change then reads undone with a Redo (its undo folded
// into it, as on the Team page), which brings it back. Who sees which button, and forged posts:
// settings-undo.security.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDeps } from '../../support/deps';
import { as, buttonLabel, changeRow, history, rowsWith, undoPath } from './settings-history';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp()); });
afterEach(() => deps.testDb.cleanup());

const postAs = async (cookie: string, path: string, data: Record<string, string>) => {
  const res = await app.request(path, as(cookie, form(data)));
  return { status: res.status, body: await res.text() };
};
const DEFAULTS = 'Changed workspace settings: currency GBP';

describe('Settings: Recent changes with Undo and Redo', () => {
  it('lists group and default changes and undoes them; an undone change reads undone with one Redo, never an "Undid" row with an Undo', async () => {
    await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
    const olive = await signIn(app, deps, 'olive@studio.test');
    const before = await (await app.request('/settings', as(olive, {}))).text();
    expect(history(before)).toContain('No changes to groups or defaults yet.');

    await postAs(olive, '/settings/groups', { name: 'Agencies', currency: 'EUR', paymentTerms: '45', reminderTone: '' });
    const saved = await postAs(olive, '/settings/workspace', { name: 'My Studio', currency: 'GBP', paymentTerms: '14', reminderTone: 'firm' });
    expect(saved.status).toBe(200);
    expect(history(saved.body)).toContain('Created the group Agencies');
    expect(history(saved.body)).toContain('Changed workspace settings: currency GBP, payment terms 14, reminder tone firm');
    expect(buttonLabel(saved.body, DEFAULTS)).toBe('Undo');

    const undone = await postAs(olive, undoPath(saved.body, DEFAULTS)!, {});
    expect(undone.status).toBe(200);
    expect(undone.body).toContain('Undid: Changed workspace settings');
    // The defaults are back in the form; the change is listed once, undone, and its button redoes it.
    expect(undone.body).not.toContain('value="GBP"');
    expect(rowsWith(undone.body, 'Changed workspace settings')).toBe(1);
    expect(rowsWith(undone.body, 'Undid:')).toBe(0);
    expect(changeRow(undone.body, DEFAULTS)).toContain('<span class="badge">undone</span>');
    expect(buttonLabel(undone.body, DEFAULTS)).toBe('Redo');
    expect(changeRow(undone.body, DEFAULTS)).toContain('aria-label="Redo: Changed workspace settings');

    const redo = await postAs(olive, undoPath(undone.body, DEFAULTS)!, {});
    expect(redo.body).toContain('Redid: Changed workspace settings');
    expect(redo.body).toContain('value="GBP"');
    expect(rowsWith(redo.body, 'Changed workspace settings')).toBe(1);
    expect(rowsWith(redo.body, 'Redid:')).toBe(0);
    expect(changeRow(redo.body, DEFAULTS)).not.toContain('undone');
    expect(buttonLabel(redo.body, DEFAULTS)).toBe('Undo');

    // The new group goes again while no client has joined it.
    const gone = await postAs(olive, undoPath(redo.body, 'Created the group Agencies')!, {});
    expect(gone.body).toContain('Undid: Created the group Agencies');
    expect(gone.body).not.toContain('data-group="Agencies"');
    expect(buttonLabel(gone.body, 'Created the group Agencies')).toBe('Redo');
  });
});
