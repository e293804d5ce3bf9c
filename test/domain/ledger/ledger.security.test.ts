// Roles and workspaces: members and portal contacts cannot touch the ledger; nothing crosses workspaces, and a
// record of another workspace answers exactly as one that does not exist.
import { describe, expect, it } from 'vitest';
import type { ContactActor } from '../../../src/context';
import { createProject } from '../../../src/domain/ledger/create-project';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { testCtx } from '../../support/factories';
import { rejection, useLedgerFixture } from './fixture';

const f = useLedgerFixture();

describe('ledger permissions and isolation', () => {
  it('owners, admins and managers may; a member is told it has no client access; a portal contact is refused', async () => {
    const c = await f.client('Roles Ltd');
    for (const role of ['owner', 'admin', 'manager'] as const) {
      await createProject({ ctx: f.ctx(role), input: { client: 'Roles', name: `P ${role}` } });
      const inv = (await createInvoice({ ctx: f.ctx(role), input: { client: 'Roles', amount: 10 } })).invoice;
      await recordPayment({ ctx: f.ctx(role), input: { invoice: inv.number, amount: 10 } });
    }
    const contact: ContactActor = { kind: 'contact', workspaceId: f.a.workspaceId, contactId: 1, clientId: c.id, channel: 'portal', name: 'Jane' };
    const before = await f.counts();
    for (const ctx of [f.ctx('member'), testCtx(f.t.db, contact)]) {
      for (const run of [
        () => createProject({ ctx, input: { client: 'Roles', name: 'Sneaky' } }),
        () => createInvoice({ ctx, input: { client: 'Roles', amount: 10 } }),
        () => recordPayment({ ctx, input: { client: 'Roles', amount: 10 } }),
      ]) {
        const err = await rejection(run());
        expect(err.code).toBe('forbidden');
        expect(err.message).toMatch(ctx.actor.kind === 'member' ? /role \(member\) has no access to clients/ : /Portal contacts cannot/);
      }
    }
    expect(await f.counts()).toEqual(before);
  });

  it("another workspace's clients, projects and invoices are invisible: same answer as nonexistent, nothing changed", async () => {
    await f.client('Canary B Corp', 'b');
    await createProject({ ctx: f.ctx('manager', 'b'), input: { client: 'Canary B', name: 'Secret B' } });
    const invB = (await createInvoice({ ctx: f.ctx('manager', 'b'), input: { client: 'Canary B', amount: 99 } })).invoice;
    await f.client('Home A Corp');
    const before = await f.counts();
    const a = f.ctx('owner');
    const notFound = async (p: Promise<unknown>) => {
      const err = await rejection(p);
      expect(err.code).toBe('not_found');
      return err.message;
    };
    await notFound(createProject({ ctx: a, input: { client: 'Canary B', name: 'X' } }));
    await notFound(createInvoice({ ctx: a, input: { client: 'Canary B', amount: 1 } }));
    await notFound(createInvoice({ ctx: a, input: { client: 'Home A', amount: 1, project: 'Secret B' } }));
    // B's invoice by id (A has fewer invoices than that id, so it is not read as one of A's numbers either):
    // the same answer as an id that never existed.
    const aInvoices = await f.t.db.all<{ n: number }>(`SELECT count(*) AS n FROM invoices WHERE workspace_id = ${f.a.workspaceId}` as never);
    expect(Number(aInvoices[0].n)).toBeLessThan(invB.id);
    const other = await notFound(recordPayment({ ctx: a, input: { invoice: invB.id, amount: 1 } }));
    const missing = await notFound(recordPayment({ ctx: a, input: { invoice: 987654, amount: 1 } }));
    expect(other.replace(String(invB.id), 'N')).toBe(missing.replace('987654', 'N'));
    expect(await f.counts()).toEqual(before);
  });

  it('takes no authority from input: a workspaceId in the input is ignored', async () => {
    await f.client('Input Authority Ltd');
    const r = await createInvoice({ ctx: f.ctx(), input: { client: 'Input Authority', amount: 5, workspaceId: f.b.workspaceId } as never });
    expect(r.client.name).toBe('Input Authority Ltd');
    const [{ ws }] = await f.t.db.all<{ ws: number }>(`SELECT workspace_id AS ws FROM invoices WHERE id = ${r.invoice.id}` as never);
    expect(ws).toBe(f.a.workspaceId);
  });
});
