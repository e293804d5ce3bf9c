// Helpers for app.request tests of the team web: same-origin headers, and signing in through the real
// emailed link (request -> drain the deferred send -> read the memory mailer -> POST the token).
import { createApp } from '../../../src/channels/http/app';
import { makeCtx } from '../../../src/deps';
import { members } from '../../../src/db/schema';
import type { Role } from '../../../src/context';
import { createTestDeps, type TestDeps } from '../../support/deps';

export const ORIGIN = 'http://localhost:8787';
export const sameOrigin = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' };

export const form = (data: Record<string, string>) => ({
  method: 'POST',
  headers: { ...sameOrigin, 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(data).toString(),
});

export type App = ReturnType<typeof createApp>;

/** A signed-in person's form post (same origin, as the browser sends it). */
export const postForm = (app: App, cookie: string, path: string, data: Record<string, string> = {}) => {
  const f = form(data);
  return app.request(path, { ...f, headers: { ...f.headers, Cookie: cookie } });
};

/** A fresh test database and the real app on it (clean up with deps.testDb.cleanup()). */
export async function startWebApp(opts: Parameters<typeof createTestDeps>[0] = {}): Promise<{ deps: TestDeps; app: App }> {
  const deps = await createTestDeps(opts);
  return { deps, app: createApp(deps) };
}

export async function addMember(deps: TestDeps, role: Role, email = `${role}@studio.test`, name = `${role[0].toUpperCase()}${role.slice(1)} Person`) {
  const [m] = await deps.db.insert(members).values({ workspaceId: deps.workspaceId, email, name, role }).returning();
  return m;
}

/** The ctx of a member added with addMember, acting on the web (to set up data through the domain's verbs). */
export function memberCtx(deps: TestDeps, m: Awaited<ReturnType<typeof addMember>>) {
  return makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId: m.id, role: m.role, channel: 'web', name: m.name ?? '' });
}

export const tokenFromLink = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('t') ?? '';

export async function requestLink(app: App, deps: TestDeps, email: string): Promise<string | null> {
  const before = deps.mailer.sent.length;
  const res = await app.request('/sign-in', form({ email }));
  if (res.status !== 200) throw new Error(`sign-in request answered ${res.status}`);
  await deps.deferrer.drain();
  const mail = deps.mailer.sent.slice(before).find((m) => m.to === email.trim().toLowerCase());
  return mail?.links?.[0] ?? null;
}

export const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0];

export async function signIn(app: App, deps: TestDeps, email: string): Promise<string> {
  const link = await requestLink(app, deps, email);
  if (!link) throw new Error(`no link was sent to ${email}`);
  const res = await app.request('/auth/verify', form({ t: tokenFromLink(link) }));
  if (res.status !== 303) throw new Error(`redeem answered ${res.status}`);
  return cookieOf(res);
}

/** One web chat turn as the browser sends it: the reply's text and the conversation's id, from the streamed UI chunks. */
export async function sayInChat(app: App, cookie: string, text: string, conversationId?: string): Promise<{ text: string; conversationId: string }> {
  const res = await app.request('/api/chat', {
    method: 'POST', headers: { ...sameOrigin, 'Content-Type': 'application/json', Cookie: cookie }, body: JSON.stringify({ text, conversationId }),
  });
  if (res.status !== 200) throw new Error(`/api/chat answered ${res.status}: ${await res.text()}`);
  const chunks = (await res.text()).split('\n\n').filter((e) => e.startsWith('data: ') && e !== 'data: [DONE]').map((e) => JSON.parse(e.slice(6)));
  return {
    text: chunks.filter((c) => c.type === 'text-delta').map((c) => c.delta).join(''),
    conversationId: chunks.find((c) => c.type === 'data-conversation')?.data.id,
  };
}
