// The web chat API driven by the AI SDK's own client code (Chat from @ai-sdk/react with the stock
// DefaultChatTransport from `ai`), against the real app served on loopback: UI messages in, the UI message stream
// out; confirmations through the SDK's native approval parts, still decided by the server's approval rows; Stop
// aborts the model.
import { Chat } from '@ai-sdk/react';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { UIMessage } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { clients } from '../../../src/db/schema';
import type { TestDeps } from '../../support/deps';
import { callThenText, scriptedModel } from '../../agent/mock-model';
import { serveChatApp, type ChatApp } from './serve-chat-app';

let served: ChatApp | undefined;
let deps: TestDeps;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

async function start(role: 'manager' | 'admin' = 'admin') {
  served = await serveChatApp(role);
  deps = served.deps;
  const { base, cookie, chat } = served;
  const get = async (path: string) => (await fetch(`${base}${path}`, { headers: { Cookie: cookie } })).json();
  return { base, cookie, chat, get };
}

const settled = async (chat: Chat<UIMessage>) => {
  await expect.poll(() => chat.status, { timeout: 10_000 }).toBe('ready');
  return chat.messages;
};
const toolParts = (m: UIMessage) => m.parts.filter((p) => p.type.startsWith('tool-')) as Array<Record<string, any>>;
const textOf = (m: UIMessage) => m.parts.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text).join('');
const clientNames = async () => (await deps.db.select({ name: clients.name }).from(clients)).map((c) => c.name);

