// The real app served on loopback with one signed-in member, and the AI SDK's own Chat (the stock
// DefaultChatTransport) pointed at its /api/chat: the headers stand in for the browser's cookie and origin.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Chat } from '@ai-sdk/react';
import { DefaultChatTransport, lastAssistantMessageIsCompleteWithApprovalResponses, type UIMessage } from 'ai';
import { createApp } from '../../../src/channels/http/app';
import { createTestDeps, type TestDeps } from '../../support/deps';
import { addMember, signIn } from './web-session';

export type ChatApp = {
  deps: TestDeps; base: string; cookie: string;
  chat: (opts?: { id?: string; messages?: UIMessage[] }) => Chat<UIMessage>;
  close: () => Promise<void>;
};

/** Serves the app (the port is open before the app exists, as the base URL goes into its deps) and signs Ada in. */
export async function serveChatApp(role: 'manager' | 'admin' = 'admin'): Promise<ChatApp> {
  let handler: (req: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const server = await new Promise<ServerType>((ok) => { const s = serve({ fetch: (req) => handler(req), port: 0, hostname: '127.0.0.1' }, () => ok(s)); });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const deps = await createTestDeps();
  const app = createApp(deps);
  handler = (req) => app.fetch(req);
  await addMember(deps, role, 'ada@studio.test', 'Ada');
  const cookie = await signIn(app, deps, 'ada@studio.test');
  const chat = (opts: { id?: string; messages?: UIMessage[] } = {}) => new Chat({
    ...opts,
    transport: new DefaultChatTransport({ api: `${base}/api/chat`, headers: { Cookie: cookie, Origin: base } }),
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
  });
  const close = async () => {
    await new Promise((r) => server.close(r));
    deps.testDb.cleanup();
  };
  return { deps, base, cookie, chat, close };
}
