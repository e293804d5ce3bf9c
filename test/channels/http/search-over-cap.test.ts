// A search matching more clients than a search counts (MATCH_COUNT_CAP) says "over 2,000" on every surface
// that shows its total (the web list and its pages, the web chat's answer, the Slack card), still pages to
// its last match in order, and its CSV export still has every match.
import { sql } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultCard } from '../../../src/channels/http/web/result-card';
import { renderTurn } from '../../../src/channels/slack/render-turn';
import { makeCtx } from '../../../src/deps';
import { MATCH_COUNT_CAP } from '../../../src/domain/clients/match-count';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import { findClientsTool } from '../../../tools/find-clients';
import type { TestDeps } from '../../support/deps';
import { addMember, type App, sayInChat, signIn, startWebApp } from './web-session';

const MANY = MATCH_COUNT_CAP + 130;
const CAP = MATCH_COUNT_CAP.toLocaleString('en');
const name = (i: number) => `Northwind ${String(i).padStart(5, '0')}`;
let deps: TestDeps;
let app: App;
let cookie: string;
let memberId: number;

beforeAll(async () => {
  ({ deps, app } = await startWebApp());
  memberId = (await addMember(deps, 'manager', 'mia@studio.test', 'Mia')).id;
  cookie = await signIn(app, deps, 'mia@studio.test');
  // Inserted in one statement (the full-text triggers index them as usual), in shuffled order.
  const rows = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY).map((n) => [`N${n}`, name(n), name(n).toLowerCase()]);
  await deps.db.run(sql`INSERT INTO clients (workspace_id, number, name, name_key)
    SELECT ${deps.workspaceId}, j.value->>0, j.value->>1, j.value->>2 FROM json_each(${JSON.stringify(rows)}) j`);
}, 30_000);
afterAll(() => deps.testDb.cleanup());

const list = async (path: string) => (await (await app.request(path, { headers: { Cookie: cookie } })).text());
const count = (html: string) => html.match(/<span id="list-count">([^<]*)<\/span>/)?.[1];
const shownNames = (html: string) => [...html.matchAll(/>(Northwind \d+)<\/a>/g)].map((m) => m[1]);
const ctx = () => makeCtx(deps, { kind: 'member', workspaceId: deps.workspaceId, memberId, role: 'manager', channel: 'web', name: 'Mia' });

describe('a search over the count cap', () => {
  it('the web list says "over 2,000", offers the next page, and pages in order to the exact end', async () => {
    const first = await list('/clients?query=northwind');
    expect(count(first)).toBe(`1–50 of over ${CAP} clients`);
    expect(first).toContain('href="/clients?query=northwind&amp;page=2"');
    expect(first).not.toMatch(/Page 1 of/);
    expect(shownNames(first)).toEqual(Array.from({ length: 50 }, (_, i) => name(i)));
    // Past the cap the page still comes in order, and a next page is still known.
    const capPage = MATCH_COUNT_CAP / 50 + 1;
    const past = await list(`/clients?query=northwind&page=${capPage}`);
    expect(shownNames(past)).toEqual(Array.from({ length: 50 }, (_, i) => name(MATCH_COUNT_CAP + i)));
    const fmt = (n: number) => n.toLocaleString('en');
    expect(count(past)).toBe(`${fmt(MATCH_COUNT_CAP + 1)}–${fmt(MATCH_COUNT_CAP + 50)} of over ${fmt(MATCH_COUNT_CAP + 50)} clients`);
    expect(past).toContain(`page=${capPage + 1}"`);
    // The last page has counted every match: the exact total, and no next page.
    const lastPage = Math.ceil(MANY / 50);
    const last = await list(`/clients?query=northwind&page=${lastPage}`);
    expect(shownNames(last)).toEqual(Array.from({ length: MANY - (lastPage - 1) * 50 }, (_, i) => name((lastPage - 1) * 50 + i)));
    expect(count(last)).toBe(`${((lastPage - 1) * 50 + 1).toLocaleString('en')}–${MANY.toLocaleString('en')} of ${MANY.toLocaleString('en')} clients`);
    expect(last).toContain(`Page ${lastPage} of ${lastPage}`);
    expect(last).not.toContain('id="page-next"');
  });

  it('under the cap the list counts exactly', async () => {
    const some = await list('/clients?query=northwind%2000042');
    expect(count(some)).toBe('1–1 of 1 client');
    const filtered = await list('/clients?query=northwind&createdFrom=2000-01-01');
    expect(count(filtered)).toBe(`1–50 of over ${CAP} clients`);
  });

  it('the web chat answers "Over 2,000 clients: ... and more."', async () => {
    const reply = await sayInChat(app, cookie, 'show clients matching northwind');
    expect(reply.text).toContain(`Over ${CAP} clients: Northwind 00000`);
    expect(reply.text).toContain('and more.');
  });

  it('the Slack card and the web chat card say "Showing 20 of over 2,000"; an exact count stays exact', async () => {
    const over = await findClientsTool.run({ ctx: ctx(), input: { query: 'northwind' } });
    const card = JSON.stringify(renderTurn({ text: over.ok ? over.text : '', results: [{ toolName: 'findClients', input: {}, result: over }], approvals: [] }).blocks);
    expect(card).toContain(`Showing 20 of over ${CAP}.`);
    const exact = await findClientsTool.run({ ctx: ctx(), input: { query: 'northwind 0001' } });
    expect(exact.ok && exact.text).toMatch(/^10 clients: Northwind 00010/);
    const small = JSON.stringify(renderTurn({ text: '', results: [{ toolName: 'findClients', input: {}, result: exact }], approvals: [] }).blocks);
    expect(small).not.toContain('Showing');
    // The web chat's card of the same results.
    const webCard = (result: typeof over) => renderToStaticMarkup(createElement(ResultCard, { toolName: 'findClients', result, said: '', onTurn: () => {} }));
    expect(webCard(over)).toContain(`Showing 20 of over ${CAP}.`);
    expect(webCard(exact)).not.toContain('Showing');
  });

  it('an export of the search has every match', async () => {
    const file = await exportCsv({ ctx: ctx(), input: { query: 'northwind' } });
    expect(file.rows).toBe(MANY);
  });
});
