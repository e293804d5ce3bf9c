// Isolation between Slack teams, by a canary: every field of team one's clients, contacts, notes, documents,
// projects, quotes, invoices, drafts, messages, groups and its owner carries one distinctive string (canary-plant.ts).
// Team two then drives every Slack surface it has (commands, mentions, DMs, buttons carrying team one's ids, the
// message shortcut, a CSV import, an export, App Home) with an OpenAI-compatible model that does whatever it is
// asked. The string must never reach team two: not in any Web API call, response_url post or upload, not in any
// model prompt, not in any email. A positive control shows the same scan finds it when team one asks for its own
// data. Forged modal submissions and buttons with team one's ids: canary-forms.security.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { startObedientModel, type Call, type Obedient } from '../../agent/obedient-openai';
import { CANARY, plant } from './canary-plant';
import { startTeamsHarness, TEAM_ONE, TEAM_TWO, userOf, type TeamsHarness } from './many-teams-harness';

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
