// The client page's contact form (save runs updateContact, and setPortalAccess to turn the portal off, through the
// tool runner): a refusal is shown on the form's own fields with 422 and changes nothing; the portal switch ends access.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { contacts } from '../../../src/db/schema';
import { createClient } from '../../../src/domain/clients/create-client';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, memberCtx, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let acme: { id: number; contactId: number };

beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  const m = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  const ctx = memberCtx(deps, m);
  const a = await createClient({ ctx, input: { name: 'Acme Corp', contactName: 'Jane Roe', email: 'jane@acme.example' } });
  acme = { id: a.client.id, contactId: a.client.contacts[0].id };
  cookie = await signIn(app, deps, 'mia@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const save = (data: Record<string, string>) => {
  const f = form(data);
  return app.request(`/clients/${acme.id}/contacts/${acme.contactId}`, { ...f, headers: { ...f.headers, Cookie: cookie } });
};
const jane = async () => (await deps.db.select().from(contacts).where(eq(contacts.id, acme.contactId)))[0];

it('marks an email the domain refuses on the contact form, with 422, and saves nothing', async () => {
  const res = await save({ name: 'Jane Roe', email: 'jane@acme', jobTitle: 'CFO', portalEnabled: 'true', primary: 'true' });
  expect(res.status).toBe(422);
  const page = await res.text();
  expect(page).toContain('Please fix the fields marked below.');
  expect(page).toMatch(/name="email"[^>]*aria-invalid="true"/);
  expect(await jane()).toMatchObject({ email: 'jane@acme.example', jobTitle: null });
});

it('saves the form, and unticking the portal turns it off for the contact', async () => {
  expect((await jane()).portalEnabled).toBe(true);
  const res = await save({ name: 'Jane Roe', email: 'jane@acme.example', jobTitle: 'CFO', primary: 'true' });
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe(`/clients/${acme.id}?edit=contacts#contacts`);
  expect(await jane()).toMatchObject({ jobTitle: 'CFO', portalEnabled: false });
});
