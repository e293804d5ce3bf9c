// Buttons and modals through the whole app: confirmations bound to the server-side approval (asker or
// owner/admin only, a double click runs once, expiry said), Undo, Add details opening the full form
// (views.open) with per-field errors, and "Create client from message".
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { clients, contacts, members } from '../../../src/db/schema';
import { callThenText, scriptedModel } from './held-model';
import { asPayload, buttonClick, startHarness, TEAM_A, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

const click = (hh: Harness, actionId: string, value: string, user?: string) => buttonClick(hh, actionId, value, { user });

function submit(hh: Harness, view: Record<string, any>, values: Record<string, string>, user = 'UA8RXUSPL'): string {
  const p = JSON.parse(hh.fixture('view-submission.json'));
  p.team = { id: TEAM_A, domain: 'example' };
  p.user = { id: user, username: 'jtorrance', name: 'jtorrance', team_id: TEAM_A };
  p.view = { ...p.view, ...view, state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }])) } };
  return asPayload(p);
}

async function seedClient(hh: Harness, name = 'Acme Corp') {
  const [row] = await hh.deps.db.insert(clients).values({ workspaceId: hh.deps.workspaceId, number: '0001', name, nameKey: name.toLowerCase().replace(/\W+/g, '') }).returning();
  return row;
}
const clientCount = async (hh: Harness) => (await hh.deps.db.select({ n: count() }).from(clients))[0].n;

/** An admin asks, through a mention, for a deletion; returns the approval id from the confirmation card. */
async function askToDelete(hh: Harness): Promise<string> {
  await hh.deps.db.insert(members).values({ workspaceId: hh.deps.workspaceId, name: 'Ada Admin', role: 'admin', slackTeamId: TEAM_A, slackUserId: 'UA8RXUSPL' });
  await hh.send(hh.fixture('app-mention.json').replace('"user":"U061F7AUR"', '"user":"UA8RXUSPL"'));
  await hh.deps.deferrer.drain();
  const blocks = JSON.stringify(shownMessages(hh.fake).at(-1)!.args.blocks);
  return /"action_id":"approval_confirm","value":"([^"]+)"/.exec(blocks)![1];
}

describe('confirmations', () => {
  it('runs a confirmed deletion once, however often Confirm is clicked (S11)', async () => {
    h = await startHarness({ model: callThenText({ toolName: 'deleteClient', input: { client: 'Acme Corp' } }, 'Please confirm.') });
    await seedClient(h);
    const approvalId = await askToDelete(h);
    expect(await clientCount(h)).toBe(1);
    const first = click(h, 'approval_confirm', approvalId);
    expect((await h.send(first)).status).toBe(200);
    expect((await h.send(first)).status).toBe(200); // the very same delivery again: a quiet ack
    expect((await h.send(click(h, 'approval_confirm', approvalId))).status).toBe(200); // a second click
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(0);
    const hooks = h.fake.hooks.map((x) => x.body);
    expect(hooks).toHaveLength(2);
    expect(hooks[0].replace_original).toBe(true);
    expect(JSON.stringify(hooks[0])).toContain('change_undo');
    expect(hooks[1]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(hooks[1].text).toMatch(/already confirmed|at most once/);
  });

  it('refuses a Confirm from a member who did not ask and has no owner/admin role (S17)', async () => {
    h = await startHarness({ model: callThenText({ toolName: 'deleteClient', input: { client: 'Acme Corp' } }, 'Please confirm.') });
    h.fake.users.set('UMEMBER01', { id: 'UMEMBER01', teamId: TEAM_A, name: 'Mel Member', email: 'mel@studio.test' });
    await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, name: 'Mel Member', email: 'mel@studio.test', role: 'member' });
    await seedClient(h);
    const approvalId = await askToDelete(h);
    await h.send(click(h, 'approval_confirm', approvalId, 'UMEMBER01'));
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(1);
    const [hook] = h.fake.hooks;
    expect(hook.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });

  it('says so when the confirmation has expired, and changes nothing', async () => {
    h = await startHarness({ model: callThenText({ toolName: 'deleteClient', input: { client: 'Acme Corp' } }, 'Please confirm.') });
    await seedClient(h);
    const approvalId = await askToDelete(h);
    h.deps.clock.now = new Date(h.deps.clock.now.getTime() + 11 * 60 * 1000);
    await h.send(click(h, 'approval_confirm', approvalId));
    await h.deps.deferrer.drain();
    expect(await clientCount(h)).toBe(1);
    expect(h.fake.hooks[0].body.text).toContain('expired');
  });
});

