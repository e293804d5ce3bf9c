// createQuote and sendQuote from chat (a model through the real OpenAI SDK against a loopback fake): a draft is
// made at once; sending waits for the person's click, the confirmation names the quote and who gets it, and the
// click emails exactly that; showClient names the open quotes.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmApproval } from '../../src/agent/run-agent';
import { quotes } from '../../src/db/schema';
import { addContact } from '../../src/domain/contacts/add-contact';
import { type OwnerChat, startOwnerChat, type World } from '../agent/injection.support';

let w: World, owner: OwnerChat['owner'], ask: OwnerChat['ask'];
beforeAll(async () => { ({ w, owner, ask } = await startOwnerChat('quotes')); });
afterAll(() => w.close());

const confirm = (id: string) => confirmApproval({ deps: w.deps, ctx: owner(), approvalId: id });
const textOf = (r: { ok: boolean; text?: string }) => (r.ok ? r.text : undefined);

describe('quotes in chat', () => {
  it('drafts a quote at once, in the workspace currency, undoable', async () => {
    const turn = await ask([{ name: 'createQuote', args: { client: 'Acme', title: 'Website redesign', amount: 5000, validUntil: '2026-12-31' } }]);
    expect(turn.approvals).toEqual([]);
    const r = turn.results[0].result;
    expect(textOf(r)).toBe('Drafted quote Q-0001 "Website redesign" for Acme Corp: €5,000.00, valid until 2026-12-31. Send it with "send quote Q-0001".');
    expect(r).toMatchObject({ ok: true, data: { kind: 'quote', quote: { number: 'Q-0001', currency: 'EUR', status: 'draft' } }, undo: { label: 'Delete the draft Q-0001' } });
    expect(w.deps.mailer.sent).toHaveLength(0);
  });

  it('a bad amount comes back as a field to fix, and nothing is drafted', async () => {
    const turn = await ask([{ name: 'createQuote', args: { client: 'Acme', title: 'Nothing', amount: 0 } }]);
    expect(turn.results[0].result).toMatchObject({ ok: false });
    expect(await w.deps.db.select().from(quotes).where(eq(quotes.title, 'Nothing'))).toEqual([]);
  });

  it('showClient names the open quotes', async () => {
    const turn = await ask([{ name: 'showClient', args: { client: 'Acme' } }]);
    expect(textOf(turn.results[0].result)).toContain('Open quote: Q-0001 "Website redesign" (€5,000.00, draft, valid until 2026-12-31).');
  });

  it('sending waits for the click, naming the quote and the recipients; the click emails them and puts it in the portal', async () => {
    const turn = await ask([{ name: 'sendQuote', args: { quote: 'Acme' } }]);
    expect(turn.results).toEqual([]);
    expect(turn.approvals[0]).toMatchObject({ toolName: 'sendQuote', summary: 'Email the quote Q-0001 "Website redesign" (€5,000.00) to jane@acme.io' });
    expect(w.deps.mailer.sent).toHaveLength(0);
    const done = await confirm(turn.approvals[0].id);
    expect(textOf(done.results[0].result)).toBe(
      'Sent quote Q-0001 "Website redesign" (€5,000.00) to Jane Roe (jane@acme.io); it waits in the Acme Corp portal for Accept or Decline until 2026-12-31.');
    // Bob's portal access is off: he gets nothing.
    expect(w.deps.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['jane@acme.io', 'Test Studio sent you a quote: Website redesign (Q-0001)']]);
    const [row] = await w.deps.db.select().from(quotes).where(eq(quotes.number, 'Q-0001'));
    expect(row.status).toBe('sent');
  });

  it('sends nothing when the recipients changed after the question', async () => {
    const before = w.deps.mailer.sent.length;
    const turn = await ask([{ name: 'sendQuote', args: { quote: 'Q-0001' } }]);
    await addContact({ ctx: owner(), input: { client: 'Acme Corp', name: 'Finn Ance', email: 'finn@acme.io' } });
    expect((await confirm(turn.approvals[0].id)).results[0].result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.deps.mailer.sent.length).toBe(before);
  });

  it('refuses a quote with nobody to receive it before asking', async () => {
    await ask([{ name: 'createQuote', args: { client: 'Beta Labs', title: 'Audit', amount: 100 } }]);
    const turn = await ask([{ name: 'sendQuote', args: { quote: 'Beta Labs' } }]);
    expect(turn.approvals).toEqual([]);
    expect(turn.results[0].result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Beta Labs has no portal-enabled contact/) } });
  });
});
