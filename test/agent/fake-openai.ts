// A small OpenAI-compatible server on loopback (chat completions and Responses, streamed), answering each
// request with a tool call first and text once the request carries a tool result. It records every request body.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export type FakeOpenAI = { baseURL: string; requests: Array<{ path: string; body: any }>; close(): Promise<void> };
export type FakeScript = {
  toolName: string; args: Record<string, unknown>; text: string;
  /** The answer to a request without tools (the outreach writer's generateText); default `text`. */
  plain?: string;
};

const sse = (events: Array<{ event?: string; data: unknown }>) =>
  events.map((e) => `${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`).join('');

function chatStream(body: any, script: FakeScript): string {
  const hasResult = body.messages.some((m: any) => m.role === 'tool');
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model };
  const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
  const chunks = hasResult
    ? [
      { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
      ...script.text.split(/(?<= )/).map((w) => ({ ...base, choices: [{ index: 0, delta: { content: w }, finish_reason: null }] })),
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage },
    ]
    : [
      { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [
        { index: 0, id: 'call_1', type: 'function', function: { name: script.toolName, arguments: JSON.stringify(script.args) } },
      ] }, finish_reason: null }] },
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }], usage },
    ];
  return sse([...chunks.map((data) => ({ data })), { data: '[DONE]' }]);
}

/** A whole (not streamed) chat completion answering with text. */
function chatCompletion(body: any, text: string) {
  return {
    id: 'chatcmpl-2', object: 'chat.completion', created: 1_760_000_000, model: body.model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

function responsesStream(body: any, script: FakeScript): string {
  const hasResult = body.input.some((i: any) => i.type === 'function_call_output');
  const response = { id: hasResult ? 'resp_2' : 'resp_1', created_at: 1_760_000_000, model: body.model };
  const usage = { input_tokens: 10, output_tokens: 5, total_tokens: 15, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } };
  const item = hasResult
    ? { type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: script.text, annotations: [] }] }
    : { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: script.toolName, arguments: JSON.stringify(script.args), status: 'completed' };
  const events: Array<{ event: string; data: unknown }> = [
    { event: 'response.created', data: { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } } },
    { event: 'response.output_item.added', data: { type: 'response.output_item.added', output_index: 0,
      item: hasResult ? { ...item, status: 'in_progress', content: [] } : { ...item, arguments: '', status: 'in_progress' } } },
  ];
  if (hasResult) {
    for (const delta of script.text.split(/(?<= )/)) {
      events.push({ event: 'response.output_text.delta', data: { type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta, logprobs: [] } });
    }
  } else {
    events.push({ event: 'response.function_call_arguments.delta', data: { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 0, delta: item.arguments } });
  }
  events.push({ event: 'response.output_item.done', data: { type: 'response.output_item.done', output_index: 0, item } });
  events.push({ event: 'response.completed', data: { type: 'response.completed', response: { ...response, status: 'completed', output: [item], usage } } });
  return sse(events);
}

export async function startFakeOpenAI(script: FakeScript): Promise<FakeOpenAI> {
  const requests: FakeOpenAI['requests'] = [];
  const app = new Hono();
  const stream = (text: string) => new Response(text, { headers: { 'content-type': 'text/event-stream' } });
  app.post('/v1/chat/completions', async (c) => {
    const body = await c.req.json();
    requests.push({ path: '/chat/completions', body });
    if (!body.tools?.length && !body.stream) return c.json(chatCompletion(body, script.plain ?? script.text));
    return stream(chatStream(body, script));
  });
  app.post('/v1/responses', async (c) => {
    const body = await c.req.json();
    requests.push({ path: '/responses', body });
    return stream(responsesStream(body, script));
  });
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s));
  });
  const { port } = server.address() as { port: number };
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
