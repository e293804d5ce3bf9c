// The web chat's cards for follow-ups: "my follow-ups" as a list (date, client link, overdue marked, owner) and the
// client card's open follow-ups; what people typed is shown as text, never as markup.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../../../tools/run-tool';
import { webSafeResult } from '../../../src/channels/http/api/web-safe-result';
import { ResultCard, type ToolResult } from '../../../src/channels/http/web/result-card';
import { createClient } from '../../../src/domain/clients/create-client';
import { addFollowUp } from '../../../src/domain/follow-ups/add-follow-up';
import type { TestDeps } from '../../support/deps';
import { addMember, memberCtx, startWebApp } from './web-session';

let deps: TestDeps;
let ctx: ReturnType<typeof memberCtx>;
let acme: number;

beforeAll(async () => {
  ({ deps } = await startWebApp());
  ctx = memberCtx(deps, await addMember(deps, 'manager', 'mia@studio.test', 'Mia'));
  acme = (await createClient({ ctx, input: { name: 'Acme Corp' } })).client.id;
  await addFollowUp({ ctx, input: { client: 'Acme Corp', text: 'Call about <b>the renewal</b>', due: '2020-01-10' } });
  await addFollowUp({ ctx, input: { client: 'Acme Corp', text: 'Send the deck', due: '2099-01-10' } });
}, 30_000);
afterAll(() => deps.testDb.cleanup());

const card = async (tool: 'listFollowUps' | 'showClient', input: unknown) => {
  const result = webSafeResult(await runTool(ctx, tool, input)) as unknown as ToolResult;
  return renderToStaticMarkup(createElement(ResultCard, { toolName: tool, result, said: '', onTurn: () => {} }));
};

describe('follow-ups in the web chat', () => {
  it('lists them with their client, the overdue one marked, the text escaped', async () => {
    const html = await card('listFollowUps', {});
    expect(html).toContain(`<span class="when">2020-01-10</span><span><a href="/clients/${acme}#follow-ups">Acme Corp</a>: Call about &lt;b&gt;the renewal&lt;/b&gt;</span><span class="badge status-past">overdue</span><span class="muted">Mia</span>`);
    expect(html.indexOf('2020-01-10')).toBeLessThan(html.indexOf('2099-01-10'));
    expect(html).not.toContain('<b>');
  });

  it("shows them on the client's card, without repeating the client", async () => {
    const html = await card('showClient', { client: 'Acme Corp' });
    expect(html).toContain('<span class="when">2099-01-10</span><span>Send the deck</span>');
    expect(html).not.toContain('#follow-ups">Acme Corp</a>:');
  });
});
