// The client page's owner select offers exactly whom the domain accepts as a client's owner (clientOwnerChoices): any
// teammate still in the team, a member-role one too, and never a removed one. A current owner who was removed shows
// as the current value but cannot be picked, and saving the card keeps them; picking one removed since the page was
// opened is the domain's refusal, marked on the select.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import { removeMember } from '../../../src/domain/members/remove-member';
import type { TestDeps } from '../../support/deps';
import { seedClient } from '../../domain/exports/seed';
import { addMember, type App, memberCtx, postForm, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
});
afterEach(() => deps.testDb.cleanup());

const editIdentity = async (cookie: string, id: number) =>
  (await app.request(`/clients/${id}?edit=identity#identity`, { headers: { Cookie: cookie } })).text();
/** The owner select's options as [value, label, flags]. */
const options = (body: string) => {
  const select = /<select name="owner" id="owner-select">([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '';
  return [...select.matchAll(/<option value="(\d*)" ?([^>]*)>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], m[2].trim()]);
};
const ownerOf = async (id: number) => (await deps.db.select({ o: clients.ownerId }).from(clients).where(eq(clients.id, id)))[0]?.o;

async function team() {
  const ada = await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
  const mia = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  const max = await addMember(deps, 'member', 'max@studio.test', 'Max');
  const bo = await addMember(deps, 'manager', 'bo@studio.test', 'Bo');
  const adaCtx = memberCtx(deps, ada);
  const remove = (id: number) => removeMember({ ctx: adaCtx, input: { member: id } });
  return { ada, mia, max, bo, remove, cookie: await signIn(app, deps, 'mia@studio.test') };
}

describe("the client page's owner select", () => {
  it('offers every teammate still in the team, a member-role one too, and no removed one; choosing the member-role one saves', async () => {
    const { ada, mia, max, bo, remove, cookie } = await team();
    await remove(bo.id);
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme Robotics', ownerId: mia.id });
    expect(options(await editIdentity(cookie, client.id))).toEqual([
      ['', 'No owner', ''],
      [String(ada.id), 'Ada', ''],
      [String(max.id), 'Max', ''],
      [String(mia.id), 'Mia', 'selected'],
    ]);
    const saved = await postForm(app, cookie, `/clients/${client.id}/edit/identity`, { owner: String(max.id) });
    expect(saved.status).toBe(303);
    expect(await ownerOf(client.id)).toBe(max.id);
  });

  it('shows a removed current owner as the current value, not a choice, and saving the card keeps them', async () => {
    const { bo, remove, cookie } = await team();
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme Robotics', ownerId: bo.id });
    await remove(bo.id);
    const gone = options(await editIdentity(cookie, client.id)).filter(([v]) => v === String(bo.id));
    expect(gone).toEqual([[String(bo.id), 'Bo (removed from the team)', 'disabled selected']]);
    // A disabled option is not posted: the card is saved without an owner field.
    const saved = await postForm(app, cookie, `/clients/${client.id}/edit/identity`, { name: 'Acme Robotics Ltd' });
    expect(saved.status).toBe(303);
    expect(await ownerOf(client.id)).toBe(bo.id);
  });

  it('refuses a teammate removed since the page was opened, on the select, and keeps the owner', async () => {
    const { mia, bo, remove, cookie } = await team();
    const { client } = await seedClient(deps.db, deps.workspaceId, { name: 'Acme Robotics', ownerId: mia.id });
    expect(options(await editIdentity(cookie, client.id)).map(([v]) => v)).toContain(String(bo.id));
    await remove(bo.id);
    const refused = await postForm(app, cookie, `/clients/${client.id}/edit/identity`, { owner: String(bo.id) });
    expect(refused.status).toBe(422);
    const body = (await refused.text()).replaceAll('&#39;', "'");
    expect(body).toMatch(
      /<select name="owner" id="owner-select">[\s\S]*?<\/select><span class="field-error" role="alert">Bo was removed from the team on \d{4}-\d\d-\d\d; /,
    );
    expect(await ownerOf(client.id)).toBe(mia.id);
  });
});
