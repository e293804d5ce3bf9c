// Any reference the assistant prints can be typed back as it was printed (issue 13): a client's label
// "Acme Corp (#0001)", a number in backticks or quotes, or copied with the full stop that ended the sentence.
// The text as typed is looked up first, so a name that really ends in a full stop is still found as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/clients/create-client';
import { createInvoice } from '../../src/domain/ledger/create-invoice';
import { runTool } from '../../tools/run-tool';
import type { ToolName } from '../../tools/types';
import { createTestDb, type TestDb } from '../support/db';
import { seedWorkspace, testCtx, type TestCtx } from '../support/factories';

let t: TestDb;
let ctx: TestCtx;
let other: TestCtx;
beforeAll(async () => {
  t = await createTestDb();
  ctx = testCtx(t.db, (await seedWorkspace(t.db, { currency: 'EUR' })).actors.owner);
  other = testCtx(t.db, (await seedWorkspace(t.db, { currency: 'EUR' })).actors.owner);
  await createClient({ ctx, input: { name: 'Acme Corp', email: 'ap@acme.test' } });
  await createClient({ ctx, input: { name: 'Globex Inc.' } });
  await createInvoice({ ctx, input: { client: 'Acme Corp', amount: 100 } });
});
afterAll(() => t?.cleanup());

async function run(name: ToolName, input: Record<string, unknown>, as = ctx) {
  const r = await runTool(as, name, input);
  return r.ok ? r : { ...r, text: r.error.message };
}

describe('references typed back as printed', () => {
  it('a client by its label, in backticks, in brackets or with a full stop', async () => {
    for (const ref of ['Acme Corp (#0001)', '`Acme Corp (#0001)`', '#0001.', '`#0001`', '(#0001)', '"Acme Corp".']) {
      const r = await run('showClient', { client: ref });
      expect(r.ok, ref).toBe(true);
      expect(r.text, ref).toMatch(/^Acme Corp \(#0001\)/);
    }
  });

  it('a name that ends in a full stop is found as typed, and as printed', async () => {
    for (const ref of ['Globex Inc.', '`Globex Inc.`', 'Globex Inc. (#0002).']) {
      expect((await run('showClient', { client: ref })).text, ref).toMatch(/^Globex Inc\. \(#0002\)/);
    }
  });

  it('an invoice and a quote number in backticks, quotes or at the end of a sentence', async () => {
    for (const ref of ['`INV-0001`', '"INV-0001"', 'INV-0001.']) {
      const r = await run('recordPayment', { invoice: ref, amount: 1 });
      expect(r.ok, ref).toBe(true);
      expect(r.text, ref).toContain('INV-0001');
    }
    const drafted = await run('createQuote', { client: 'Acme Corp (#0001)', amount: 500, title: 'Site' });
    expect(drafted.text).toContain('send quote Q-0001');
    const sent = await run('sendQuote', { quote: '`Q-0001`.' });
    expect(sent.text).toMatch(/^Sent quote Q-0001 "Site"/);
  });

  it('still finds nothing that is not there, and never another workspace\'s', async () => {
    expect((await run('showClient', { client: '`Initech`.' })).text).toBe('No client matches "`Initech`.".');
    expect((await run('showClient', { client: 'Acme Corp (#0001)' }, other)).ok).toBe(false);
    expect((await run('recordPayment', { invoice: '`INV-0001`', amount: 1 }, other)).ok).toBe(false);
  });
});
