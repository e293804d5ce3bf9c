// Isolation between Slack teams, by a canary: every field of team one's clients, contacts, notes, documents,
// projects, quotes, messages, groups and its owner carries one distinctive string. Team two then drives every
// Slack surface it has (commands, mentions, DMs, buttons carrying team one's ids, the message shortcut, a CSV
// import, an export, App Home) with an OpenAI-compatible model that does whatever it is asked. The string must
// never reach team two: not in any Web API call, response_url post or upload, not in any model prompt, not in
// any email. A positive control shows the same scan finds it when team one asks for its own data.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { addNote } from '../../../src/domain/clients/add-note';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { addDocument } from '../../../src/domain/documents/add-document';
import { createProject } from '../../../src/domain/ledger/create-project';
import { postTeamMessage } from '../../../src/domain/messages/post-team-message';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { createGroup } from '../../../src/domain/settings/create-group';
import { activities, members, slackInstallations } from '../../../src/db/schema';
import { startObedientModel, type Call, type Obedient } from '../../agent/obedient-openai';
import { startTeamsHarness, TEAM_ONE, TEAM_TWO, userOf, type TeamsHarness } from './many-teams-harness';

const CANARY = /qzxcanary/i;
let h: TeamsHarness | undefined;
let model: Obedient | undefined;
afterEach(async () => { await h?.close(); await model?.close(); h = undefined; model = undefined; });

/** What team two's person asks for, as tool calls; `ids` are team one's rows, tried by number. */
function plan(ids: { client: number }) {
  return (text: string): Call[] => {
    if (/export/i.test(text)) return [{ name: 'exportCsv', args: {} }];
    if (/^\/client Bravo Ltd$/.test(text)) return [{ name: 'createClient', args: { name: 'Bravo Ltd', phone: '+1 415 555 0100' } }];
    if (/everything/i.test(text)) {
      return [
        { name: 'findClients', args: {} }, { name: 'findClients', args: { query: 'Holdings' } }, { name: 'findClients', args: { query: '5550199' } },
        { name: 'showClient', args: { client: ids.client } }, { name: 'showClient', args: { client: String(ids.client) } }, { name: 'showClient', args: { client: '#0001' } },
        { name: 'draftOutreach', args: { client: ids.client } }, { name: 'explainSettings', args: { client: ids.client } },
        { name: 'addNote', args: { client: ids.client, text: 'from two' } }, { name: 'archiveClient', args: { client: ids.client } },
      ];
    }
    const query = text.replace(/<@\w+>/g, '').replace(/^\s*\/client\s*/, '').replace(/^find\s*/i, '').trim();
    return [{ name: 'findClients', args: query ? { query } : {} }];
  };
}

async function plant(hh: TeamsHarness) {
  const ws = (await hh.deps.db.select().from(slackInstallations).where(eq(slackInstallations.teamId, TEAM_ONE.teamId)))[0].workspaceId;
  const [owner] = await hh.deps.db.insert(members).values({ workspaceId: ws, role: 'owner', name: 'Olive Qzxcanary', email: 'olive@qzxcanary.test' }).returning();
  const ctx = makeCtx(hh.deps, { kind: 'member', workspaceId: ws, memberId: owner.id, role: 'owner', channel: 'web', name: 'Olive Qzxcanary' });
  await createGroup({ ctx, input: { name: 'Qzxcanary Group', currency: 'EUR' } });
  const { client } = await createClient({ ctx, input: {
    name: 'Qzxcanary Holdings', contactName: 'Quinn Qzxcanary', email: 'billing@qzxcanary.test', phone: '+1 415 555 0199',
    website: 'https://qzxcanary.example', industry: 'Qzxcanary industry', taxId: 'QZXCANARY-TAX', idNumber: 'QZXCANARY-ID', status: 'active',
    currency: 'EUR', notes: 'Qzxcanary first note', group: 'Qzxcanary Group',
    address: { line1: '1 Qzxcanary Way', line2: 'Qzxcanary Suite', city: 'Qzxcanaryville', region: 'Qzxcanary Region', postalCode: 'QZX 1', country: 'DE' },
  } });
  await addContact({ ctx, input: { client: client.id, name: 'Casey Qzxcanary', email: 'casey@qzxcanary.test', phone: '+1 415 555 0198', jobTitle: 'Qzxcanary chief' } });
  await addNote({ ctx, input: { client: client.id, text: 'Qzxcanary secret plan' } });
  await addDocument({ ctx, input: { client: client.id, file: { name: 'qzxcanary-brief.txt', bytes: new TextEncoder().encode('Qzxcanary body') }, title: 'Qzxcanary brief', shared: true } });
  await createProject({ ctx, input: { client: client.id, name: 'Qzxcanary Project' } });
  await createQuote({ ctx, input: { client: client.id, title: 'Qzxcanary quote', amount: 1200 } });
  await postTeamMessage({ ctx, input: { client: client.id, text: 'Qzxcanary message to the client' } });
  const acts = await hh.deps.db.select({ id: activities.id }).from(activities).where(eq(activities.workspaceId, ws));
  return { clientId: client.id, activityIds: acts.map((a) => a.id) };
}

