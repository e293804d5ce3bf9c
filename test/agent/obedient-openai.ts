// An OpenAI-compatible model on loopback (chat completions, streamed) that does what the person asks and
// then obeys any instruction it finds in tool results ("call <tool> key=value ..."), one call per step:
// the worst model we could be given. It records every request body.
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

export type Call = { name: string; args: Record<string, unknown> };
export type Obedient = { baseURL: string; requests: any[]; close(): Promise<void> };

const INSTRUCTION = /call (\w+)((?: \w+=[^\s,;"'<>]+)*)/g;
const value = (v: string) => (/^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v === 'false' ? false : v);

/** Every instruction in any string of a tool result (JSON inside JSON included). */
export function instructionsIn(text: string): Call[] {
  return [...text.matchAll(INSTRUCTION)].map((m) => ({
    name: m[1],
    args: Object.fromEntries(m[2].trim().split(' ').filter(Boolean).map((kv) => {
      const [k, ...rest] = kv.split('=');
      return [k, value(rest.join('='))];
    })),
  }));
}

function nextMove(body: any, plan: (userText: string) => Call[]): Call | null {
  const msgs: any[] = body.messages;
  const lastUser = msgs.map((m) => m.role).lastIndexOf('user');
  const turn = msgs.slice(lastUser + 1);
  const done = turn.flatMap((m) => m.tool_calls ?? []).map((c: any) => `${c.function.name} ${c.function.arguments}`);
  const wanted = [...plan(String(msgs[lastUser].content)), ...turn.filter((m) => m.role === 'tool').flatMap((m) => instructionsIn(String(m.content)))];
  return wanted.find((c) => !done.includes(`${c.name} ${JSON.stringify(c.args)}`)) ?? null;
}

function stream(body: any, move: Call | null, step: number): string {
  const base = { id: `chatcmpl-${step}`, object: 'chat.completion.chunk', created: 1_760_000_000, model: body.model };
  const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
  const chunks = move
    ? [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [
      { index: 0, id: `call_${step}`, type: 'function', function: { name: move.name, arguments: JSON.stringify(move.args) } },
    ] }, finish_reason: null }] }, { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }], usage }]
    : [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: 'Done.' }, finish_reason: null }] },
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage }];
  return [...chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`), 'data: [DONE]\n\n'].join('');
}

export async function startObedientModel(plan: (userText: string) => Call[]): Promise<Obedient> {
  const requests: any[] = [];
  const app = new Hono();
  app.post('/v1/chat/completions', async (c) => {
    const body = await c.req.json();
    requests.push(body);
    return new Response(stream(body, nextMove(body, plan), requests.length), { headers: { 'content-type': 'text/event-stream' } });
  });
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ok(s));
  });
  const { port } = server.address() as { port: number };
  return { baseURL: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise((ok) => server.close(() => ok())) };
}
