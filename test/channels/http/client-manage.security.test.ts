// The client page's record actions refuse what the person may not do (issue 13): a manager cannot delete, a
// contact of another client or another workspace's client is not found, a cross-site form is refused, and a
// member without client access gets nothing. Nothing changes in each case.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clients, contacts, workspaces } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let acme: { id: number; contactId: number };
let globexContact: number;

beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  const m = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  const ctx = makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: m.id, role: 'manager', channel: 'web', name: 'Mia' });
  const a = await createClient({ ctx, input: { name: 'Acme Corp', contactName: 'Jane Roe', email: 'jane@acme.example' } });
  acme = { id: a.client.id, contactId: a.client.contacts[0].id };
  globexContact = (await createClient({ ctx, input: { name: 'Globex', contactName: 'Gil' } })).client.contacts[0].id;
});
afterEach(() => deps.testDb.cleanup());

const as = async (role: 'manager' | 'member' | 'owner') => {
  const email = `${role}2@studio.test`;
  await addMember(deps, role, email);
  const cookie = await signIn(app, deps, email);
  const post = (path: string, data: Record<string, string> = {}, headers: Record<string, string> = {}) => {
    const f = form(data);
    return app.request(path, { ...f, headers: { ...f.headers, ...headers, Cookie: cookie } });
  };
  return Object.assign(post, { get: async (path: string) => (await app.request(path, { headers: { Cookie: cookie } })).text() });
};
const acmeRows = async () => deps.db.select().from(clients).where(eq(clients.id, acme.id));

it('a manager sees no Delete and cannot delete by posting the form', async () => {
  const post = await as('manager');
  const page = await post.get(`/clients/${acme.id}?confirm=delete`);
  expect(page).not.toContain('id="delete-client"');
  expect(page).not.toContain('id="confirm-delete"');
  const res = await post(`/clients/${acme.id}/delete`);
  expect(res.status).toBe(403); // forbidden, from HTTP's one error table (errors.ts), as the API answers it
  expect(await res.text()).toMatch(/owners? (and|or) admins?/i);
  expect(await acmeRows()).toHaveLength(1);
});

it("edits or removes a contact only through its own client's page", async () => {
  const post = await as('manager');
  expect((await post(`/clients/${acme.id}/contacts/${globexContact}`, { name: 'Hijacked', email: '' })).status).toBe(404);
  expect((await post(`/clients/${acme.id}/contacts/${globexContact}/remove`)).status).toBe(404);
  const [gil] = await deps.db.select().from(contacts).where(eq(contacts.id, globexContact));
  expect(gil.name).toBe('Gil');
});

it("another workspace's client is not found, and nothing of it changes", async () => {
  const [other] = await deps.db.insert(workspaces).values({ name: 'Other Studio' }).returning();
  const [theirs] = await deps.db.insert(clients).values({ workspaceId: other.id, number: '0001', name: 'Theirs', nameKey: 'theirs' }).returning();
  const post = await as('owner');
  for (const path of [`/clients/${theirs.id}/archive`, `/clients/${theirs.id}/delete`, `/clients/${theirs.id}/unarchive`]) {
    expect((await post(path)).status, path).toBe(404);
  }
  expect((await deps.db.select().from(clients).where(eq(clients.id, theirs.id)))[0].archivedAt).toBeNull();
});

it('refuses a cross-site form and a member without client access', async () => {
  const owner = await as('owner');
  const cross = await owner(`/clients/${acme.id}/archive`, {}, { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
  expect(cross.status).toBe(403);
  const member = await as('member');
  expect((await member(`/clients/${acme.id}/archive`)).status).toBe(403);
  expect((await acmeRows())[0].archivedAt).toBeNull();
});
