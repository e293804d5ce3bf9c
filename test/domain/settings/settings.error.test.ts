import { describe, expect, it } from 'vitest';
import { createGroup } from '../../../src/domain/settings/create-group';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { invalidField, useFixture } from '../clients/fixture';

const f = useFixture();

describe('settings, bad input and roles', () => {
  it('names the bad field and changes nothing', async () => {
    await createGroup({ ctx: f.ctx(), input: { name: 'Existing' } });
    const before = await f.counts();
    await invalidField(createGroup({ ctx: f.ctx(), input: { name: '' } }), 'name');
    await invalidField(createGroup({ ctx: f.ctx(), input: { name: 'existing' } }), 'name');
    await invalidField(createGroup({ ctx: f.ctx(), input: { name: 'X', currency: 'ZZZ' } }), 'currency');
    await invalidField(updateWorkspaceSettings({ ctx: f.ctx('owner'), input: { currency: '' } }), 'currency');
    await invalidField(updateWorkspaceSettings({ ctx: f.ctx('owner'), input: { country: 'Mordor' } }), 'country');
    expect(await f.counts()).toEqual(before);
  });

  it('only owners and admins change workspace settings; members cannot create groups', async () => {
    await expect(updateWorkspaceSettings({ ctx: f.ctx('manager'), input: { currency: 'USD' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createGroup({ ctx: f.ctx('member'), input: { name: 'Nope' } })).rejects.toMatchObject({ code: 'forbidden' });
    // Workspace B's owner changes only B.
    await updateWorkspaceSettings({ ctx: f.ctx('owner', 'b'), input: { currency: 'JPY' } });
    const a = await updateWorkspaceSettings({ ctx: f.ctx('owner', 'a'), input: {} });
    expect(a.workspace.currency).toBe('EUR');
  });
});
