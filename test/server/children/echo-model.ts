// An OpenAI-compatible chat-completions server on loopback that calls whatever tool the user's message names
// as JSON ({"tool":"createClient","args":{...}}), then answers "Done." once it sees the tool's result. The kill
// test drives real writes through the server's own chat path with it, independent of the offline model.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

const sse = (chunks: unknown[]) => [...chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`), 'data: [DONE]\n\n'].join('');
const text = (m: { content: unknown }) =>
  (typeof m.content === 'string' ? m.content : (m.content as Array<{ text?: string }>).map((p) => p.text ?? '').join(''));

export async function startEchoModel(): Promise<{ baseURL: string; close(): Promise<void> }> {
  const app = new Hono();
  app.post('/v1/chat/completions', async (c) => {
    const body = await c.req.json();
    const last = body.messages[body.messages.length - 1];
    const base = { id: 'chatcmpl-echo', object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model };
    const usage = { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 };
    const call = last.role === 'user' ? /\{"tool".*\}/s.exec(text(last))?.[0] : undefined;
    const parsed = call ? (JSON.parse(call) as { tool: string; args: unknown }) : null;
    const chunks = parsed
      ? [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [
        { index: 0, id: `call_${Math.random().toString(36).slice(2)}`, type: 'function', function: { name: parsed.tool, arguments: JSON.stringify(parsed.args) } },
      ] }, finish_reason: null }] }, { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }], usage }]
      : [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'Done.' }, finish_reason: null }] },
        { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage }];
    return new Response(sse(chunks), { headers: { 'content-type': 'text/event-stream' } });
  });
  const server: ServerType = await new Promise((ok) => { const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s)); });
  const { port } = server.address() as { port: number };
  return { baseURL: `http://127.0.0.1:${port}/v1`, close: () => new Promise((ok) => server.close(() => ok())) };
}
