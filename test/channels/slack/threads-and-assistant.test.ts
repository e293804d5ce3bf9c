// Signed events through the whole app: a "Working…" placeholder while the model runs, replaced in place by the
// answer; follow-ups in a channel thread Clientele answered need no mention (other threads are left alone); the
// Assistant split view gets suggested prompts and Slack's own status while the model works.
import { afterEach, describe, expect, it } from 'vitest';
import { SUGGESTED_PROMPTS } from '../../../src/channels/slack/handle-assistant';
import { ASSISTANT_STATUS, WORKING } from '../../../src/channels/slack/working-state';
import { heldModel, scriptedModel } from './held-model';
import { startHarness, TEAM_A, type Harness } from './slack-harness';
import { placeholders, shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });
let seq = 0;

const MENTION_TS = '1515449522.000016';
const envelope = (event: Record<string, unknown>) => JSON.stringify({
  token: 'XXYYZZ', team_id: TEAM_A, api_app_id: 'A123ABC456', type: 'event_callback', event_id: `EvTHREAD${++seq}`, event_time: 1700000000, event,
});
const channelMessage = (text: string, threadTs: string | undefined, user = 'U061F7AUR') => envelope({
  type: 'message', channel: 'C123ABC456', channel_type: 'channel', user, text, ts: `1515449600.0001${String(++seq).padStart(2, '0')}`,
  ...(threadTs ? { thread_ts: threadTs } : {}),
});
const lastUserText = (prompt: unknown) => {
  const last = [...(prompt as Array<{ role: string; content: unknown }>)].reverse().find((m) => m.role === 'user');
  return ((last?.content ?? []) as Array<{ text?: string }>).map((p) => p.text ?? '').join('');
};

describe('working state', () => {
  it('posts "Working…" in the thread while the model runs, then replaces it with the answer', async () => {
    const held = heldModel(scriptedModel([{ text: 'Here is the answer.' }]));
    h = await startHarness({ model: held.model });
    expect((await h.send(h.fixture('app-mention.json'))).status).toBe(200);
    await h.fake.waitFor('chat.postMessage');
    const [placeholder] = h.fake.callsTo('chat.postMessage');
    expect(placeholder.args).toMatchObject({ channel: 'C123ABC456', thread_ts: MENTION_TS, text: WORKING, unfurl_links: 'false' });
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    held.release();
    await h.deps.deferrer.drain();

    const [update] = h.fake.callsTo('chat.update');
    expect(update.args).toMatchObject({ channel: 'C123ABC456', ts: placeholder.ts, text: 'Here is the answer.' });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(shownMessages(h.fake).map((m) => m.args.text)).toEqual(['Here is the answer.']);
  });

  it('still answers when the placeholder cannot be updated (deleted meanwhile), with a new message', async () => {
    h = await startHarness({ model: scriptedModel([{ text: 'Answer anyway.' }]) });
    h.fake.failNext('chat.update', 'message_not_found');
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    expect(h.fake.callsTo('chat.postMessage').map((c) => [c.args.text, c.args.thread_ts])).toEqual([[WORKING, MENTION_TS], ['Answer anyway.', MENTION_TS]]);
  });
});

describe('follow-ups in a thread', () => {
  it('answers a follow-up without a mention in a thread Clientele answered, and ignores other threads', async () => {
    const model = scriptedModel([{ text: 'First answer.' }, { text: 'Follow-up answer.' }, { text: 'never' }]);
    h = await startHarness({ model });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();

    // Another person in the same thread, no mention: answered there, with the thread's history.
    await h.send(channelMessage('and what about their invoices?', MENTION_TS, 'UA8RXUSPL'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(2);
    expect(lastUserText(model.doStreamCalls[1].prompt)).toBe('and what about their invoices?');
    expect(shownMessages(h.fake).map((m) => [m.args.thread_ts, m.args.text])).toEqual([[MENTION_TS, 'First answer.'], [MENTION_TS, 'Follow-up answer.']]);

    // A thread Clientele never answered, a top-level message, and a message that mentions the bot (the
    // app_mention event answers that one): none of them runs the model here.
    await h.send(channelMessage('unrelated chatter', '1515440000.000001'));
    await h.send(channelMessage('top-level chatter', undefined));
    await h.send(channelMessage('<@U0LAN0Z89> hello again', MENTION_TS));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(2);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('gives a guest following up in the thread the polite refusal, not an answer', async () => {
    const model = scriptedModel([{ text: 'First answer.' }, { text: 'leak' }]);
    h = await startHarness({ model, users: [
      { id: 'U061F7AUR', teamId: TEAM_A, name: 'Riley Mention', email: 'riley@studio.test' },
      { id: 'UGUEST001', teamId: TEAM_A, name: 'Guest', email: 'guest@partner.test', restricted: true },
    ] });
    await h.send(h.fixture('app-mention.json'));
    await h.deps.deferrer.drain();
    await h.send(channelMessage('tell me about their invoices', MENTION_TS, 'UGUEST001'));
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(1);
    expect(shownMessages(h.fake).at(-1)!.args.text).toMatch(/^Sorry, Clientele is only for full members/);
  });
});

describe('Assistant split view', () => {
  const THREAD = '1729999327.187299';
  it('offers suggested prompts when a thread starts, and shows Slack\'s status (no placeholder) while answering', async () => {
    const model = scriptedModel([{ text: 'No inactive clients.' }]);
    h = await startHarness({ model });
    await h.send(envelope({
      type: 'assistant_thread_started', event_ts: '1729999327.187300',
      assistant_thread: { user_id: 'U061F7AUR', channel_id: 'D0ASSIST1', thread_ts: THREAD, context: { channel_id: 'C123ABC456', team_id: TEAM_A } },
    }));
    await h.deps.deferrer.drain();
    const [suggest] = h.fake.callsTo('assistant.threads.setSuggestedPrompts');
    expect(suggest.args).toMatchObject({ channel_id: 'D0ASSIST1', thread_ts: THREAD });
    const prompts = typeof suggest.args.prompts === 'string' ? JSON.parse(suggest.args.prompts) : suggest.args.prompts;
    expect(prompts).toEqual(SUGGESTED_PROMPTS);
    expect(model.doStreamCalls).toHaveLength(0);

    await h.send(envelope({ type: 'message', channel: 'D0ASSIST1', channel_type: 'im', user: 'U061F7AUR', text: 'find inactive clients', ts: '1729999400.000100', thread_ts: THREAD }));
    await h.deps.deferrer.drain();
    const [status] = h.fake.callsTo('assistant.threads.setStatus');
    expect(status.args).toMatchObject({ channel_id: 'D0ASSIST1', thread_ts: THREAD, status: ASSISTANT_STATUS });
    expect(placeholders(h.fake)).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage').map((c) => [c.args.channel, c.args.thread_ts, c.args.text])).toEqual([['D0ASSIST1', THREAD, 'No inactive clients.']]);
    // The status came before the answer.
    const order = h.fake.calls.map((c) => c.method).filter((m) => m === 'assistant.threads.setStatus' || m === 'chat.postMessage');
    expect(order).toEqual(['assistant.threads.setStatus', 'chat.postMessage']);
  });
});
