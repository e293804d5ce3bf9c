// W8 for the chat's follow-up actions: Confirm, Cancel and Undo run agent verbs, so each person gets a budget of
// 30 a minute across the three (429 with Retry-After), apart from other people's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, form, sameOrigin, signIn, startWebApp } from './web-session';

let deps: TestDeps, app: App;
beforeEach(async () => {
  ({ deps, app } = await startWebApp());
  await addMember(deps, 'manager', 'mia@studio.test', 'Mia');
  await addMember(deps, 'admin', 'ada@studio.test', 'Ada');
});
afterEach(() => deps.testDb.cleanup());

const post = (path: string, cookie: string) =>
  app.request(path, { method: 'POST', headers: { ...sameOrigin, 'Content-Type': 'application/json', Cookie: cookie }, body: '{}' });

describe('rate limits on confirm, cancel and undo', () => {
  it('answers 429 with Retry-After after 30 actions a minute by one person, and not to another person', async () => {
    const mia = await signIn(app, deps, 'mia@studio.test');
    const ada = await signIn(app, deps, 'ada@studio.test');
    const paths = ['/api/undo/999999', '/api/approvals/nope/confirm', '/api/approvals/nope/cancel'];
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) codes.push((await post(paths[i % 3], mia)).status);
    expect(codes.every((s) => s !== 429)).toBe(true);
    for (const p of paths) {
      const res = await post(p, mia);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    }
    expect((await post('/api/undo/999999', ada)).status).not.toBe(429);
  });

  it('counts the client page\'s form Undo in the same budget (a readable 429 page, not JSON)', async () => {
    const mia = await signIn(app, deps, 'mia@studio.test');
    const pageUndo = () => app.request('/clients/1/undo/999999', { ...form({}), headers: { ...form({}).headers, Accept: 'text/html', Cookie: mia } });
    for (let i = 0; i < 15; i++) expect((await pageUndo()).status).not.toBe(429);
    for (let i = 0; i < 15; i++) expect((await post('/api/undo/999999', mia)).status).not.toBe(429);
    const page = await pageUndo();
    expect(page.status).toBe(429);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Too many requests');
    expect((await post('/api/undo/999999', mia)).status).toBe(429);
  });

  it('counts nothing before sign-in: a request without a session is 401, not a spent action', async () => {
    for (let i = 0; i < 35; i++) expect((await post('/api/undo/1', '')).status).toBe(401);
  });
});
