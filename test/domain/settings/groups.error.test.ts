// Groups and settings refused: bad or taken names, unknown groups, other workspaces, roles, and undo that would
// lose later work.
import { describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { createGroup } from '../../../src/domain/settings/create-group';
import { explainSettings } from '../../../src/domain/settings/explain-settings';
import { updateGroup } from '../../../src/domain/settings/update-group';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { invalidField, useFixture } from '../clients/fixture';

const f = useFixture();

describe('groups and settings, refused', () => {
  it('names the bad field, finds no unknown group, and changes nothing', async () => {
    await createGroup({ ctx: f.ctx(), input: { name: 'Agencies' } });
    await createGroup({ ctx: f.ctx(), input: { name: 'Agency Partners' } });
    const before = await f.counts();
    await invalidField(updateGroup({ ctx: f.ctx(), input: { group: 'Agencies', name: 'agency partners' } }), 'name');
    await invalidField(updateGroup({ ctx: f.ctx(), input: { group: 'Agencies', name: '' } }), 'name');
    await invalidField(updateGroup({ ctx: f.ctx(), input: { group: 'Agencies', currency: 'XYZ' } }), 'currency');
    await invalidField(updateGroup({ ctx: f.ctx(), input: { group: 'Agencies', reminderTone: 'angry' } }), 'reminderTone');
    await expect(updateGroup({ ctx: f.ctx(), input: { group: 'Nobody', currency: 'EUR' } })).rejects.toMatchObject({ code: 'not_found' });
    const amb = await updateGroup({ ctx: f.ctx(), input: { group: 'agenc', currency: 'EUR' } }).catch((e) => e);
    expect(amb).toMatchObject({ code: 'ambiguous' });
    expect(amb.candidates.map((c: { label: string }) => c.label).sort()).toEqual(['Agencies', 'Agency Partners']);
    await invalidField(explainSettings({ ctx: f.ctx(), input: { client: 'x', setting: 'colour' } }), 'setting');
    expect(await f.counts()).toEqual(before);
  });

  it('keeps workspaces apart and roles in their place', async () => {
    await createGroup({ ctx: f.ctx('manager', 'b'), input: { name: 'B only' } });
    await createClient({ ctx: f.ctx(), input: { name: 'Acme Corp' } });
    await expect(updateGroup({ ctx: f.ctx(), input: { group: 'B only', currency: 'EUR' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateClient({ ctx: f.ctx(), input: { client: 'Acme', group: 'B only' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(explainSettings({ ctx: f.ctx('manager', 'b'), input: { client: 'Acme' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateGroup({ ctx: f.ctx('member'), input: { group: 'Agencies', currency: 'EUR' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(explainSettings({ ctx: f.ctx('member'), input: { client: 'Acme' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(explainSettings({ ctx: f.ctx('member'), input: {} })).rejects.toMatchObject({ code: 'forbidden' });
    // A manager may not undo an owner's workspace change either.
    const ws = await updateWorkspaceSettings({ ctx: f.ctx('owner'), input: { reminderTone: 'firm' } });
    await expect(undoActivity({ ctx: f.ctx('manager'), input: { activityId: ws.activityId! } })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('will not undo a new group once a client has joined it', async () => {
    const { activityId } = await createGroup({ ctx: f.ctx(), input: { name: 'Joined' } });
    await createClient({ ctx: f.ctx(), input: { name: 'Member Co', group: 'Joined' } });
    await expect(undoActivity({ ctx: f.ctx('owner'), input: { activityId } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('1 client is in the group') });
  });
});
