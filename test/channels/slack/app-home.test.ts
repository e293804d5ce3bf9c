// The App Home tab through the whole app: a signed app_home_opened publishes the person's desk (what needs
// attention (follow-ups due among it), figures per currency, recent activity, buttons); guests get the polite refusal there too; the
// buttons open the same forms as /client new and the export lands in the person's DM with the app.
import { afterEach, describe, expect, it } from 'vitest';
import { HOME_ACTIONS } from '../../../src/channels/slack/blocks/app-home';
import { IMPORT_HOW } from '../../../src/channels/slack/handle-app-home';
import { GUEST_REFUSAL } from '../../../src/channels/slack/resolve-actor';
import { followUps, quotes } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { scriptedModel } from './held-model';
import { asPayload, startHarness, TEAM_A, USERS, type Harness } from './slack-harness';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
let seq = 0;

const homeOpened = (user: string) => JSON.stringify({
  token: 'XXYYZZ', team_id: TEAM_A, api_app_id: 'A123ABC456', type: 'event_callback', event_id: `EvHOME${++seq}`, event_time: 1700000000,
  event: { type: 'app_home_opened', user, channel: 'D0HOME001', tab: 'home', event_ts: `1700000000.00${seq}` },
});

function homeClick(hh: Harness, actionId: string, value: string, user = 'U061F7AUR'): string {
  const p = JSON.parse(hh.fixture('block-actions.json'));
  p.user = { id: user, username: 'riley', team_id: TEAM_A };
  p.container = { type: 'view', view_id: 'VHOME0001' };
  p.view = { id: 'VHOME0001', type: 'home' };
  delete p.channel; delete p.message; delete p.response_url;
  p.trigger_id = `trigger-${++seq}`;
  p.actions = [{ action_id: actionId, block_id: 'home_actions', value, type: 'button', text: { type: 'plain_text', text: 'x' }, action_ts: `1700000001.${seq}` }];
  return asPayload(p);
}

async function seedDesk(hh: Harness) {
  const ctx = makeCtx(hh.deps, { kind: 'system', workspaceId: hh.deps.workspaceId, channel: 'system', name: 'Seed' });
  const full = (email: string) => ({ status: 'active' as const, contactName: 'Jane Roe', email, address: { line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' } });
  hh.deps.clock.now = new Date('2026-03-01T10:00:00Z');
  await createClient({ ctx, input: { name: 'Sleepy Hollow GmbH', ...full('ap@sleepy.test') } });
  hh.deps.clock.now = new Date('2026-11-20T10:00:00Z');
  const acme = await createClient({ ctx, input: { name: 'Acme Corp', ...full('ap@acme.test') } });
  await createClient({ ctx, input: { name: 'Halfdone Ltd', status: 'active' } });
  await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 1200, currency: 'EUR' } });
  await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 300, currency: 'USD' } });
  await hh.deps.db.insert(quotes).values({ workspaceId: hh.deps.workspaceId, clientId: acme.client.id, number: 'Q-0042', title: 'Brand refresh', amountCents: 480000, currency: 'EUR', status: 'sent' });
  hh.deps.clock.now = new Date('2026-11-22T10:00:00Z');
}

const published = (hh: Harness) => hh.fake.callsTo('views.publish').map((c) => ({ user: c.args.user_id, view: c.args.view, text: JSON.stringify(c.args.view.blocks) }));