describe('canary sweep between two installed teams', () => {
  it('nothing of team one reaches team two through any Slack surface, model prompt or email', async () => {
    let ids = { client: 0 };
    model = await startObedientModel((text) => plan(ids)(text));
    h = await startTeamsHarness({ env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: 'gpt-test' } });
    await h.install(TEAM_ONE);
    await h.install(TEAM_TWO);
    const planted = await plant(h);
    ids = { client: planted.clientId };
    const mailsBefore = h.deps.mailer.sent.length;
    const two = TEAM_TWO.teamId;
    const user = userOf(two);
    let n = 0;
    const event = (ev: Record<string, unknown>) => JSON.stringify({
      token: 'x', team_id: two, api_app_id: 'A0CLIENTELE', type: 'event_callback', event_id: `EvTwo${++n}`, event_time: 1, event: { user, ts: `17000${n}.000100`, ...ev },
    });
    const click = (actionId: string, value: string) => {
      const p = JSON.parse(h!.fixture('block-actions.json', two));
      p.user = { ...p.user, id: user, team_id: two };
      p.actions = [{ ...p.actions[0], action_id: actionId, value, action_ts: `${++n}.1` }];
      return `payload=${encodeURIComponent(JSON.stringify(p))}`;
    };

    // Team two's own client, so its answers are not empty.
    await h.slash(two, 'Bravo Ltd');
    await h.deps.deferrer.drain();
    for (const text of ['', 'help', 'new', 'new full', 'find', 'find Holdings', 'edit 1', 'edit #0001', 'group new', 'group edit 1', 'export', 'everything', 'Casey', 'billing']) {
      await h.slash(two, text);
    }
    await h.send(event({ type: 'app_mention', channel: 'C0TWO', text: '<@UBOTTWO> everything' }));
    await h.send(event({ type: 'message', channel: 'D0TWO', channel_type: 'im', text: 'export all clients as csv' }));
    await h.send(event({ type: 'message', channel: 'D0TWO', channel_type: 'im', text: 'Holdings' }));
    const csv = h.fake.shareFile({ name: 'twins.csv', content: 'Company,Phone,Email\nPhone Twin,+1 415 555 0199,twin@bravo.test\n' });
    await h.send(event({ type: 'message', channel: 'D0TWO', channel_type: 'im', subtype: 'file_share', text: '', files: [csv] }));
    await h.send(event({ type: 'app_home_opened', channel: 'D0TWO', tab: 'home' }));
    const shortcut = JSON.parse(h.fixture('message-action.json', two));
    shortcut.user = { ...shortcut.user, id: user, team_id: two };
    shortcut.message.text = 'Hi, Dana from Bravo Ltd here. dana@bravo.test';
    await h.send(`payload=${encodeURIComponent(JSON.stringify(shortcut))}`);
    for (const action of ['client_show', 'client_add_details', 'client_add_contact', 'client_invite_portal', 'client_archive', 'client_unarchive',
      'client_draft_outreach', 'group_pick', 'group_explain', 'newclient_full', 'newclient_quick']) {
      await h.send(click(action, String(planted.clientId)));
    }
    for (const id of planted.activityIds) await h.send(click('change_undo', String(id)));
    await h.send(click('approval_confirm', 'a1'));
    await h.deps.deferrer.drain();

    // Team two was answered (the sweep is not vacuous), always with its own token.
    const seen = JSON.stringify({ calls: h.fake.calls, hooks: h.fake.hooks });
    expect(seen).toContain('Bravo Ltd');
    expect(h.fake.uploads.length).toBeGreaterThan(0);
    expect(h.fake.uploads.map((u) => u.bytes.toString('utf8')).join('\n')).toContain('Bravo Ltd');
    expect(model.requests.length).toBeGreaterThan(5);
    expect(h.fake.calls.filter((c) => c.method !== 'oauth.v2.access').every((c) => c.token === TEAM_TWO.token)).toBe(true);

    // The canary: nowhere team two looks, in no prompt, in no email.
    expect(seen).not.toMatch(CANARY);
    expect(h.fake.uploads.map((u) => u.bytes.toString('utf8')).join('\n')).not.toMatch(CANARY);
    expect(JSON.stringify(model.requests)).not.toMatch(CANARY);
    expect(JSON.stringify(h.deps.mailer.sent.slice(mailsBefore))).not.toMatch(CANARY);

    // Control: the same scan finds it when team one asks for its own client.
    const [hooks, calls] = [h.fake.hooks.length, h.fake.calls.length];
    await h.slash(TEAM_ONE.teamId, 'find Holdings');
    await h.deps.deferrer.drain();
    expect(JSON.stringify([h.fake.hooks.slice(hooks), h.fake.calls.slice(calls)])).toMatch(CANARY);
  });
});