describe('undo and buttons', () => {
  it('undoes a change from its Undo button, answering in the thread', async () => {
    h = await startHarness({ model: callThenText({ toolName: 'createClient', input: { name: 'Zeta Labs' } }, 'Added.') });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    const blocks = JSON.stringify(shownMessages(h.fake)[0].args.blocks);
    const activityId = /"action_id":"change_undo","value":"(\d+)"/.exec(blocks)![1];
    await h.send(click(h, 'change_undo', activityId, 'U061F7AUR'));
    await h.deps.deferrer.drain();
    const [row] = await h.deps.db.select().from(clients).where(eq(clients.name, 'Zeta Labs'));
    expect(row === undefined || row.archivedAt !== null).toBe(true);
    const posts = shownMessages(h.fake);
    expect(posts).toHaveLength(2);
    expect(posts[1].args).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1548261231.000200' });
  });

  it('archives from the card\'s Archive button and answers in the thread', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    const c = await seedClient(h);
    await h.send(click(h, 'client_archive', String(c.id)));
    await h.deps.deferrer.drain();
    const [row] = await h.deps.db.select().from(clients).where(eq(clients.id, c.id));
    expect(row.archivedAt).not.toBeNull();
    expect(JSON.stringify(shownMessages(h.fake)[0].args.blocks)).toContain('client_unarchive');
  });
});

describe('modals', () => {
  it('opens the full client form on Add details and shows per-field errors without saving (S12)', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    const c = await seedClient(h);
    await h.send(click(h, 'client_add_details', String(c.id)));
    await h.deps.deferrer.drain();
    const [open] = h.fake.callsTo('views.open');
    expect(open.args.trigger_id).toBe('12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3');
    expect(open.args.view.callback_id).toBe('client_form');

    const bad = await h.send(submit(h, { callback_id: 'client_form', private_metadata: open.args.view.private_metadata, blocks: open.args.view.blocks },
      { name: 'Acme Corp', email: 'not-an-email', 'address.city': 'Berlin' }));
    const body = await bad.json();
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['email']);
    await h.deps.deferrer.drain();
    const [unchanged] = await h.deps.db.select().from(clients).where(eq(clients.id, c.id));
    expect(unchanged.email).toBeNull();
    expect(unchanged.city).toBeNull();

    const good = await h.send(submit(h, { callback_id: 'client_form', private_metadata: open.args.view.private_metadata, blocks: open.args.view.blocks },
      { name: 'Acme Corp', email: 'billing@acme.com', 'address.city': 'Berlin' }));
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('');
    await h.deps.deferrer.drain();
    const [saved] = await h.deps.db.select().from(clients).where(eq(clients.id, c.id));
    expect(saved).toMatchObject({ email: 'billing@acme.com', city: 'Berlin' });
    expect(JSON.stringify(shownMessages(h.fake)[0].args.blocks)).toContain('change_undo');
  });

  it('"Create client from message" proposes client and contact, and creates them on confirmation', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    await h.send(asPayload(h.fixture('message-action.json')));
    await h.deps.deferrer.drain();
    const [open] = h.fake.callsTo('views.open');
    const view = open.args.view;
    expect(view.callback_id).toBe('client_create');
    const initial = Object.fromEntries(view.blocks.filter((b: any) => b.type === 'input').map((b: any) => [b.block_id, b.element.initial_value]));
    expect(initial).toMatchObject({ name: 'Acme Corp', contactName: 'Jane Doe', email: 'jane@acme.com' });
    expect(await clientCount(h)).toBe(0);

    const values = Object.fromEntries(Object.entries(initial).filter(([, v]) => v)) as Record<string, string>;
    const res = await h.send(submit(h, { callback_id: 'client_create', private_metadata: view.private_metadata, blocks: view.blocks }, values));
    expect(res.status).toBe(200);
    await h.deps.deferrer.drain();
    const [created] = await h.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    const people = await h.deps.db.select().from(contacts).where(eq(contacts.clientId, created.id));
    expect(people.map((p) => [p.name, p.email, p.isPrimary])).toEqual([['Jane Doe', 'jane@acme.com', true]]);
    const [post] = shownMessages(h.fake);
    expect(post.args).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1581106239.000700' });
  });
});
