// The client page's Messages card says who a message reaches before anyone types it: with no contact on the portal,
// that nobody at the client will see it yet (and where to change that), instead of a plain "Shown in the client portal."
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App, cookie: string, ctx: ReturnType<typeof makeCtx>;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  const m = await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  cookie = await signIn(app, deps, 'mia@studio.test');
  ctx = makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: m.id, role: 'manager', channel: 'web', name: 'Mia' });
});
afterEach(() => deps.testDb.cleanup());

const card = async (id: number) => {
  const page = await (await app.request(`/clients/${id}`, { headers: { Cookie: cookie } })).text();
  return /<section class="card" id="messages">[\s\S]*?<\/section>/.exec(page)![0].replace(/\s+/g, ' ');
};

it('says nobody at the client will see a message while no contact has portal access, and who gets it once one does', async () => {
  const { client } = await createClient({ ctx, input: { name: 'Empty Ltd' } });
  const before = await card(client.id);
  expect(before).toContain('no contact of Empty Ltd has portal access yet: nobody there sees it until one does');
  expect(before).toContain(`href="/clients/${client.id}#portal"`);

  await addContact({ ctx, input: { client: 'Empty Ltd', name: 'Jane Doe', email: 'jane@empty.test' } });
  const after = await card(client.id);
  expect(after).toContain('Shown in the client portal; its portal contact gets an email.');
  expect(after).not.toContain('nobody there sees it');
});
