// The client page's Group select (issue 13: clients put in *or out of* a group from the web): choosing a group
// makes the client take its settings, and "No group" takes it out again, back to the workspace defaults, with the
// page's sentences saying where each value comes from, and the history naming the group in words.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App, cookie: string;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'owner', 'olive@studio.test', 'Olive Owner');
  cookie = await signIn(app, deps, 'olive@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const post = (path: string, data: Record<string, string>) => {
  const init = form(data);
  return app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
};
const page = async (path: string) => (await app.request(path, { headers: { cookie } })).text();

it('puts a client in a group and, with "No group", out of it again', async () => {
  await post('/settings/groups', { name: 'Agencies', currency: 'EUR', paymentTerms: '45', reminderTone: '' });
  await post('/clients/new', { mode: 'quick', name: 'Acme Corp' });
  const [acme] = await deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));

  const joined = await post(`/clients/${acme.id}/group`, { group: 'Agencies' });
  expect(joined.status).toBe(303);
  const inGroup = await page(`/clients/${acme.id}`);
  expect(inGroup).toContain('Acme Corp is billed in EUR, from the group Agencies.');
  expect(inGroup).toMatch(/<option value="Agencies" selected>Agencies<\/option>/);

  const left = await post(`/clients/${acme.id}/group`, { group: '' });
  expect(left.status).toBe(303);
  expect((await deps.db.select().from(clients).where(eq(clients.id, acme.id)))[0].groupId).toBeNull();
  const out = await page(`/clients/${acme.id}`);
  expect(out).toContain('Acme Corp is billed in USD, the workspace default.');
  expect(out).toMatch(/<option value="" selected>No group<\/option>/);
  // The history names the group, not its column and id ("groupId (empty) → 1" before).
  const history = /<section class="card" id="history">[\s\S]*?<\/section>/.exec(out)![0];
  expect(history).toContain('Updated Acme Corp: group Agencies → (empty)');
  expect(history).toContain('Updated Acme Corp: group (empty) → Agencies');
  expect(history).not.toContain('groupId');
});
