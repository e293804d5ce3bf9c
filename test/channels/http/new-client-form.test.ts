// The New client page (createClient through the tool runner): the full form marks every missing field at once,
// the name too, and saves nothing; quick add needs only a name; a duplicate is named and not created again.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, postForm, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;

beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
});
afterEach(() => deps.testDb.cleanup());

const marked = (page: string) => [...page.matchAll(/name="([\w.]+)"[^>]*aria-invalid="true"/g)].map((m) => m[1]).sort();

it('an empty full form marks every required field, the name among them, with 422, and creates nothing', async () => {
  const res = await postForm(app, cookie, '/clients/new', { mode: 'full' });
  expect(res.status).toBe(422);
  const page = await res.text();
  expect(page).toContain('7 fields need attention; nothing was saved.');
  expect(marked(page)).toEqual(['address.city', 'address.country', 'address.line1', 'address.postalCode', 'contactName', 'email', 'name']);
  expect(await deps.db.select().from(clients)).toEqual([]);
});

it('quick add without a name says it is required; with one it creates the client, and a second time names the one that exists', async () => {
  const empty = await postForm(app, cookie, '/clients/new', { mode: 'quick', name: '  ' });
  expect(empty.status).toBe(422);
  expect(await empty.text()).toMatch(/name="name"[^>]*aria-invalid="true"><span class="field-error" role="alert">is required</);
  const made = await postForm(app, cookie, '/clients/new', { mode: 'quick', name: 'Bare Ltd' });
  expect(made.status).toBe(303);
  const [row] = await deps.db.select().from(clients);
  expect(made.headers.get('location')).toBe(`/clients/${row.id}`);
  const again = await postForm(app, cookie, '/clients/new', { mode: 'quick', name: 'Bare Ltd' });
  expect(again.status).toBe(409);
  expect(await again.text()).toContain(`Bare Ltd (#${row.number}) already exists; nothing was created. Open it from the client list.`);
  expect(await deps.db.select().from(clients)).toHaveLength(1);
});
