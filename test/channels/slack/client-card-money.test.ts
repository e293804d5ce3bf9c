// The Slack client card shows money per invoice currency (issue 13), through the whole app with signed payloads
// and the fake Web API: a client invoiced in EUR and now billed in USD owes "€1,200.00", not "1,200 USD"; a
// client invoiced in two currencies shows each, with the invoice count; the agent's sentence (showClient's text)
// and the card agree.
import { afterEach, expect, it } from 'vitest';
import { makeCtx } from '../../../src/deps';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { members } from '../../../src/db/schema';
import { seedClient } from '../../domain/exports/seed';
import { scriptedModel } from './held-model';
import { startHarness, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

type Block = { text?: { text: string }; fields?: Array<{ text: string }> };
const fields = (blocks: Block[]) => blocks.flatMap((b) => b.fields ?? []).map((f) => f.text);

it('answers "what does Euro Works owe?" with the card in the invoice currencies', async () => {
  // The model looks the client up, then repeats the tool's sentence.
  const model = scriptedModel((opts) => {
    const last = opts.prompt.at(-1)!;
    if (last.role === 'user') return { calls: [{ toolName: 'showClient', input: { client: 'Euro Works' } }] };
    return { text: /Euro Works \(#0001\): [^"]+?\.(?="|$)/.exec(JSON.stringify(last.content))?.[0] ?? 'No idea.' };
  });
  h = await startHarness({ model });
  const { client } = await seedClient(h.deps.db, h.deps.workspaceId, { name: 'Euro Works', status: 'active', currency: 'USD' });
  const [owner] = await h.deps.db.insert(members).values({ workspaceId: h.deps.workspaceId, email: 'o@studio.test', name: 'O', role: 'owner' }).returning();
  const ctx = makeCtx(h.deps, { kind: 'member', workspaceId: h.deps.workspaceId, memberId: owner.id, role: 'owner', channel: 'cli', name: 'O' });
  const eur = await createInvoice({ ctx, input: { client: `id:${client.id}`, amount: 1500, currency: 'EUR' } });
  await recordPayment({ ctx, input: { invoice: eur.invoice.number, amount: 300 } });
  await createInvoice({ ctx, input: { client: `id:${client.id}`, amount: 250 } });

  await h.send(h.fixture('message-im.json').replace('"show Acme"', '"what does Euro Works owe?"'));
  await h.deps.deferrer.drain();
  const [post] = shownMessages(h.fake);
  expect(post.args.text).toBe('Euro Works (#0001): active, 0 contacts, 2 invoices, €1,500.00 and $250.00 revenue, €1,200.00 and $250.00 outstanding.');
  const shown = fields(post.args.blocks as Block[]);
  expect(shown).toContain('*Outstanding*\n€1,200.00\n$250.00');
  expect(shown).toContain('*Revenue*\n€1,500.00\n$250.00 · 2 invoices');
  expect(JSON.stringify(post.args.blocks)).not.toMatch(/1,?200(\.00)? USD/);
});
