// Groups renamed and re-set, clients in and out of them, "why is Acme billed in EUR?", and every change undone
// and redone.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { activities, groups, workspaces } from '../../../src/db/schema';
import { createGroup } from '../../../src/domain/settings/create-group';
import { explainSettings } from '../../../src/domain/settings/explain-settings';
import { listGroups } from '../../../src/domain/settings/list-groups';
import { updateGroup } from '../../../src/domain/settings/update-group';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { useFixture } from '../clients/fixture';

const f = useFixture();
const undo = (activityId: number, role: 'manager' | 'owner' = 'owner') => undoActivity({ ctx: f.ctx(role), input: { activityId } });

describe('groups and where settings come from', () => {
  it('explains each setting from the client, its group or the workspace, and follows a client into and out of a group', async () => {
    await createGroup({ ctx: f.ctx(), input: { name: 'Agencies', currency: 'EUR', paymentTerms: 45 } });
    await createClient({ ctx: f.ctx(), input: { name: 'Acme Corp' } });
    const plain = await explainSettings({ ctx: f.ctx(), input: { client: 'Acme' } });
    expect(plain.settings.map((s) => s.from)).toEqual(['workspace', 'workspace', 'workspace']);
    expect(plain.text).toContain('Acme Corp is billed in EUR, the workspace default.');

    await updateClient({ ctx: f.ctx(), input: { client: 'Acme', group: 'agencies' } });
    const grouped = await explainSettings({ ctx: f.ctx(), input: { client: 'Acme', setting: 'currency' } });
    expect(grouped.text).toBe('Acme Corp is billed in EUR, from the group Agencies.');
    expect(grouped.settings).toEqual([{ setting: 'currency', value: 'EUR', from: 'group', source: 'set on the group Agencies', text: grouped.text }]);
    const terms = await explainSettings({ ctx: f.ctx(), input: { client: 'Acme', setting: 'paymentTerms' } });
    expect(terms.text).toBe("Acme Corp's payment terms are 45 days, from the group Agencies.");

    await updateClient({ ctx: f.ctx(), input: { client: 'Acme', reminderTone: 'firm' } });
    const own = await explainSettings({ ctx: f.ctx(), input: { client: 'Acme', setting: 'reminderTone' } });
    expect(own.text).toBe("Acme Corp's payment reminders are firm, set on Acme Corp itself.");
    expect((await listGroups(f.ctx())).find((g) => g.name === 'Agencies')?.clientCount).toBe(1);

    const out = await updateClient({ ctx: f.ctx(), input: { client: 'Acme', group: null } });
    expect(out.client.groupName).toBeNull();
    expect((await explainSettings({ ctx: f.ctx(), input: { client: 'Acme', setting: 'paymentTerms' } })).settings[0]).toMatchObject({ value: 30, from: 'workspace' });
  });

  it("without a client, says the workspace's own defaults, as they are now", async () => {
    const all = await explainSettings({ ctx: f.ctx(), input: {} });
    expect(all.client).toBeNull();
    expect(all.text).toBe("Clients are billed in EUR by default. Payment terms are 30 days by default. Payment reminders are friendly by default. A client's own setting, or its group's, comes first.");
    await updateWorkspaceSettings({ ctx: f.ctx('owner'), input: { currency: 'CHF' } });
    const currency = await explainSettings({ ctx: f.ctx('manager'), input: { setting: 'currency' } });
    expect(currency.settings).toEqual([{ setting: 'currency', value: 'CHF', from: 'workspace', source: 'workspace default', text: 'Clients are billed in CHF by default.' }]);
    // (The workspace is shared by this file's tests: its default goes back.)
    await updateWorkspaceSettings({ ctx: f.ctx('owner'), input: { currency: 'EUR' } });
  });

  it('renames a group and changes or clears its settings; its clients follow', async () => {
    await createGroup({ ctx: f.ctx(), input: { name: 'Retailers', currency: 'USD' } });
    await createClient({ ctx: f.ctx(), input: { name: 'Shop Ltd', group: 'Retailers' } });
    const r = await updateGroup({ ctx: f.ctx(), input: { group: 'retail', name: 'Retail', currency: null, paymentTerms: 'net 14', reminderTone: 'neutral' } });
    expect(r.group).toMatchObject({ name: 'Retail', currency: null, paymentTerms: 14, reminderTone: 'neutral' });
    expect(r.changed.sort()).toEqual(['currency', 'name', 'paymentTerms', 'reminderTone']);
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act.summary).toContain('payment terms (none) → 14');
    expect(act.summary).toContain('reminder tone (none) → neutral');
    expect(act.summary).not.toMatch(/paymentTerms|reminderTone/);
    const e = await explainSettings({ ctx: f.ctx(), input: { client: 'Shop Ltd' } });
    expect(e.settings.map((s) => [s.value, s.from])).toEqual([['EUR', 'workspace'], [14, 'group'], ['neutral', 'group']]);
    expect(e.text).toContain('from the group Retail.');
    const same = await updateGroup({ ctx: f.ctx(), input: { group: 'Retail', paymentTerms: 14 } });
    expect(same).toMatchObject({ changed: [], activityId: null });
  });

  it('undoes and redoes a group change, a new group and a workspace change', async () => {
    const { group, activityId: created } = await createGroup({ ctx: f.ctx(), input: { name: 'Temp' } });
    const u = await updateGroup({ ctx: f.ctx(), input: { group: 'Temp', name: 'Temporary', currency: 'CHF' } });
    const undone = await undo(u.activityId!);
    expect((await f.t.db.select().from(groups).where(eq(groups.id, group.id)))[0]).toMatchObject({ name: 'Temp', currency: null });
    await undo(undone.activityId); // redo
    expect((await f.t.db.select().from(groups).where(eq(groups.id, group.id)))[0]).toMatchObject({ name: 'Temporary', currency: 'CHF' });

    const { activityId: made } = await createGroup({ ctx: f.ctx(), input: { name: 'Scratch' } });
    await undo(made);
    expect(await f.t.db.select().from(groups).where(eq(groups.name, 'Scratch'))).toEqual([]);
    expect(created).toBeGreaterThan(0);

    const ws = await updateWorkspaceSettings({ ctx: f.ctx('owner'), input: { paymentTerms: 21, name: 'Studio A2' } });
    const wsUndo = await undo(ws.activityId!);
    const [row] = await f.t.db.select().from(workspaces).where(eq(workspaces.id, f.a.workspaceId));
    expect(row).toMatchObject({ name: 'Studio A', paymentTerms: 30 });
    await undo(wsUndo.activityId);
    expect((await f.t.db.select().from(workspaces).where(eq(workspaces.id, f.a.workspaceId)))[0]).toMatchObject({ name: 'Studio A2', paymentTerms: 21 });
  });
});
