// Slack, through the whole app with signed payloads and the fake Web API: "/client new" offers the full form
// or quick add; the full form reports every missing field at once and saves nothing; groups are created and
// edited from "/client group …"; the client card's Group button moves Acme into a group, and "Why these
// settings?" answers "Acme Corp is billed in EUR, from the group Agencies."
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { clients, contacts, groups } from '../../../src/db/schema';
import { NO_GROUP } from '../../../src/channels/slack/blocks/settings-modals';
import { scriptedModel } from './held-model';
import { asPayload, buttonClick, slashBody, startHarness, TEAM_A, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

const click = (hh: Harness, actionId: string, value: string, ephemeral = false) => buttonClick(hh, actionId, value, { ephemeral });

/** A view submission with these text values; `selects` fill static selects. */
function submit(hh: Harness, view: Record<string, any>, values: Record<string, string>, selects: Record<string, string> = {}): string {
  const p = JSON.parse(hh.fixture('view-submission.json'));
  p.team = { id: TEAM_A, domain: 'example' };
  p.user = { id: 'UA8RXUSPL', username: 'jtorrance', name: 'jtorrance', team_id: TEAM_A };
  const state: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) state[k] = { value: { type: 'plain_text_input', value: v } };
  for (const [k, v] of Object.entries(selects)) state[k] = { value: { type: 'static_select', selected_option: { value: v } } };
  p.view = { ...p.view, callback_id: view.callback_id, private_metadata: view.private_metadata, blocks: view.blocks, state: { values: state } };
  return asPayload(p);
}

async function lastOpened(hh: Harness) {
  await hh.deps.deferrer.drain();
  return hh.fake.callsTo('views.open').at(-1)!.args.view;
}
const initials = (view: any) => Object.fromEntries(view.blocks.filter((b: any) => b.type === 'input').map((b: any) => [b.block_id, b.element.initial_value ?? b.element.initial_option?.value]));
const lastPost = (hh: Harness) => shownMessages(hh.fake).at(-1)!.args;

describe('/client new: full form or quick add', () => {
  it('offers both; the full form marks every missing field at once and saves nothing, then creates the client', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    const ack = await h.send(slashBody(h, 'new'));
    const choice = await ack.json();
    expect(choice.response_type).toBe('ephemeral');
    expect(JSON.stringify(choice.blocks)).toMatch(/"action_id":"newclient_full".*"action_id":"newclient_quick"/);

    await h.send(click(h, 'newclient_full', 'full', true));
    const form = await lastOpened(h);
    expect(form.callback_id).toBe('client_create_full');
    const bad = await (await h.send(submit(h, form, { name: 'Acme Corp' }))).json();
    expect(bad.response_action).toBe('errors');
    expect(Object.keys(bad.errors).sort()).toEqual(['address.city', 'address.country', 'address.line1', 'address.postalCode', 'contactName', 'email']);
    await h.deps.deferrer.drain();
    expect(await h.deps.db.select().from(clients)).toEqual([]);

    const good = await h.send(submit(h, form, {
      name: 'Acme Corp', contactName: 'Jane Roe', email: 'billing@acme.example', 'address.line1': 'Hauptstr. 1',
      'address.postalCode': '10115', 'address.city': 'Berlin', 'address.country': 'Germany',
    }));
    expect(await good.text()).toBe('');
    await h.deps.deferrer.drain();
    const [acme] = await h.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(acme).toMatchObject({ city: 'Berlin', country: 'DE', postalCode: '10115' });
    expect((await h.deps.db.select().from(contacts).where(eq(contacts.clientId, acme.id))).map((c) => c.name)).toEqual(['Jane Roe']);
    const post = lastPost(h);
    expect(post.channel).toBe('UA8RXUSPL'); // from an ephemeral choice: the person's DM with the app
    expect(post.text).toContain('Created Acme Corp (#0001) with everything for invoicing.');
    expect(JSON.stringify(post.blocks)).not.toContain('Missing for invoicing');
    expect(JSON.stringify(post.blocks)).toContain('change_undo');

    // The same client again: said on its name, nothing added.
    const again = await (await h.send(submit(h, form, {
      name: 'Acme Corp', contactName: 'Jane Roe', email: 'billing@acme.example', 'address.line1': 'Hauptstr. 1',
      'address.postalCode': '10115', 'address.city': 'Berlin', 'address.country': 'Germany',
    }))).json();
    expect(again).toEqual({ response_action: 'errors', errors: { name: 'Acme Corp (#0001) already exists; nothing was created.' } });
    expect(await h.deps.db.select().from(clients)).toHaveLength(1);
  });

  it('opens quick add from the choice, and either form at once when named', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    await h.send(click(h, 'newclient_quick', 'quick', true));
    expect((await lastOpened(h)).callback_id).toBe('client_create');
    await h.send(slashBody(h, 'new quick'));
    expect((await lastOpened(h)).callback_id).toBe('client_create');
    await h.send(slashBody(h, 'new full'));
    expect((await lastOpened(h)).callback_id).toBe('client_create_full');
  });
});

