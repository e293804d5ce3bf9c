import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../../src/context';
import { addNote } from '../../../src/domain/clients/add-note';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { deleteClient } from '../../../src/domain/clients/delete-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { showClient } from '../../../src/domain/clients/show-client';
import { unarchiveClient } from '../../../src/domain/clients/unarchive-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { removeContact } from '../../../src/domain/contacts/remove-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { listActivity } from '../../../src/domain/activity/list-activity';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createGroup } from '../../../src/domain/settings/create-group';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { useFixture } from './fixture';

const f = useFixture();
type Verb = (a: { ctx: Ctx; input: unknown }) => Promise<unknown>;

const VERBS: Array<[string, Verb, Record<string, unknown>]> = [
  ['createClient', createClient, { name: 'Sneaky' }],
  ['updateClient', updateClient, { client: 'Secret Co', status: 'past' }],
  ['findClients', findClients, { query: 'secret' }],
  ['showClient', showClient, { client: 'Secret Co' }],
  ['addNote', addNote, { client: 'Secret Co', text: 'x' }],
  ['archiveClient', archiveClient, { client: 'Secret Co' }],
  ['unarchiveClient', unarchiveClient, { client: 'Secret Co' }],
  ['deleteClient', deleteClient, { client: 'Secret Co' }],
  ['addContact', addContact, { client: 'Secret Co', name: 'Z' }],
  ['updateContact', updateContact, { client: 'Secret Co', contact: 'Sam', primary: true }],
  ['removeContact', removeContact, { client: 'Secret Co', contact: 'Sam' }],
  ['listActivity', listActivity, {}],
  ['undoActivity', undoActivity, { activityId: 1 }],
  ['createGroup', createGroup, { name: 'G' }],
];

describe('roles and workspace isolation', () => {
  it('members get a clear Forbidden from every verb, and nothing changes', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Secret Co', contactName: 'Sam', email: 'sam@secret.co' } });
    const before = await f.counts();
    for (const [name, verb, input] of VERBS) {
      const err = await verb({ ctx: f.ctx('member'), input }).then(() => null, (e) => e);
      expect(err, name).toMatchObject({ code: 'forbidden' });
      expect(err.message, name).toMatch(/member/);
    }
    await expect(updateWorkspaceSettings({ ctx: f.ctx('member'), input: { currency: 'GBP' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await f.counts()).toEqual(before);
  });

  it("another workspace's clients are invisible: NotFound by name and by id, absent from search", async () => {
    const { client } = await createClient({ ctx: f.ctx('manager', 'a'), input: { name: 'Canary A Corp', email: 'canary@a.test' } });
    const ctxB = f.ctx('owner', 'b');
    const before = await f.counts();
    expect((await findClients({ ctx: ctxB, input: { query: 'canary' } })).total).toBe(0);
    for (const ref of ['Canary A Corp', `id:${client.id}`, 'canary@a.test', client.number]) {
      await expect(showClient({ ctx: ctxB, input: { client: ref } })).rejects.toMatchObject({ code: 'not_found' });
      await expect(updateClient({ ctx: ctxB, input: { client: ref, status: 'past' } })).rejects.toMatchObject({ code: 'not_found' });
      await expect(deleteClient({ ctx: ctxB, input: { client: ref } })).rejects.toMatchObject({ code: 'not_found' });
      await expect(addContact({ ctx: ctxB, input: { client: ref, name: 'Spy' } })).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(getClientView(f.t.db, ctxB, client.id)).rejects.toMatchObject({ code: 'not_found' });
    const acts = await listActivity({ ctx: ctxB, input: {} });
    expect(acts.activities.every((a) => a.clientId !== client.id)).toBe(true);
    expect(await f.counts()).toEqual(before);
  });

  it('a refused role is told in a plain sentence who may do it', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Keep Me Ltd' } });
    await expect(deleteClient({ ctx: f.ctx('manager'), input: { client: 'Keep Me Ltd' } }))
      .rejects.toThrow('Only owners and admins can delete clients; your role (manager) cannot.');
    expect((await showClient({ ctx: f.ctx(), input: { client: 'Keep Me Ltd' } })).name).toBe('Keep Me Ltd');
  });

  it('the same name in another workspace is not a duplicate', async () => {
    await createClient({ ctx: f.ctx('manager', 'a'), input: { name: 'Shared Name', website: 'shared.io' } });
    const r = await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Shared Name', website: 'shared.io' } });
    expect(r.created).toBe(true);
  });

  it('authority comes from the actor, never from input keys', async () => {
    const r = await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Smuggled', workspaceId: 1 } as Record<string, unknown> });
    await expect(getClientView(f.t.db, f.ctx('owner', 'a'), r.client.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await getClientView(f.t.db, f.ctx('owner', 'b'), r.client.id)).name).toBe('Smuggled');
  });
});