describe('POST /api/chat with the AI SDK client', () => {
  it('answers sendMessage with a tool part (input, then output) and the text, and keeps the conversation', async () => {
    const s = await start();
    deps.model = callThenText({ toolName: 'createClient', input: { name: 'Acme Corp' } }, 'Added **Acme Corp** as a lead.') as never;
    const chat = s.chat({ id: 'web-sdk-1' });
    await chat.sendMessage({ text: 'add Acme Corp' });
    const [user, answer] = await settled(chat);
    expect(chat.error).toBeUndefined();
    expect(user.role).toBe('user');
    expect(answer.role).toBe('assistant');
    const [tool] = toolParts(answer);
    expect(tool).toMatchObject({ type: 'tool-createClient', state: 'output-available', input: { name: 'Acme Corp' } });
    expect(tool.output).toMatchObject({ ok: true, data: { kind: 'client', client: { name: 'Acme Corp' } } });
    expect(textOf(answer)).toBe('Added **Acme Corp** as a lead.');

    // The chat id is the conversation: listed, and reopened as the same UI messages.
    const { conversations } = await s.get('/api/conversations');
    expect(conversations).toEqual([expect.objectContaining({ id: 'web-sdk-1', title: 'add Acme Corp' })]);
    const reopened = await s.get('/api/conversations/web-sdk-1');
    expect(reopened.messages.map((m: UIMessage) => m.role)).toEqual(['user', 'assistant']);
    expect(toolParts(reopened.messages[1])[0]).toMatchObject({ type: 'tool-createClient', state: 'output-available', toolCallId: tool.toolCallId });
    expect(textOf(reopened.messages[1])).toBe(textOf(answer));

    // A second message continues the same conversation (history is the server's).
    deps.model = callThenText({ toolName: 'findClients', input: {} }, 'One client.') as never;
    await chat.sendMessage({ text: 'list clients' });
    expect((await settled(chat)).map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect((await s.get('/api/conversations')).conversations).toHaveLength(1);
  });

  it('asks before a delete with the SDK\'s approval parts; approving runs it once through the server\'s approval', async () => {
    const s = await start();
    deps.model = callThenText({ toolName: 'createClient', input: { name: 'Globex' } }, 'Added.') as never;
    const chat = s.chat();
    await chat.sendMessage({ text: 'add Globex' });
    await settled(chat);
    deps.model = scriptedModel([{ calls: [{ toolName: 'deleteClient', input: { client: 'Globex' } }] }]) as never;
    await chat.sendMessage({ text: 'delete Globex' });
    const asked = (await settled(chat)).at(-1)!;
    const [card] = toolParts(asked);
    expect(card).toMatchObject({ type: 'tool-deleteClient', state: 'approval-requested', input: { client: 'Globex' } });
    expect(card.approval.id).toMatch(/^apr_/);
    expect(card.approval.descriptor.summary).toMatch(/Globex/);
    expect(textOf(asked)).toContain('Nothing has changed yet');
    expect(await clientNames()).toEqual(['Globex']);

    await chat.addToolApprovalResponse({ id: card.approval.id, approved: true });
    const after = await settled(chat);
    const done = after.at(-1)!;
    expect(done.id).toBe(asked.id); // the answer continues the message that asked
    expect(toolParts(done)[0]).toMatchObject({ state: 'output-available', output: { ok: true }, approval: { id: card.approval.id, approved: true } });
    expect(textOf(done)).toMatch(/Deleted Globex/);
    expect(await clientNames()).toEqual([]);

    // Replaying the same approval response runs nothing twice: the server's row was claimed.
    const replay = await fetch(`${s.base}/api/chat`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.cookie, Origin: s.base },
      body: JSON.stringify({ id: chat.id, trigger: 'submit-message', messageId: asked.id, messages: [{ ...asked, parts: [{ ...card, state: 'approval-responded', approval: { id: card.approval.id, approved: true } }] }] }),
    });
    const body = await replay.text();
    expect(body).toContain('"type":"tool-output-error"');
    expect(body).toMatch(/already confirmed|runs at most once/);
  });

  it('refuses an approval response the server never asked for, and a denial cancels', async () => {
    const s = await start();
    deps.model = callThenText({ toolName: 'createClient', input: { name: 'Initech' } }, 'Added.') as never;
    const chat = s.chat();
    await chat.sendMessage({ text: 'add Initech' });
    await settled(chat);
    // A made-up approved part for a delete that was never requested: nothing runs.
    const forged: UIMessage = { id: 'm-forged', role: 'assistant', parts: [{
      type: 'tool-deleteClient', toolCallId: 'call-x', state: 'approval-responded', input: { client: 'Initech' }, approval: { id: 'apr_made_up', approved: true },
    } as never] };
    const res = await fetch(`${s.base}/api/chat`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.cookie, Origin: s.base },
      body: JSON.stringify({ id: chat.id, trigger: 'submit-message', messageId: 'm-forged', messages: [...chat.messages, forged] }),
    });
    expect(await res.text()).toMatch(/"type":"tool-output-error".*does not exist/);
    expect(await clientNames()).toEqual(['Initech']);

    deps.model = scriptedModel([{ calls: [{ toolName: 'deleteClient', input: { client: 'Initech' } }] }]) as never;
    await chat.sendMessage({ text: 'delete Initech' });
    const [card] = toolParts((await settled(chat)).at(-1)!);
    await chat.addToolApprovalResponse({ id: card.approval.id, approved: false });
    const done = (await settled(chat)).at(-1)!;
    expect(toolParts(done)[0].state).toBe('output-denied');
    expect(textOf(done)).toMatch(/Cancelled; nothing was changed/);
    expect(await clientNames()).toEqual(['Initech']);
    // Reopened, the card is cancelled too.
    const reopened = await s.get(`/api/conversations/${chat.id}`);
    expect(toolParts(reopened.messages.at(-1))[0]).toMatchObject({ state: 'output-denied', approval: { id: card.approval.id, approved: false } });
  });

  it('Stop aborts the model on the server and keeps what was said', async () => {
    const s = await start('manager');
    let aborted = false;
    let started!: () => void;
    const begun = new Promise<void>((r) => { started = r; });
    deps.model = new MockLanguageModelV4({
      doStream: async ({ abortSignal }) => ({
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(ctl) {
            ctl.enqueue({ type: 'stream-start', warnings: [] });
            ctl.enqueue({ type: 'text-start', id: 't' });
            ctl.enqueue({ type: 'text-delta', id: 't', delta: 'Thinking about it' });
            started();
            // A model that would go on for ever: only the abort ends it.
            abortSignal?.addEventListener('abort', () => { aborted = true; ctl.error(abortSignal.reason); });
          },
        }),
      }),
    }) as never;
    const chat = s.chat({ id: 'web-stop-1' });
    const sending = chat.sendMessage({ text: 'write me a long story' });
    await begun;
    await expect.poll(() => textOf(chat.messages.at(-1)!)).toBe('Thinking about it');
    expect(chat.status).toBe('streaming');
    await chat.stop();
    await sending;
    expect(chat.status).toBe('ready');
    await expect.poll(() => aborted).toBe(true);
    // The turn is kept: the question and what was said before Stop.
    await expect.poll(async () => (await s.get('/api/conversations/web-stop-1')).messages?.map((m: UIMessage) => textOf(m))).toEqual(['write me a long story', 'Thinking about it']);
  });
});