describe('groups from Slack', () => {
  it('creates and edits a group, moves Acme into it from the card, and says why Acme is billed in EUR', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    await h.send(slashBody(h, 'group new'));
    const create = await lastOpened(h);
    expect(create.callback_id).toBe('group_form');
    await h.send(submit(h, create, { name: 'Agencies', currency: 'eur', paymentTerms: '30' }, { reminderTone: 'firm' }));
    await h.deps.deferrer.drain();
    expect(lastPost(h).text).toContain('Created the group Agencies (EUR, 30 days, firm reminders).');
    expect(JSON.stringify(lastPost(h).blocks)).toContain('change_undo');

    await h.send(slashBody(h, 'group edit agencies'));
    const edit = await lastOpened(h);
    expect(initials(edit)).toMatchObject({ name: 'Agencies', currency: 'EUR', paymentTerms: '30', reminderTone: 'firm' });
    // Payment terms emptied: the group's clients follow the workspace again.
    await h.send(submit(h, edit, { name: 'Agencies', currency: 'EUR' }, { reminderTone: 'firm' }));
    await h.deps.deferrer.drain();
    const [g] = await h.deps.db.select().from(groups);
    expect(g).toMatchObject({ name: 'Agencies', currency: 'EUR', paymentTerms: null, reminderTone: 'firm' });

    const [acme] = await h.deps.db.insert(clients).values({ workspaceId: h.deps.workspaceId, number: '0001', name: 'Acme Corp', nameKey: 'acmecorp' }).returning();
    await h.send(click(h, 'group_pick', String(acme.id)));
    const pick = await lastOpened(h);
    expect(pick.callback_id).toBe('client_group');
    await h.send(submit(h, pick, {}, { group: 'Agencies' }));
    await h.deps.deferrer.drain();
    expect((await h.deps.db.select().from(clients).where(eq(clients.id, acme.id)))[0].groupId).toBe(g.id);
    expect(JSON.stringify(lastPost(h).blocks)).toContain('Group: Agencies');

    await h.send(click(h, 'group_explain', String(acme.id)));
    await h.deps.deferrer.drain();
    const why = lastPost(h);
    expect(why).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1548261231.000200' });
    expect(why.text).toContain('Acme Corp is billed in EUR, from the group Agencies.');
    expect(why.text).toContain("Acme Corp's payment terms are 30 days, the workspace default.");

    // Out of the group again from the card: "No group", and the workspace's currency is back.
    await h.send(click(h, 'group_pick', String(acme.id)));
    const again = await lastOpened(h);
    await h.send(submit(h, again, {}, { group: NO_GROUP }));
    await h.deps.deferrer.drain();
    expect((await h.deps.db.select().from(clients).where(eq(clients.id, acme.id)))[0].groupId).toBeNull();
    expect(JSON.stringify(lastPost(h).blocks)).not.toContain('Group: Agencies');
    await h.send(click(h, 'group_explain', String(acme.id)));
    await h.deps.deferrer.drain();
    expect(lastPost(h).text).toMatch(/Acme Corp is billed in [A-Z]{3}, the workspace default\./);
  });

  it('answers "why is Acme billed in EUR?" in a thread, from explainSettings through the agent', async () => {
    // The model asks the tool, then says what the tool said (the sentence a person reads).
    const model = scriptedModel((opts) => {
      const last = opts.prompt.at(-1)!;
      if (last.role === 'user') return { calls: [{ toolName: 'explainSettings', input: { client: 'Acme', setting: 'currency' } }] };
      return { text: /Acme Corp is billed in [A-Z]{3}, [^."\\]+\./.exec(JSON.stringify(last.content))?.[0] ?? 'No idea.' };
    });
    h = await startHarness({ model });
    const [g] = await h.deps.db.insert(groups).values({ workspaceId: h.deps.workspaceId, name: 'Agencies', currency: 'EUR' }).returning();
    await h.deps.db.insert(clients).values({ workspaceId: h.deps.workspaceId, number: '0001', name: 'Acme Corp', nameKey: 'acmecorp', groupId: g.id });
    await h.send(h.fixture('app-mention.json').replace('is it everything a river should be?', 'why is Acme billed in EUR?'));
    await h.deps.deferrer.drain();
    expect(lastPost(h).text).toBe('Acme Corp is billed in EUR, from the group Agencies.');
  });

  it('marks a taken group name on the field and changes nothing', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    await h.deps.db.insert(groups).values({ workspaceId: h.deps.workspaceId, name: 'Agencies' });
    await h.send(slashBody(h, 'group new'));
    const form = await lastOpened(h);
    const res = await (await h.send(submit(h, form, { name: 'agencies', currency: 'XYZ' }))).json();
    expect(res.response_action).toBe('errors');
    expect(Object.keys(res.errors)).toEqual(['currency']);
    const taken = await (await h.send(submit(h, form, { name: 'agencies', currency: 'EUR' }))).json();
    expect(taken.errors).toEqual({ name: 'a group named agencies already exists' });
    expect(await h.deps.db.select().from(groups)).toHaveLength(1);
  });
});
