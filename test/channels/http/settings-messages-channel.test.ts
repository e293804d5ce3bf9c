// The Settings page's Slack messages channel: an owner sets it (a channel id, checked), it is listed in Recent
// changes with Undo, and the deployment's own workspace shows SLACK_MESSAGES_CHANNEL as the default when empty;
// "off" stops it.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { workspaces } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => { ({ deps, app } = await startWebApp({ env: { SLACK_MESSAGES_CHANNEL: 'C0DEFAULT1' } })); });
afterEach(() => deps.testDb.cleanup());

const page = async (cookie: string, path = '/settings', data?: Record<string, string>) => {
  const res = await app.request(path, data ? { ...form(data), headers: { ...(form(data).headers as Record<string, string>), cookie } } : { headers: { cookie } });
  return { status: res.status, body: await res.text() };
};
const stored = async () => (await deps.db.select().from(workspaces).where(eq(workspaces.id, deps.workspaceId)))[0].slackMessagesChannel;
const defaults = { name: 'Studio', currency: 'USD', paymentTerms: '30', reminderTone: 'friendly' };

it('is set from the workspace form, checked, listed with Undo; empty means the default, "off" none', async () => {
  await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
  const olive = await signIn(app, deps, 'olive@studio.test');
  expect((await page(olive)).body).toContain('placeholder="default: C0DEFAULT1"');

  const bad = await page(olive, '/settings/workspace', { ...defaults, messagesChannel: '#general' });
  expect(bad.status).toBe(422);
  expect(bad.body).toContain('a Slack channel id, like C0123ABCD');
  expect(await stored()).toBeNull();

  const saved = await page(olive, '/settings/workspace', { ...defaults, messagesChannel: ' c0clients1 ' });
  expect(saved.body).toContain('value="C0CLIENTS1"');
  expect(saved.body).toContain('Slack messages channel C0CLIENTS1');
  expect(await stored()).toBe('C0CLIENTS1');

  const undo = /<li data-activity="\d+">(?:(?!<\/li>)[\s\S])*?Slack messages channel C0CLIENTS1(?:(?!<\/li>)[\s\S])*?action="(\/settings\/undo\/\d+)"/.exec(saved.body)?.[1];
  await page(olive, undo!, {});
  expect(await stored()).toBeNull();

  // A member who is not an admin sees the channel, with no form.
  await addMember(deps, 'manager', 'max@studio.test', 'Max Manager');
  const max = await signIn(app, deps, 'max@studio.test');
  expect((await page(max)).body).toContain('<dt>Slack messages channel</dt><dd>default: C0DEFAULT1</dd>');

  // "off" mirrors nowhere, even with the deployment's default; emptying the field goes back to the default.
  const off = await page(olive, '/settings/workspace', { ...defaults, messagesChannel: 'Off' });
  expect(off.body).toContain('Slack messages channel off');
  expect(await stored()).toBe('off');
  expect((await page(max)).body).toContain('<dt>Slack messages channel</dt><dd>off: not mirrored</dd>');
  await page(olive, '/settings/workspace', { ...defaults, messagesChannel: '' });
  expect(await stored()).toBeNull();
});
