import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, groups } from '../../../src/db/schema';
import { addNote } from '../../../src/domain/clients/add-note';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { unarchiveClient } from '../../../src/domain/clients/unarchive-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { useFixture } from './fixture';

const f = useFixture();

describe('updateClient', () => {
  it('changes fields and records before/after of the changed ones only', async () => {
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Upd Co', industry: 'Design', contactName: 'Ann' } });
    const r = await updateClient({ ctx: f.ctx(), input: {
      client: 'Upd Co', status: 'active', industry: 'Design', paymentTerms: 'net 14', reminderTone: 'Firm',
      startDate: '2026-01-01', address: { city: 'Paris', country: 'France' }, owner: 'Owner 1',
    } });
    expect(r.changed.sort()).toEqual(['city', 'country', 'ownerId', 'paymentTerms', 'reminderTone', 'startDate', 'status']);
    expect(r.client).toMatchObject({ status: 'active', paymentTerms: 14, paymentTermsSource: 'set on the client', reminderTone: 'firm',
      startDate: '2026-01-01', ownerName: 'Owner 1', address: { city: 'Paris', country: 'FR' } });
    const [act] = await f.t.db.select().from(activities).where(eq(activities.id, r.activityId!));
    expect(act.before).toEqual({ status: 'lead', city: null, country: null, paymentTerms: null, reminderTone: null, startDate: null, ownerId: client.ownerId });
    expect((act.after as Record<string, unknown>).status).toBe('active');
    expect(act.summary).toMatch(/status lead → active/);
    // People read the history: labels and names, not columns and ids.
    expect(act.summary).toMatch(/owner .+ → Owner 1/);
    expect(act.summary).toContain('payment terms (empty) → 14');
    expect(act.summary).not.toMatch(/ownerId|paymentTerms|startDate/);
  });

  it('renames, joins a group by name, renames the primary contact and appends notes', async () => {
    await f.t.db.insert(groups).values({ workspaceId: f.a.workspaceId, name: 'Retainers', currency: 'USD' });
    await createClient({ ctx: f.ctx(), input: { name: 'Old Name', contactName: 'Bo' } });
    const r = await updateClient({ ctx: f.ctx(), input: { client: 'old name', name: 'New Name Ltd', group: 'retainers', contactName: 'Bob', notes: 'Renamed' } });
    expect(r.client).toMatchObject({ name: 'New Name Ltd', groupName: 'Retainers', currency: 'USD', currencySource: 'set on the group Retainers' });
    expect(r.client.primaryContact?.name).toBe('Bob');
    expect(r.client.notes.map((n) => n.body)).toEqual(['Renamed']);
    const cleared = await updateClient({ ctx: f.ctx(), input: { client: 'New Name', group: null, currency: 'JPY' } });
    expect(cleared.client).toMatchObject({ groupName: null, currency: 'JPY', currencySource: 'set on the client' });
  });

  it('an update that changes nothing records nothing', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Same Co', industry: 'Food' } });
    const before = await f.counts();
    const r = await updateClient({ ctx: f.ctx(), input: { client: 'Same Co', industry: 'Food' } });
    expect(r).toMatchObject({ changed: [], activityId: null });
    expect(await f.counts()).toEqual(before);
  });
});

describe('notes, archive and unarchive', () => {
  it('notes are dated and appended, never replaced', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Noted', notes: 'first' } });
    const ctx = f.ctx();
    ctx.clock.now = new Date('2026-12-01T08:00:00Z');
    const r = await addNote({ ctx, input: { client: 'Noted', text: 'second' } });
    expect(r.client.notes.map((n) => n.body)).toEqual(['first', 'second']);
    expect(r.note.createdAt).toBe('2026-12-01T08:00:00.000Z');
    expect(r.client.notes[1].author).toBe('Manager 1');
  });

  it('archive hides a client from active lists and keeps everything; unarchive restores it', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Shelf Co', contactName: 'Kim', notes: 'keep me' } });
    const a = await archiveClient({ ctx: f.ctx(), input: { client: 'Shelf Co' } });
    expect(a).toMatchObject({ changed: true, client: { archived: true } });
    expect(a.client.contacts).toHaveLength(1);
    expect((await findClients({ ctx: f.ctx(), input: { query: 'shelf' } })).total).toBe(0);
    expect((await findClients({ ctx: f.ctx(), input: { query: 'shelf', archived: 'archived' } })).total).toBe(1);
    const again = await archiveClient({ ctx: f.ctx(), input: { client: 'Shelf Co' } });
    expect(again).toMatchObject({ changed: false, activityId: null });
    const u = await unarchiveClient({ ctx: f.ctx(), input: { client: 'Shelf Co' } });
    expect(u.client).toMatchObject({ archived: false, notes: [{ body: 'keep me' }] });
    expect((await findClients({ ctx: f.ctx(), input: { query: 'shelf' } })).total).toBe(1);
  });
});
