// /client, mentions and DMs through the whole app: the ack comes back while the model is still held,
// then the answer arrives through response_url or chat.postMessage in the thread, as cards with Undo.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKING } from '../../../src/channels/slack/working-state';
import { clients } from '../../../src/db/schema';
import { callThenText, heldModel, scriptedModel } from './held-model';
import { slashBody, startHarness, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

const userText = (prompt: Array<{ role: string; content: unknown }>) => {
  const last = [...prompt].reverse().find((m) => m.role === 'user');
  return Array.isArray(last?.content) ? (last.content as Array<{ text?: string }>).map((p) => p.text ?? '').join('') : String(last?.content);
};
const blockText = (blocks: unknown) => JSON.stringify(blocks);

describe('/client', () => {
  it('acks, shows "Working…" while the model is held, then replaces it through response_url with the new lead\'s card and Undo', async () => {
    const held = heldModel(callThenText({ toolName: 'createClient', input: { name: 'Acme Corp' } }, 'Added Acme Corp as a lead.'));
    h = await startHarness({ model: held.model });
    const res = await h.send(slashBody(h, 'Acme Corp'));
    // The HTTP answer is back and the model has not answered yet; the person sees the working state meanwhile.
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await h.fake.waitFor('hook', 1);
    expect(h.fake.hooks).toHaveLength(1);
    expect(h.fake.hooks[0].body).toMatchObject({ text: WORKING, response_type: 'ephemeral', replace_original: false });
    held.release();
    await h.deps.deferrer.drain();

    expect(userText(held.calls()[0].prompt as never)).toBe('/client Acme Corp');
    expect(h.fake.hooks).toHaveLength(2);
    const hook = h.fake.hooks[1];
    expect(hook.path).toBe('commands/1234/5678');
    expect(hook.body).toMatchObject({ response_type: 'ephemeral', replace_original: true, text: 'Added Acme Corp as a lead.' });
    expect(hook.body.unfurl_links).toBe(false);
    expect(hook.body.unfurl_media).toBe(false);
    expect(blockText(hook.body.blocks)).toContain('*Acme Corp*');
    expect(blockText(hook.body.blocks)).toContain('"action_id":"change_undo"');
    const rows = await h.deps.db.select().from(clients).where(eq(clients.name, 'Acme Corp'));
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('lead');
  });

  it('answers /client and /client help with the ephemeral help card, without the model', async () => {
    const model = scriptedModel([{ text: 'never' }]);
    h = await startHarness({ model });
    for (const text of ['', 'help']) {
      const res = await h.send(slashBody(h, text));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.response_type).toBe('ephemeral');
      expect(blockText(body.blocks)).toContain('/client Acme Corp');
    }
    await h.deps.deferrer.drain();
    expect(model.doStreamCalls).toHaveLength(0);
  });
});

describe('mentions and direct messages', () => {
  it('answers a mention in its thread, escaped, with unfurling off, after acking', async () => {
    const held = heldModel(scriptedModel([{ text: 'Heads up <!channel> & <https://evil.example|click>' }]));
    h = await startHarness({ model: held.model });
    const res = await h.send(h.fixture('app-mention.json'));
    expect(res.status).toBe(200);
    expect(shownMessages(h.fake)).toHaveLength(0);
    held.release();
    await h.deps.deferrer.drain();

    expect(userText(held.calls()[0].prompt as never)).toBe('is it everything a river should be?');
    const [post] = shownMessages(h.fake);
    expect(post.args.channel).toBe('C123ABC456');
    expect(post.args.thread_ts).toBe('1515449522.000016');
    expect(post.args.unfurl_links).toBe('false');
    expect(post.args.unfurl_media).toBe('false');
    expect(post.args.text).toBe('Heads up &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(blockText(post.args.blocks)).not.toContain('<!channel>');
    expect(post.token).toBe('xoxb-test-token');
  });

  it('answers a direct message in its thread, and the thread keeps the conversation', async () => {
    const model = scriptedModel([{ text: 'First answer.' }, { text: 'Second answer.' }]);
    h = await startHarness({ model });
    const dm = JSON.parse(h.fixture('message-im.json'));
    await h.send(JSON.stringify(dm));
    await h.deps.deferrer.drain();
    const followUp = { ...dm, event_id: 'Ev0IMDM0002', event: { ...dm.event, text: 'and its contacts?', ts: '1355517524.000001', thread_ts: dm.event.ts } };
    await h.send(JSON.stringify(followUp));
    await h.deps.deferrer.drain();

    const posts = shownMessages(h.fake);
    expect(posts.map((p) => [p.args.channel, p.args.thread_ts, p.args.text])).toEqual([
      ['D024BE91L', '1355517523.000005', 'First answer.'],
      ['D024BE91L', '1355517523.000005', 'Second answer.'],
    ]);
    // The second turn saw the first exchange of the thread.
    expect(JSON.stringify(model.doStreamCalls[1].prompt)).toContain('First answer.');
  });
});
