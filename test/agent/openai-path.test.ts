// The OpenAI path end to end: the real @ai-sdk/openai provider, pointed at a loopback fake, driving runAgent.
import { createOpenAI } from '@ai-sdk/openai';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanguageModel } from '../../src/agent/model';
import { runAgent } from '../../src/agent/run-agent';
import { createClient } from '../../src/domain/clients/create-client';
import { parseEnv } from '../../src/env';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai';
import { agentFixture, type AgentFixture } from './setup';

let fake: FakeOpenAI;
let fx: AgentFixture;
afterEach(async () => {
  await fake?.close();
  fx?.deps.testDb.cleanup();
});

const script = { toolName: 'findClients', args: { query: 'acme' }, text: 'You have one client matching acme: Acme Corp.' };

async function seedAcme() {
  await createClient({ ctx: fx.ctxFor('owner'), input: { name: 'Acme Corp', email: 'billing@acme.io' } });
}

describe('the OpenAI path against an OpenAI-compatible fake', () => {
  it('chat completions (OPENAI_BASE_URL set): tool schemas first, the tool result second, the answer streamed back', async () => {
    fake = await startFakeOpenAI(script);
    const env = parseEnv({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-test' });
    fx = await agentFixture(createLanguageModel(env, { now: () => new Date() }));
    await seedAcme();
    const deltas: string[] = [];
    const turn = await runAgent({
      deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'oa-chat', text: 'which clients match acme?', surface: 'web',
      onEvent: (e) => { if (e.type === 'text-delta') deltas.push(e.delta); },
    });

    expect(fake.requests.map((r) => r.path)).toEqual(['/chat/completions', '/chat/completions']);
    const [first, second] = fake.requests.map((r) => r.body);
    expect(first.model).toBe('gpt-test');
    expect(first.stream).toBe(true);
    expect(first.messages[0]).toMatchObject({ role: 'system' });
    expect(first.messages[0].content).toContain('Today is');
    expect(first.messages.at(-1)).toEqual({ role: 'user', content: 'which clients match acme?' });
    const fn = first.tools.find((t: any) => t.function.name === 'findClients').function;
    expect(fn.parameters.properties).toHaveProperty('query');
    expect(fn.parameters.properties).toHaveProperty('archived');
    expect(first.tools.map((t: any) => t.function.name)).toEqual(expect.arrayContaining(['createClient', 'showClient']));

    const call = second.messages.find((m: any) => m.role === 'assistant');
    expect(call.tool_calls[0]).toMatchObject({ id: 'call_1', type: 'function', function: { name: 'findClients' } });
    const result = second.messages.find((m: any) => m.role === 'tool');
    expect(result.tool_call_id).toBe('call_1');
    expect(JSON.parse(result.content)).toMatchObject({ ok: true, data: { kind: 'clients', total: 1 } });
    expect(result.content).toContain('Acme Corp');

    expect(turn.text).toBe(script.text);
    expect(deltas.length).toBeGreaterThan(1);
    expect(turn.results[0]).toMatchObject({ toolName: 'findClients', input: { query: 'acme' }, result: { ok: true } });

    // The next turn replays the stored history in the chat format.
    await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'oa-chat', text: 'thanks', surface: 'web' });
    const roles = fake.requests[2].body.messages.map((m: any) => m.role);
    expect(roles).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'user']);
    expect(fake.requests[2].body.messages[3].tool_call_id).toBe('call_1');
  });

  it('the Responses API (no base URL override): function tools first, function_call_output second', async () => {
    fake = await startFakeOpenAI(script);
    // The default OpenAI provider talks to the Responses API; point it at the fake explicitly.
    const model = createOpenAI({ apiKey: 'sk-test', baseURL: fake.baseURL })('gpt-test');
    fx = await agentFixture(model);
    await seedAcme();
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('owner'), conversationId: 'oa-resp', text: 'find acme', surface: 'cli' });

    expect(fake.requests.map((r) => r.path)).toEqual(['/responses', '/responses']);
    const [first, second] = fake.requests.map((r) => r.body);
    expect(first.stream).toBe(true);
    expect(JSON.stringify(first.input)).toContain('find acme');
    const tool = first.tools.find((t: any) => t.name === 'findClients');
    expect(tool).toMatchObject({ type: 'function', strict: false });
    expect(tool.parameters.properties).toHaveProperty('sort');
    const output = second.input.find((i: any) => i.type === 'function_call_output');
    expect(output.call_id).toBe('call_1');
    expect(JSON.parse(output.output)).toMatchObject({ ok: true, data: { kind: 'clients', total: 1 } });
    expect(turn.text).toBe(script.text);

    // The next turn replays the stored history: the call and its output in full, no provider item references.
    await runAgent({ deps: fx.deps, ctx: fx.ctxFor('owner'), conversationId: 'oa-resp', text: 'and now?', surface: 'cli' });
    const third = fake.requests[2].body;
    const types = third.input.map((i: any) => i.type ?? i.role);
    expect(types).toEqual(expect.arrayContaining(['function_call', 'function_call_output']));
    expect(types).not.toContain('item_reference');
    expect(JSON.stringify(third.input)).toContain(script.text);
    expect(JSON.stringify(third.input.at(-1))).toContain('and now?');
  });

  it('picks the model from the environment: chat completions with a base URL, Responses without, offline without a key', () => {
    const now = () => new Date();
    const chat = createLanguageModel(parseEnv({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }), { now });
    const responses = createLanguageModel(parseEnv({ OPENAI_API_KEY: 'k' }), { now });
    const offline = createLanguageModel(parseEnv({}), { now });
    expect(typeof chat === 'object' && chat.provider).toBe('openai.chat');
    expect(typeof responses === 'object' && responses.provider).toBe('openai.responses');
    expect(typeof offline === 'object' && offline.provider).toBe('clientele');
  });
});
