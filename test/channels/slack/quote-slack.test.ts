// Quotes in Slack: a client's Accept or Decline in the portal is announced in the messages channel (the real
// Slack Web API client against the fake), on its own, escaped, with the client page's link; the client card
// lists the open quotes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientCard } from '../../../src/channels/slack/blocks/client-card';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { createQuote } from '../../../src/domain/quotes/create-quote';
import { sendQuote } from '../../../src/domain/quotes/send-quote';
import type { TestDeps } from '../../support/deps';
import type { FakeSlack } from '../../support/fakes/slack-api';
import { type App, csrfIn, type Deployment, ownerCtx, post, signInPortal } from '../http/portal-helpers';
import { type Harness, MESSAGES_CHANNEL, startPortalHarness } from './slack-harness';

const CHANNEL = MESSAGES_CHANNEL;
let h: Harness, fake: FakeSlack, deps: TestDeps, app: App, s: Deployment;
beforeEach(async () => { ({ h, fake, deps, app, s } = await startPortalHarness()); });
afterEach(() => h.close());

const team = () => ownerCtx(deps, s, 'slack');
const posts = () => fake.callsTo('chat.postMessage');
async function sentQuote(title: string) {
  const { quote } = await createQuote({ ctx: team(), input: { client: `id:${s.acme.id}`, title, amount: 4200, currency: 'EUR', validUntil: '2026-12-31' } });
  await sendQuote({ ctx: team(), input: { quote: quote.number } });
  return quote;
}

describe('a quote decided in the portal, in Slack', () => {
  it('an acceptance is announced on its own in the channel, escaped, with the comment as plain text', async () => {
    const q = await sentQuote('Website <!channel>');
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const csrf = csrfIn(await (await app.request('/portal', { headers: { cookie: jane } })).text());
    const res = await app.request(`/portal/quotes/${q.id}/accept`, post({ csrf, comment: 'Ship it <https://evil.example|now>' }, { cookie: jane }));
    expect(res.status).toBe(303);
    expect(posts()).toHaveLength(1);
    const [notice] = posts();
    expect(notice.args.channel).toBe(CHANNEL);
    expect(notice.args.thread_ts).toBeUndefined();
    const head = notice.args.blocks[0].text.text as string;
    expect(head).toBe(`Jane &lt;img src=x onerror=alert(1)&gt; (Acme &lt;b&gt;Corp&lt;/b&gt;) accepted the quote ${q.number} "Website &lt;!channel&gt;" (€4,200.00) in the portal; the project Website &lt;!channel&gt; was started. · <http://localhost:8787/clients/${s.acme.id}|Open Acme &lt;b&gt;Corp&lt;/b&gt;>`);
    expect(notice.args.text).not.toContain('<!channel>');
    expect(notice.args.blocks.at(-1)).toEqual({ type: 'section', text: { type: 'plain_text', text: 'Ship it <https://evil.example|now>', emoji: false } });
  });

  it('a decline is announced too', async () => {
    const q = await sentQuote('Logo');
    const jane = await signInPortal(app, deps, 'jane@acme.test');
    const csrf = csrfIn(await (await app.request('/portal', { headers: { cookie: jane } })).text());
    await app.request(`/portal/quotes/${q.id}/decline`, post({ csrf }, { cookie: jane }));
    expect(posts().map((p) => p.args.text)).toEqual([expect.stringContaining(`declined the quote ${q.number} "Logo" (€4,200.00) in the portal.`)]);
    expect(posts()[0].args.blocks).toHaveLength(1);
  });
});

describe('the client card', () => {
  it('lists the open quotes, escaped, and leaves out decided ones', async () => {
    await createQuote({ ctx: team(), input: { client: `id:${s.acme.id}`, title: 'Draft <b>one</b>', amount: 100, currency: 'EUR', validUntil: '2026-12-01' } });
    await sentQuote('Sent one');
    const card = clientCard(await getClientView(deps.db, team(), s.acme.id));
    const texts = card.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''));
    expect(texts.find((t) => t.startsWith('*Open quotes*'))).toBe([
      '*Open quotes*',
      '• *Q-0002* Sent one · €4,200.00 · sent, waiting for the client, valid until 2026-12-31',
      '• *Q-0001* Draft &lt;b&gt;one&lt;/b&gt; · €100.00 · draft, valid until 2026-12-01',
    ].join('\n'));
    const none = clientCard(await getClientView(deps.db, team(), s.globex.id));
    expect(JSON.stringify(none)).not.toContain('Open quotes');
  });
});
