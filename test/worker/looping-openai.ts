// An OpenAI-compatible chat completions server on loopback whose model never finishes: every answer, streamed, is
// another findClients call, after `delayMs`. It counts the requests.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export type LoopingModel = { baseURL: string; calls: number; delayMs: number; close(): Promise<void> };

export async function startLoopingModel(): Promise<LoopingModel> {
  const app = new Hono();
  const model: LoopingModel = { baseURL: '', calls: 0, delayMs: 0, close: async () => {} };
  app.post('/v1/chat/completions', async (c) => {
    const body = await c.req.json();
    const n = ++model.calls;
    await new Promise((r) => setTimeout(r, model.delayMs));
    const base = { id: `chatcmpl-${n}`, object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model };
    const call = {
      index: 0,
      id: `call_${n}`,
      type: 'function',
      function: { name: 'findClients', arguments: JSON.stringify({ query: `acme ${n}` }) },
    };
    const chunks = [
      { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [call] }, finish_reason: null }] },
      {
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      },
    ];
    const text = [...chunks.map((d) => `data: ${JSON.stringify(d)}\n\n`), 'data: [DONE]\n\n'].join('');
    return new Response(text, { headers: { 'content-type': 'text/event-stream' } });
  });
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s));
  });
  model.baseURL = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
  model.close = () => new Promise((ok) => server.close(() => ok()));
  return model;
}
