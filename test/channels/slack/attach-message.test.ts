// "Attach message to client" through the whole app (signed payloads, the real Web API client against the fake):
// the shortcut opens the modal with the message as the note; Attach keeps it on the existing client with a link to
// the message and posts the client's card with Undo in the thread; no match or several matches are said in the
// modal and nothing is saved.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { notes } from '../../../src/db/schema';
import { makeCtx } from '../../../src/deps';
import { createClient } from '../../../src/domain/clients/create-client';
import { scriptedModel } from './held-model';
import { asPayload, startHarness, TEAM_A, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

async function seed(hh: Harness, ...names: string[]) {
  const ctx = makeCtx(hh.deps, { kind: 'system', workspaceId: hh.deps.workspaceId, channel: 'system', name: 'Seed' });
  return Promise.all(names.map(async (name) => (await createClient({ ctx, input: { name } })).client));
}
async function openModal(hh: Harness) {
  const p = JSON.parse(hh.fixture('message-action.json'));
  p.callback_id = 'attach_message_to_client';
  expect((await hh.send(asPayload(p))).status).toBe(200);
  await hh.deps.deferrer.drain();
  return hh.fake.callsTo('views.open').at(-1)!.args.view;
}
async function submit(hh: Harness, view: Record<string, any>, values: Record<string, string>) {
  const p = JSON.parse(hh.fixture('view-submission.json'));
  p.team = { id: TEAM_A, domain: 'example' };
  p.user = { id: 'UA8RXUSPL', username: 'jtorrance', name: 'jtorrance', team_id: TEAM_A };
  p.view = { ...p.view, callback_id: view.callback_id, private_metadata: view.private_metadata, blocks: view.blocks,
    state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: { type: 'plain_text_input', value: v } }])) } };
  const res = await hh.send(asPayload(p));
  await hh.deps.deferrer.drain();
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}
const initialOf = (view: any) => Object.fromEntries(view.blocks.filter((b: any) => b.type === 'input').map((b: any) => [b.block_id, b.element.initial_value]));

describe('Attach message to client', () => {
  it('keeps the message as a note on the existing client, with its link, and answers in the thread with Undo', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    const [acme] = await seed(h, 'Acme Corp', 'Globex');
    const view = await openModal(h);
    expect(view.callback_id).toBe('message_attach');
    const initial = initialOf(view);
    expect(initial.client).toBe('Acme Corp');
    expect(initial.note).toContain('we need a new website');
    expect(initial.note).toContain('jane@acme.com | +1 415 555 0134');

    const done = await submit(h, view, { client: 'acme', note: `${initial.note}\nBudget: 20k` });
    expect(done.status).toBe(200);
    expect(done.body.response_action).toBeUndefined();
    const [note] = await h.deps.db.select().from(notes).where(eq(notes.clientId, acme.id));
    expect(note.body).toContain('we need a new website');
    expect(note.body).toContain('Budget: 20k');
    expect(note.body).toContain('From Slack: https://test.slack.com/archives/CBR2V3XEX/p1581106239000700');
    const [post] = shownMessages(h.fake);
    expect(post.args).toMatchObject({ channel: 'CBR2V3XEX', thread_ts: '1581106239.000700' });
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain('Attached the message to Acme Corp as a note.');
    expect(blocks).toContain('"action_id":"change_undo"');
  });

  it('says in the modal when no client or several match, and saves nothing', async () => {
    h = await startHarness({ model: scriptedModel([]) });
    await seed(h, 'Acme Studio', 'Acme Labs');
    const view = await openModal(h);
    const none = await submit(h, view, { client: 'Initech', note: 'hello' });
    expect(none.body).toMatchObject({ response_action: 'errors', errors: { client: 'No client matches "Initech".' } });
    const several = await submit(h, view, { client: 'Acme', note: 'hello' });
    expect(several.body.response_action).toBe('errors');
    expect(several.body.errors.client).toMatch(/matches 2 clients; which one\?/);
    expect(await h.deps.db.select().from(notes)).toEqual([]);
    expect(shownMessages(h.fake)).toEqual([]);
  });
});
