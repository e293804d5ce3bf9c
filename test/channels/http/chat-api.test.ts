// The web chat API: one agent turn streamed as the AI SDK UI message stream, conversations kept and
// listed, members without client access refused, JSON only.
import { afterEach, describe, expect, it } from 'vitest';
import type { LanguageModel } from 'ai';
import type { TestDeps } from '../../support/deps';
import { callThenText } from '../../agent/mock-model';
import { addMember, type App, sameOrigin, signIn, startWebApp } from './web-session';

let deps: TestDeps;
let app: App;
afterEach(() => deps?.testDb.cleanup());

async function setup(model?: LanguageModel, role: 'manager' | 'member' | 'admin' = 'manager') {
  ({ deps, app } = await startWebApp(model ? { overrides: { model } } : {}));
  await addMember(deps, role, 'mia@studio.test', 'Mia');
  return signIn(app, deps, 'mia@studio.test');
}

const chat = (cookie: string, body: unknown) => app.request('/api/chat', {
  method: 'POST', headers: { ...sameOrigin, 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify(body),
});

async function chunks(res: Response): Promise<Array<Record<string, any>>> {
  const text = await res.text();
  return text.split('\n\n').filter((e) => e.startsWith('data: ') && e !== 'data: [DONE]').map((e) => JSON.parse(e.slice(6)));
}

describe('POST /api/chat', () => {
  it('streams the tool result as a card and the answer as text deltas, in the UI message stream format', async () => {
    const cookie = await setup(callThenText({ toolName: 'createClient', input: { name: 'Acme Corp' } }, 'Added Acme Corp as a lead.'));
    const res = await chat(cookie, { text: 'add Acme Corp' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    const list = await chunks(res);
    expect(list[0].type).toBe('start');
    const conv = list.find((c) => c.type === 'data-conversation');
    expect(conv?.data.id).toMatch(/^web-/);
    const input = list.find((c) => c.type === 'tool-input-available');
    expect(input).toMatchObject({ toolName: 'createClient', input: { name: 'Acme Corp' } });
    const output = list.find((c) => c.type === 'tool-output-available');
    expect(output?.toolCallId).toBe(input?.toolCallId);
    expect(output?.output).toMatchObject({ ok: true, data: { kind: 'client', client: { name: 'Acme Corp' } }, undo: { activityId: expect.any(Number) } });
    expect(list.filter((c) => c.type === 'text-delta').map((c) => c.delta).join('')).toBe('Added Acme Corp as a lead.');
    expect(list.at(-1)?.type).toBe('finish');

    // The conversation is kept and listed, titled by its first message, and reloads with the card.
    const convs = await (await app.request('/api/conversations', { headers: { Cookie: cookie } })).json();
    expect(convs.conversations).toEqual([expect.objectContaining({ id: conv!.data.id, title: 'add Acme Corp' })]);
    const one = await (await app.request(`/api/conversations/${conv!.data.id}`, { headers: { Cookie: cookie } })).json();
    // Reopened as the AI SDK's UI messages: the question, then the answer with the tool's card.
    expect(one.messages[0]).toMatchObject({ role: 'user', parts: [{ type: 'text', text: 'add Acme Corp' }] });
    expect(one.messages[1].parts.some((p: any) => p.type === 'tool-createClient' && p.output?.data?.client?.name === 'Acme Corp')).toBe(true);
  });

  it('keeps the conversation when the page sends its id back', async () => {
    const cookie = await setup(callThenText({ toolName: 'findClients', input: {} }, 'Here they are.'));
    const first = await chunks(await chat(cookie, { text: 'list clients' }));
    const id = first.find((c) => c.type === 'data-conversation')!.data.id;
    const second = await chunks(await chat(cookie, { conversationId: id, text: 'again' }));
    expect(second.find((c) => c.type === 'data-conversation')!.data.id).toBe(id);
    const convs = await (await app.request('/api/conversations', { headers: { Cookie: cookie } })).json();
    expect(convs.conversations).toHaveLength(1);
    // Still titled by its first message.
    expect(convs.conversations[0].title).toBe('list clients');
  });

  it('refuses without a session (401), for a member (403), a non-JSON body (415) and an empty text (422)', async () => {
    const cookie = await setup();
    expect((await chat('', { text: 'hi' })).status).toBe(401);
    const plain = await app.request('/api/chat', { method: 'POST', headers: { ...sameOrigin, 'Content-Type': 'text/plain', Cookie: cookie }, body: '{"text":"hi"}' });
    expect(plain.status).toBe(415);
    const empty = await chat(cookie, { text: '   ' });
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.issues[0].field).toBe('text');

    const memberCookie = await (async () => { await addMember(deps, 'member', 'max@studio.test', 'Max'); return signIn(app, deps, 'max@studio.test'); })();
    expect((await chat(memberCookie, { text: 'list clients' })).status).toBe(403);
    expect((await app.request('/api/conversations', { headers: { Cookie: memberCookie } })).status).toBe(403);
  });

  it('does not show another member\'s conversation', async () => {
    const cookie = await setup(callThenText({ toolName: 'findClients', input: {} }, 'Here.'));
    const id = (await chunks(await chat(cookie, { text: 'list clients' }))).find((c) => c.type === 'data-conversation')!.data.id;
    await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
    const other = await signIn(app, deps, 'ada@studio.test');
    expect((await app.request(`/api/conversations/${id}`, { headers: { Cookie: other } })).status).toBe(404);
    expect((await (await app.request('/api/conversations', { headers: { Cookie: other } })).json()).conversations).toEqual([]);
  });

  it('undoes a change from its Undo, and runs a confirmed delete once', async () => {
    const cookie = await setup(callThenText({ toolName: 'createClient', input: { name: 'Acme Corp' } }, 'Added.'), 'admin');
    const list = await chunks(await chat(cookie, { text: 'add Acme Corp' }));
    const activityId = list.find((c) => c.type === 'tool-output-available')!.output.undo.activityId;
    const post = (path: string) => app.request(path, { method: 'POST', headers: { ...sameOrigin, 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });
    const undone = await post(`/api/undo/${activityId}`);
    expect(undone.status).toBe(200);
    expect((await undone.json()).text).toMatch(/^Undid|^Undone/);
    expect((await post(`/api/undo/${activityId}`)).status).toBe(409);

    deps.model = callThenText({ toolName: 'createClient', input: { name: 'Beta Ltd' } }, 'Added.') as never;
    await chunks(await chat(cookie, { text: 'add Beta Ltd' }));
    deps.model = callThenText({ toolName: 'deleteClient', input: { client: 'Beta Ltd' } }, 'Deleted.') as never;
    const asked = await chunks(await chat(cookie, { text: 'delete Beta Ltd' }));
    const request = asked.find((c) => c.type === 'tool-approval-request')!;
    const approval = { id: request.approvalId, ...request.approvalDescriptor };
    expect(approval.summary).toContain('Beta Ltd');
    expect(await (await app.request('/clients?query=beta', { headers: { Cookie: cookie } })).text()).toContain('Beta Ltd');
    const confirmed = await post(`/api/approvals/${approval.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect((await confirmed.json()).results[0].result.ok).toBe(true);
    expect((await post(`/api/approvals/${approval.id}/confirm`)).status).toBeGreaterThanOrEqual(400);
    expect(await (await app.request('/clients?query=beta', { headers: { Cookie: cookie } })).text()).not.toContain('Beta Ltd');
  });
});

describe('what the browser is sent', () => {
  it('never sends the server path of an exported CSV (stream or reopened conversation), only its download link', async () => {
    const cookie = await setup(callThenText({ toolName: 'exportCsv', input: {} }, 'Here is the file.'), 'admin');
    const res = await chat(cookie, { text: 'export clients to CSV' });
    const raw = await res.clone().text();
    const list = await chunks(res);
    const out = list.find((c) => c.type === 'tool-output-available')!.output;
    expect(out.data).toMatchObject({ kind: 'file', downloadUrl: expect.stringMatching(/^\/files\/exports\//), filename: expect.stringMatching(/\.csv$/) });
    expect(out.data).not.toHaveProperty('path');
    expect(raw).not.toContain(deps.files!.dir);
    const id = list.find((c) => c.type === 'data-conversation')!.data.id;
    const reopened = await app.request(`/api/conversations/${id}`, { headers: { Cookie: cookie } });
    const body = await reopened.text();
    expect(body).toContain('/files/exports/');
    expect(body).not.toContain('"path"');
  });
});
