// The client page's card forms run their tools through the runner (save-client-card.ts); what the domain refuses is
// marked on the card's own field in the domain's words, with 422, and nothing is saved.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clients, notes } from '../../../src/db/schema';
import { seedClient } from '../../domain/exports/seed';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, postForm, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
let cookie: string;
let id: number;

beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
  id = (await seedClient(deps.db, deps.workspaceId, { name: 'Acme Corp' })).client.id;
});
afterEach(() => deps.testDb.cleanup());

const save = (card: string, data: Record<string, string>) => postForm(app, cookie, `/clients/${id}/edit/${card}`, data);
/** The card's field error next to the input named `name`. */
const fieldError = (page: string, name: string) =>
  new RegExp(String.raw`name="${name}"[^>]*><span class="field-error" role="alert">([^<]*)<`).exec(page)?.[1];

it('a cleared name is refused in the domain words on the identity card, and the name stays', async () => {
  const res = await save('identity', { name: '' });
  expect(res.status).toBe(422);
  const page = await res.text();
  expect(page).toContain('Please fix the fields marked below.');
  expect(fieldError(page, 'name')).toBe('cannot be empty');
  expect((await deps.db.select().from(clients).where(eq(clients.id, id)))[0].name).toBe('Acme Corp');
});

it('negative or fractional payment terms are refused in the domain words on the billing card', async () => {
  const negative = await save('billing', { paymentTerms: '-5' });
  expect(negative.status).toBe(422);
  expect(fieldError(await negative.text(), 'paymentTerms')).toBe('cannot be negative');
  expect(fieldError(await (await save('billing', { paymentTerms: '12.5' })).text(), 'paymentTerms')).toBe('must be whole days');
  expect((await deps.db.select().from(clients).where(eq(clients.id, id)))[0].paymentTerms).toBeNull();
});

it('an empty note is refused on the notes card; a note is added', async () => {
  const empty = await save('notes', { text: '  ' });
  expect(empty.status).toBe(422);
  expect(await empty.text()).toMatch(/<textarea name="text"[^>]*>\s*<\/textarea><\/label>\s*<p class="field-error">is required<\/p>/);
  expect(await deps.db.select().from(notes)).toEqual([]);
  expect((await save('notes', { text: 'Called Jane.' })).status).toBe(303);
  expect((await deps.db.select().from(notes)).map((n) => n.body)).toEqual(['Called Jane.']);
});