describe('App Home', () => {
  it('publishes the desk: clients needing attention, figures per currency, recent activity and the common actions', async () => {
    const model = scriptedModel(() => ({ text: 'never' }));
    h = await startHarness({ model });
    await seedDesk(h);
    const seed = makeCtx(h.deps, { kind: 'system', workspaceId: h.deps.workspaceId, channel: 'system', name: 'Seed' });
    await addFollowUp({ ctx: seed, input: { client: 'Acme Corp', text: 'Call about the brand refresh', due: '2026-11-21' } });
    await addFollowUp({ ctx: seed, input: { client: 'Acme Corp', text: 'Not yet', due: '2026-12-01' } });
    expect((await h.send(homeOpened('U061F7AUR'))).status).toBe(200);
    await h.deps.deferrer.drain();

    const [home] = published(h);
    expect(home.user).toBe('U061F7AUR');
    expect(home.view.type).toBe('home');
    // Needs attention: the unpaid invoices, the sent quote, the incomplete client and the dormant one.
    expect(home.text).toContain('*Acme Corp* · €1,200.00 open');
    expect(home.text).toContain('Q-0042 · *Acme Corp* · Brand refresh · €4,800.00');
    expect(home.text).toMatch(/\*Halfdone Ltd\*: missing Billing email, .*Contact person/);
    expect(home.text).toContain('*Sleepy Hollow GmbH* · last activity 2026-03-01');
    // A follow-up due (yesterday, so overdue); one due next week waits.
    expect(home.text).toContain('*Acme Corp* · Call about the brand refresh · was due 2026-11-21');
    expect(home.text).not.toContain('*Acme Corp* · Not yet');
    // Figures per currency, never added together.
    expect(home.text).toContain('*EUR*  revenue €1,200.00 · outstanding €1,200.00');
    expect(home.text).toContain('*USD*  revenue $300.00 · outstanding $300.00');
    expect(home.text).toContain('Recent activity');
    expect(home.text).toContain('Acme Corp');
    // The common actions, wired to the /client new forms and the home's own import and export.
    const actionIds = [...home.text.matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]);
    expect(actionIds).toEqual(expect.arrayContaining(['newclient_full', 'newclient_quick', HOME_ACTIONS.importCsv, HOME_ACTIONS.exportCsv, 'client_show', 'client_add_details']));
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it('sums up the web charts: revenue and open amounts by month per currency, quotes and invoices by status', async () => {
    h = await startHarness();
    await seedDesk(h);
    const ctx = makeCtx(h.deps, { kind: 'system', workspaceId: h.deps.workspaceId, channel: 'system', name: 'Seed' });
    // A paid invoice in September, an overdue one from October, and a draft quote: each shows where the web charts show it.
    const now = h.deps.clock.now;
    h.deps.clock.now = new Date('2026-09-10T10:00:00Z');
    const paid = await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 500, currency: 'EUR' } });
    await recordPayment({ ctx, input: { invoice: paid.invoice.number, amount: 500 } });
    h.deps.clock.now = new Date('2026-10-01T10:00:00Z');
    await createInvoice({ ctx, input: { client: 'Sleepy Hollow GmbH', amount: 80, currency: 'EUR', dueDate: '2026-10-31' } });
    h.deps.clock.now = now;
    const acme = (await h.deps.db.select({ id: quotes.clientId }).from(quotes))[0].id;
    await h.deps.db.insert(quotes).values({ workspaceId: h.deps.workspaceId, clientId: acme, number: 'Q-0043', title: 'Site', amountCents: 10000, currency: 'EUR', status: 'draft' });
    await h.send(homeOpened('U061F7AUR'));
    await h.deps.deferrer.drain();

    const [home] = published(h);
    expect(home.text).toContain('*EUR by month*  Sep 2026 €500.00 · Oct 2026 €80.00 (€80.00 open) · Nov 2026 €1,200.00 (€1,200.00 open)');
    expect(home.text).toContain('*USD by month*  Nov 2026 $300.00 ($300.00 open)');
    expect(home.text).toContain('*Quotes*  Draft 1 · Sent 1');
    expect(home.text).toContain('*Invoices*  Open 2 · Overdue 1 · Paid 1');
    expect(home.text).toContain('The workspace, last 6 months');
  });

  it('Done and Tomorrow on a follow-up due close or move it and publish the tab again without it', async () => {
    h = await startHarness({ role: 'manager' });
    await seedDesk(h);
    const seed = makeCtx(h.deps, { kind: 'system', workspaceId: h.deps.workspaceId, channel: 'system', name: 'Seed' });
    const call = (await addFollowUp({ ctx: seed, input: { client: 'Acme Corp', text: 'Call about the brand refresh', due: '2026-11-21' } })).followUp;
    const send = (await addFollowUp({ ctx: seed, input: { client: 'Acme Corp', text: 'Send the deck', due: '2026-11-22' } })).followUp;
    await h.send(homeOpened('U061F7AUR'));
    await h.deps.deferrer.drain();
    expect(published(h)[0].text).toContain(`"action_id":"follow_up_done","value":"${call.id}"`);

    await h.send(homeClick(h, 'follow_up_done', String(call.id)));
    await h.deps.deferrer.drain();
    const afterDone = published(h)[1];
    expect(afterDone.user).toBe('U061F7AUR');
    expect(afterDone.text).not.toContain('Call about the brand refresh · was due');
    expect(afterDone.text).toContain('*Acme Corp* · Send the deck · due today');

    await h.send(homeClick(h, 'follow_up_tomorrow', String(send.id)));
    await h.deps.deferrer.drain();
    expect(published(h)[2].text).not.toContain('*Acme Corp* · Send the deck · due');
    const rows = await h.deps.db.select().from(followUps);
    expect(rows.find((r) => r.id === call.id)?.doneAt).not.toBeNull();
    expect(rows.find((r) => r.id === send.id)?.dueOn).toBe('2026-11-23');
  });

  it('gives a guest the polite refusal on the tab, with no client data', async () => {
    h = await startHarness({ users: USERS.map((u) => (u.id === 'U061F7AUR' ? { ...u, restricted: true } : u)) });
    await seedDesk(h);
    await h.send(homeOpened('U061F7AUR'));
    await h.deps.deferrer.drain();
    const [home] = published(h);
    expect(home.text).toContain(GUEST_REFUSAL.slice(0, 40));
    expect(home.text).not.toContain('Acme');
    expect(home.text).not.toContain('newclient_full');
  });

  it('New client opens the full form, Import explains sharing a CSV, Export uploads the CSV to the DM', async () => {
    h = await startHarness();
    await seedDesk(h);
    await h.send(homeClick(h, 'newclient_full', 'full'));
    await h.deps.deferrer.drain();
    const [open] = h.fake.callsTo('views.open');
    expect(open.args.view.callback_id).toBe('client_create_full');

    await h.send(homeClick(h, HOME_ACTIONS.importCsv, 'import'));
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.args.text).toBe(IMPORT_HOW);

    await h.send(homeClick(h, HOME_ACTIONS.exportCsv, 'export'));
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('conversations.open').at(-1)!.args.users).toBe('U061F7AUR');
    expect(h.fake.callsTo('chat.postMessage').at(-1)!.args.text).toMatch(/^Exported 3 clients to /);
    expect(h.fake.uploads).toHaveLength(1);
    const csv = h.fake.uploads[0].bytes.toString('utf8');
    expect(csv).toContain('Acme Corp');
    expect(csv).toContain('Sleepy Hollow GmbH');
  });
});
