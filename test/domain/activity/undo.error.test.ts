import { describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { createClient } from '../../../src/domain/clients/create-client';
import { getClientView } from '../../../src/domain/clients/get-client-view';
import { updateClient } from '../../../src/domain/clients/update-client';
import { invoices } from '../../../src/db/schema';
import { invalidField, useFixture } from '../clients/fixture';

const f = useFixture();

describe('undo, refused', () => {
  it('only the last change to a record can be undone, and only within the window', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Window Co' } });
    const first = await updateClient({ ctx: f.ctx(), input: { client: 'Window Co', status: 'active' } });
    await updateClient({ ctx: f.ctx(), input: { client: 'Window Co', status: 'past' } });
    const before = await f.counts();
    const err = await undoActivity({ ctx: f.ctx(), input: { activityId: first.activityId } }).catch((e) => e);
    expect(err).toMatchObject({ code: 'conflict' });
    expect(err.message).toMatch(/last change/);
    const late = f.ctx();
    late.clock.now = new Date(late.clock.now.getTime() + late.config.undoWindowMs + 1000);
    const last = await updateClient({ ctx: f.ctx(), input: { client: 'Window Co', status: 'inactive' } });
    await expect(undoActivity({ ctx: late, input: { activityId: last.activityId } })).rejects.toMatchObject({ code: 'expired' });
    expect((await f.counts()).activities).toBe(before.activities + 1);
  });

  it('a creation cannot be undone once the client has invoices; bad ids are named', async () => {
    const made = await createClient({ ctx: f.ctx(), input: { name: 'Invoiced Co' } });
    await f.t.db.insert(invoices).values({ workspaceId: f.a.workspaceId, clientId: made.client.id, number: 'U-1', amountCents: 1, currency: 'EUR' });
    const before = await f.counts();
    await expect(undoActivity({ ctx: f.ctx(), input: { activityId: made.activityId } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await getClientView(f.t.db, f.ctx(), made.client.id)).name).toBe('Invoiced Co');
    await invalidField(undoActivity({ ctx: f.ctx(), input: { activityId: 'abc' } }), 'activityId');
    await expect(undoActivity({ ctx: f.ctx(), input: { activityId: 999999 } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
  });
});
