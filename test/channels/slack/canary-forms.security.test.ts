// Isolation between Slack teams through the interactive paths (issue 17): team two's modals sent back with their
// private_metadata or values forged to name team one's client or group, and buttons carrying team one's import,
// invoice, outreach draft, approval, client and change ids. Each is refused with a clear error (on the modal's
// field, or privately), team one's rows stay exactly as they were, and none of team one's canary reaches team two.
// A control sends the same forged payloads with team two's own ids and sees them go through.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { createGroup } from '../../../src/domain/settings/create-group';
import { activities, approvals, clients, contacts, csvImports, groups, invoices, members, notes, outreachDrafts, slackInstallations } from '../../../src/db/schema';
import { CANARY, plant } from './canary-plant';
import { startTeamsHarness, TEAM_ONE, TEAM_TWO, userOf, type TeamsHarness } from './many-teams-harness';

let h: TeamsHarness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

describe('team two\'s forms and buttons naming team one\'s rows', () => {
  it('a modal whose metadata or values name team one\'s client or group, and buttons with its ids, change nothing there and say so', async () => {
    h = await startTeamsHarness();
    await h.install(TEAM_ONE);
    await h.install(TEAM_TWO);
    const one = await plant(h);
    const two = TEAM_TWO.teamId;
    const user = userOf(two);
    const teamOne = async () => JSON.stringify(await Promise.all([clients, contacts, notes, groups, invoices, outreachDrafts, approvals, csvImports, activities]
      .map((t) => h!.deps.db.select().from(t).where(eq(t.workspaceId, one.ws)))));
    const before = await teamOne();

    // Team two's own client and group, whose modals it opens and then sends back with team one's ids put in.
    const ws2 = (await h.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, two)))[0].workspaceId;
    const [owner2] = await h.deps.db.insert(members).values({ workspaceId: ws2, role: 'owner', name: 'Owen Two', email: 'owen@bravo.test' }).returning();
    const ctx2 = makeCtx(h.deps, { kind: 'member', workspaceId: ws2, memberId: owner2.id, role: 'owner', channel: 'web', name: 'Owen Two' });
    await createGroup({ ctx: ctx2, input: { name: 'Bravo Group' } });
    const { client: bravo } = await createClient({ ctx: ctx2, input: { name: 'Bravo Ltd', group: 'Bravo Group' } });

    let n = 0;
    const click = (actionId: string, value: string) => {
      const p = JSON.parse(h!.fixture('block-actions.json', two));
      p.user = { ...p.user, id: user, team_id: two };
      p.trigger_id = `trigger-${++n}`;
      p.actions = [{ ...p.actions[0], action_id: actionId, value, action_ts: `${n}.1` }];
      return h!.send(`payload=${encodeURIComponent(JSON.stringify(p))}`);
    };
    const opened = async (open: () => Promise<unknown>) => {
      await open();
      await h!.deps.deferrer.drain();
      return h!.fake.callsTo('views.open').at(-1)!.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    };
    /** Submits a view as team two's person: `meta` is merged into its private_metadata, as a forged payload would. */
    const submit = async (view: Awaited<ReturnType<typeof opened>>, meta: Record<string, unknown>, text: Record<string, string>, selects: Record<string, string> = {}) => {
      const p = JSON.parse(h!.fixture('view-submission.json', two));
      p.team = { id: two, domain: 'southpaw' };
      p.user = { id: user, username: 'bruno', name: 'bruno', team_id: two };
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(text)) values[k] = { value: { type: 'plain_text_input', value: v } };
      for (const [k, v] of Object.entries(selects)) values[k] = { value: { type: 'static_select', selected_option: { value: v } } };
      const privateMetadata = JSON.stringify({ ...JSON.parse(view.private_metadata || '{}'), ...meta });
      p.view = { ...p.view, callback_id: view.callback_id, blocks: view.blocks, private_metadata: privateMetadata, state: { values } };
      const res = await h!.send(`payload=${encodeURIComponent(JSON.stringify(p))}`);
      await h!.deps.deferrer.drain();
      return { status: res.status, body: await res.text() };
    };
    const refused = (r: { status: number; body: string }) => {
      expect(r.status).toBe(200);
      const ack = JSON.parse(r.body || '{}');
      expect(ack.response_action).toBe('errors');
      return Object.values(ack.errors as Record<string, string>).join(' ');
    };
    const NOT_THERE = /does not exist|No client matches|no longer exists/;

    const clientForm = await opened(() => click('client_add_details', String(bravo.id)));
    expect(clientForm.callback_id).toBe('client_form');
    expect(refused(await submit(clientForm, { clientId: one.clientId }, { name: 'Taken Over By Two', email: 'two@bravo.test' }))).toMatch(NOT_THERE);
    const contactForm = await opened(() => click('client_add_contact', String(bravo.id)));
    expect(contactForm.callback_id).toBe('contact_form');
    expect(refused(await submit(contactForm, { clientId: one.clientId }, { name: 'Mallory Two', email: 'mallory@bravo.test' }))).toMatch(NOT_THERE);
    const groupPick = await opened(() => click('group_pick', String(bravo.id)));
    expect(groupPick.callback_id).toBe('client_group');
    expect(refused(await submit(groupPick, { clientId: one.clientId }, {}, { group: '__none__' }))).toMatch(NOT_THERE);
    const groupForm = await opened(() => h!.slash(two, 'group edit Bravo Group'));
    expect(groupForm.callback_id).toBe('group_form');
    expect(refused(await submit(groupForm, { groupId: one.groupId }, { name: 'Taken Over Group' }))).toMatch(/does not exist|No group matches/);
    const shortcut = JSON.parse(h.fixture('message-action.json', two));
    shortcut.user = { ...shortcut.user, id: user, team_id: two };
    shortcut.callback_id = 'attach_message_to_client';
    const attach = await opened(() => h!.send(`payload=${encodeURIComponent(JSON.stringify(shortcut))}`));
    expect(attach.callback_id).toBe('message_attach');
    for (const ref of [`id:${one.clientId}`, 'Qzxcanary Holdings']) expect(refused(await submit(attach, {}, { client: ref, note: 'from two' }))).toMatch(NOT_THERE);

    // Buttons carrying team one's ids: each answered privately with why, nothing run.
    for (const [action, value] of [
      ['import_apply', one.importId], ['import_apply_valid', one.importId], ['import_cancel', one.importId], ['invoice_send', String(one.invoiceId)],
      ['outreach_send', String(one.draftId)], ['approval_confirm', one.approvalId], ['approval_cancel', one.approvalId],
      ...['client_archive', 'client_unarchive', 'client_invite_portal', 'client_draft_outreach', 'group_explain'].map((a) => [a, String(one.clientId)]),
      ...one.activityIds.map((id) => ['change_undo', String(id)]),
    ]) {
      const [hooks, calls] = [h.fake.hooks.length, h.fake.calls.length];
      await click(action, value);
      await h.deps.deferrer.drain();
      const said = JSON.stringify([h.fake.hooks.slice(hooks).map((x) => x.body), h.fake.calls.slice(calls).map((c) => c.args)]);
      expect(said, action).toMatch(/does not exist|no longer exists|No \w+ matches/);
    }

    // Team one's rows are as they were, and nothing of them reached team two.
    expect(await teamOne()).toBe(before);
    expect(JSON.stringify({ calls: h.fake.calls, hooks: h.fake.hooks })).not.toMatch(CANARY);
    // Team two's own records took none of it either.
    expect((await h.deps.db.select().from(clients).where(eq(clients.id, bravo.id)))[0].name).toBe('Bravo Ltd');

    // A name team one uses is free in team two: the quick form creates it there (no "already exists" to probe with).
    const quick = await opened(() => click('newclient_quick', ''));
    expect(quick.callback_id).toBe('client_create');
    expect((await submit(quick, {}, { name: 'Qzxcanary Holdings' })).body).toBe('');
    expect(JSON.stringify(h.fake.calls.at(-1)?.args)).toMatch(/Created Qzxcanary Holdings/);
    expect(await h.deps.db.select({ ws: clients.workspaceId }).from(clients).where(eq(clients.name, 'Qzxcanary Holdings'))).toEqual([{ ws: one.ws }, { ws: ws2 }]);
    expect(await teamOne()).toBe(before);

    // Control: the same forged payloads with team two's own ids go through, so the refusals above were the workspace's.
    expect((await submit(clientForm, { clientId: bravo.id }, { name: 'Bravo Renamed', email: 'office@bravo.test' })).body).toBe('');
    expect((await submit(groupForm, {}, { name: 'Bravo Group Renamed' })).body).toBe('');
    expect((await submit(attach, {}, { client: `id:${bravo.id}`, note: 'from two' })).body).toBe('');
    expect((await h.deps.db.select().from(clients).where(eq(clients.id, bravo.id)))[0].name).toBe('Bravo Renamed');
    expect((await h.deps.db.select().from(groups).where(eq(groups.workspaceId, ws2))).map((g) => g.name)).toEqual(['Bravo Group Renamed']);
    expect(await h.deps.db.select({ text: notes.body }).from(notes).where(eq(notes.clientId, bravo.id))).toEqual([{ text: expect.stringMatching(/^from two/) }]);
  });
});
