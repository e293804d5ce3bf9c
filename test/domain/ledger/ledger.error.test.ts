// Bad input names the field and changes nothing; business refusals (overpayment, paid invoices) say why.
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../src/domain/ledger/create-project';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { rejection, useLedgerFixture } from './fixture';

const f = useLedgerFixture();

const unchanged = async (run: () => Promise<unknown>) => {
  const before = await f.counts();
  const err = await rejection(run());
  expect(await f.counts()).toEqual(before);
  return err;
};
const fields = (err: { issues?: Array<{ field: string }> }) => (err.issues ?? []).map((i) => i.field);

describe('createProject errors', () => {
  it('needs a client and a name, a known status, and refuses a second project of the same name', async () => {
    await f.client('Proj Errors Ltd');
    expect(fields(await unchanged(() => createProject({ ctx: f.ctx(), input: {} })))).toEqual(expect.arrayContaining(['client', 'name']));
    expect(fields(await unchanged(() => createProject({ ctx: f.ctx(), input: { client: 'Proj Errors', name: 'X', status: 'someday' } })))).toEqual(['status']);
    await createProject({ ctx: f.ctx(), input: { client: 'Proj Errors', name: 'Relaunch' } });
    const dup = await unchanged(() => createProject({ ctx: f.ctx(), input: { client: 'Proj Errors', name: 'relaunch' } }));
    expect(dup).toMatchObject({ code: 'conflict', message: expect.stringContaining('already has a project named') });
    expect(await unchanged(() => createProject({ ctx: f.ctx(), input: { client: 'Nobody Such', name: 'X' } }))).toMatchObject({ code: 'not_found' });
  });
});

describe('createInvoice errors', () => {
  it('names each bad field: amount, currency, due date, project', async () => {
    await f.client('Inv Errors GmbH');
    const ctx = f.ctx();
    for (const [amount, msg] of [[0, /more than zero/], [-5, /more than zero/], ['12k', /number/], [10.005, /two decimals/]] as const) {
      const err = await unchanged(() => createInvoice({ ctx, input: { client: 'Inv Errors', amount } }));
      expect(fields(err)).toEqual(['amount']);
      expect(err.message).toMatch(msg);
    }
    expect(fields(await unchanged(() => createInvoice({ ctx, input: { client: 'Inv Errors' } })))).toEqual(['amount']);
    expect(fields(await unchanged(() => createInvoice({ ctx, input: { client: 'Inv Errors', amount: 5, currency: 'Monopoly money' } })))).toEqual(['currency']);
    expect(fields(await unchanged(() => createInvoice({ ctx, input: { client: 'Inv Errors', amount: 5, dueDate: '31/12/2026' } })))).toEqual(['dueDate']);
    const early = await unchanged(() => createInvoice({ ctx, input: { client: 'Inv Errors', amount: 5, dueDate: '2026-11-01' } }));
    expect(fields(early)).toEqual(['dueDate']);
    expect(early.message).toMatch(/before the issue date/);
    expect(await unchanged(() => createInvoice({ ctx, input: { client: 'Inv Errors', amount: 5, project: 'Ghost' } }))).toMatchObject({ code: 'not_found' });
  });

  it('an ambiguous client or project returns candidates and issues nothing', async () => {
    await f.client('Twin Alpha');
    await f.client('Twin Beta');
    const err = await unchanged(() => createInvoice({ ctx: f.ctx(), input: { client: 'Twin', amount: 5 } }));
    expect(err).toMatchObject({ code: 'ambiguous' });
    expect((err.candidates as unknown[]).length).toBe(2);
    await createProject({ ctx: f.ctx(), input: { client: 'Twin Alpha', name: 'Site phase 1' } });
    await createProject({ ctx: f.ctx(), input: { client: 'Twin Alpha', name: 'Site phase 2' } });
    expect(await unchanged(() => createInvoice({ ctx: f.ctx(), input: { client: 'Twin Alpha', amount: 5, project: 'site' } })))
      .toMatchObject({ code: 'ambiguous' });
  });
});

describe('recordPayment errors', () => {
  it('refuses an overpayment clearly, naming what is outstanding, and records nothing', async () => {
    await f.client('Over Payer Ltd');
    const inv = (await createInvoice({ ctx: f.ctx(), input: { client: 'Over Payer', amount: 500 } })).invoice;
    await recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, amount: 200 } });
    const err = await unchanged(() => recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, amount: 300.01 } }));
    expect(err.toJSON()).toMatchObject({ code: 'conflict', outstanding: 300, currency: 'EUR' });
    expect(err.message).toBe(`A payment of €300.01 is more than the €300.00 outstanding on ${inv.number}; record at most €300.00.`);
    await recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, amount: 300 } });
    const paid = await unchanged(() => recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, amount: 1 } }));
    expect(paid.message).toBe(`${inv.number} is already paid in full.`);
    const none = await unchanged(() => recordPayment({ ctx: f.ctx(), input: { client: 'Over Payer', amount: 1 } }));
    expect(none.message).toBe('Over Payer Ltd has no outstanding invoices to pay.');
  });

  it('needs an invoice or a client, a valid amount and date, and an invoice of that client', async () => {
    await f.client('Pay Errors AG');
    await f.client('Someone Else AG');
    const inv = (await createInvoice({ ctx: f.ctx(), input: { client: 'Pay Errors', amount: 50 } })).invoice;
    expect(fields(await unchanged(() => recordPayment({ ctx: f.ctx(), input: { amount: 5 } })))).toEqual(['invoice']);
    expect(fields(await unchanged(() => recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, amount: 'lots' } })))).toEqual(['amount']);
    // (Paid in full is for a named invoice: a client's payment without its amount is never guessed.)
    expect(await unchanged(() => recordPayment({ ctx: f.ctx(), input: { client: `id:${inv.clientId}` } })))
      .toMatchObject({ code: 'invalid', message: 'amount: Say how much was paid, or name the invoice to mark it paid in full.' });
    expect(fields(await unchanged(() => recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, amount: 5, date: 'yesterday' } })))).toEqual(['date']);
    expect(fields(await unchanged(() => recordPayment({ ctx: f.ctx(), input: { invoice: inv.number, client: 'Someone Else', amount: 5 } })))).toEqual(['invoice']);
    expect(await unchanged(() => recordPayment({ ctx: f.ctx(), input: { invoice: 'INV-9999', amount: 5 } }))).toMatchObject({ code: 'not_found' });
  });
});
