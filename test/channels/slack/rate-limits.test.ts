// Slack's limits through the whole app. S13: a modal opens before any model work (the model held open), and a
// response_url is used at most 5 times in 30 minutes, then chat.postMessage. S14: a 429 with Retry-After is
// waited out and posted once (at most 3 attempts); an app_rate_limited event gets 200 and is logged.
import { afterEach, describe, expect, it } from 'vitest';
import { WORKING } from '../../../src/channels/slack/working-state';
import type { Log } from '../../../src/context';
import { seedClient } from '../../domain/exports/seed';
import { heldModel, scriptedModel } from './held-model';
import { slashBody, startHarness, TEAM_A, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

function recordingLog() {
  const lines: Array<{ level: string; obj: unknown; msg?: string }> = [];
  const at = (level: string) => (obj: object | string, msg?: string) => { lines.push({ level, obj, msg }); };
  const log: Log = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, lines };
}

describe('S13: modals first, response_url budget', () => {
  it('opens "/client new quick" and "/client edit <client>" forms while the model is held open, without it', async () => {
    const held = heldModel(scriptedModel(() => ({ text: 'Answered.' })));
    h = await startHarness({ model: held.model });
    await seedClient(h.deps.db, h.deps.workspaceId, { name: 'Acme Corp', status: 'active' });
    // A mention keeps the model busy (held) the whole time.
    await h.send(h.fixture('app-mention.json'));
    expect((await h.send(slashBody(h, 'new quick'))).status).toBe(200);
    expect((await h.send(slashBody(h, 'edit Acme Corp'))).status).toBe(200);
    await h.fake.waitFor('views.open', 2);
    const [created, edit] = h.fake.callsTo('views.open').map((c) => c.args);
    expect(created.view.callback_id).toBe('client_create');
    expect(edit.view.callback_id).toBe('client_form');
    expect(JSON.stringify(edit.view.blocks)).toContain('"initial_value":"Acme Corp"');
    expect(shownMessages(h.fake)).toHaveLength(0);

    // Not one client: that goes to the agent instead.
    await h.send(slashBody(h, 'edit Nobody Inc'));
    held.release();
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('views.open')).toHaveLength(2);
    expect(held.calls().map((c) => JSON.stringify(c.prompt))).toEqual([expect.stringContaining('river'), expect.stringContaining('/client edit Nobody Inc')]);
  });

  it('uses a response_url at most 5 times, and not after 30 minutes; then answers by chat.postMessage in the DM', async () => {
    h = await startHarness({ model: scriptedModel(() => ({ text: 'Here you go.' })) });
    for (let i = 0; i < 7; i++) {
      await h.send(slashBody(h, 'find clients'));
      await h.deps.deferrer.drain();
    }
    // Each command shows "Working…" and replaces it (two uses) while two uses are left; the third answers with
    // the last use and no placeholder (nothing could replace it); the rest go to the person's DM.
    expect(h.fake.hooks.map((x) => [x.body.text, x.body.replace_original])).toEqual([
      [WORKING, false], ['Here you go.', true], [WORKING, false], ['Here you go.', true], ['Here you go.', false],
    ]);
    expect(h.fake.callsTo('chat.postMessage').map((p) => [p.args.channel, p.args.text])).toEqual(Array(4).fill(['U2147483697', 'Here you go.']));

    const other = h.fake.hookUrl('commands/1234/9999');
    await h.send(slashBody(h, 'find clients', { response_url: other }));
    await h.deps.deferrer.drain();
    h.deps.clock.now = new Date(h.deps.clock.now.getTime() + 31 * 60 * 1000);
    await h.send(slashBody(h, 'find clients', { response_url: other }));
    await h.deps.deferrer.drain();
    expect(h.fake.hooks.filter((x) => x.path === 'commands/1234/9999').map((x) => x.body.text)).toEqual([WORKING, 'Here you go.']);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(5);
  });
});

describe('S14: rate limits', () => {
  it('waits out a 429 with Retry-After: 3 and posts exactly once', async () => {
    const waits: number[] = [];
    h = await startHarness({ model: scriptedModel(() => ({ text: 'After the wait.' })), sleep: async (ms) => { waits.push(ms); } });
    h.fake.rateLimitNext('chat.postMessage', 1, 3);
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(waits).toEqual([3000]);
    const attempts = h.fake.callsTo('chat.postMessage');
    expect(attempts.map((a) => a.rateLimited ?? false)).toEqual([true, false]);
    // The rate-limited post was the "Working…" placeholder; the answer replaced it once.
    expect(shownMessages(h.fake).map((m) => m.args.text)).toEqual(['After the wait.']);
  });

  it('gives up after 3 attempts, posting nothing and logging it', async () => {
    const waits: number[] = [];
    const { log, lines } = recordingLog();
    h = await startHarness({ model: scriptedModel(() => ({ text: 'Never posted.' })), sleep: async (ms) => { waits.push(ms); }, log });
    h.fake.rateLimitNext('chat.postMessage', 10, 3);
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(waits).toEqual([3000, 3000]);
    expect(h.fake.callsTo('chat.postMessage').every((a) => a.rateLimited)).toBe(true);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(3);
    expect(lines.some((l) => l.level === 'warn' && l.msg === 'slack rate limit: giving up')).toBe(true);
  });

  it('answers an app_rate_limited event with 200 and logs it', async () => {
    const { log, lines } = recordingLog();
    const model = scriptedModel([]);
    h = await startHarness({ model, log });
    const res = await h.send(JSON.stringify({ token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl', type: 'app_rate_limited', team_id: TEAM_A, minute_rate_limited: 1518467820, api_app_id: 'A123ABC456' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: expect.stringContaining('app_rate_limited'), obj: expect.objectContaining({ teamId: TEAM_A }) }));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
  });
});
