// Search behaviour the 100k-client plan must keep: case-insensitive name order, email searches through the
// indexed columns (and the full-text fallback), numbers, revenue kept by triggers, and the same answers whether
// a search is driven by its matches (counted to the end) or by the sort's index (more than MATCH_COUNT_CAP, which
// it then reports as "over 2,000" while its pages go on to the last match).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { undoActivity } from '../../../src/domain/activity/undo-activity';
import { addNote } from '../../../src/domain/clients/add-note';
import { archiveClient } from '../../../src/domain/clients/archive-client';
import { createClient } from '../../../src/domain/clients/create-client';
import { findClients } from '../../../src/domain/clients/find-clients';
import { MATCH_COUNT_CAP, sayClientCount } from '../../../src/domain/clients/match-count';
import { updateClient } from '../../../src/domain/clients/update-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import { createInvoice } from '../../../src/domain/ledger/create-invoice';
import { recordPayment } from '../../../src/domain/ledger/record-payment';
import { useFixture } from './fixture';

const f = useFixture();
const names = (r: { clients: Array<{ name: string }> }) => r.clients.map((c) => c.name);
const find = (input: Record<string, unknown>, ws: 'a' | 'b' = 'a') => findClients({ ctx: f.ctx('manager', ws), input });
const BULK = MATCH_COUNT_CAP + 150;
const bulkName = (i: number) => `${i % 3 ? 'bulkco' : 'Bulkco'} ${String((i * 7919) % BULK).padStart(5, '0')} ${i}`;

beforeAll(async () => {
  const ctx = f.ctx();
  for (const name of ['zeta works', 'Delta Design', 'alpha studio', 'Beta Bureau']) await createClient({ ctx, input: { name } });
  await createClient({ ctx, input: { name: 'Globex', email: 'Office@Globex.example', contactName: 'Hank' } });
  await addContact({ ctx, input: { client: 'Globex', name: 'Jane Roe', email: 'jane.roe@globex.example' } });
  await addNote({ ctx, input: { client: 'Delta Design', text: 'Forwarded by partner@referral.example last week' } });
  // Many matching clients in workspace B, inserted in one statement (the triggers index them as usual): exactly
  // MATCH_COUNT_CAP of them active, the rest leads.
  const rows = Array.from({ length: BULK }, (_, i) => [String(i + 1).padStart(4, '0'), bulkName(i), bulkName(i).toLowerCase(), i < MATCH_COUNT_CAP ? 'active' : 'lead']);
  await f.t.db.run(sql`INSERT INTO clients (workspace_id, number, name, name_key, status)
    SELECT ${f.b.workspaceId}, j.value->>0, j.value->>1, j.value->>2, j.value->>3 FROM json_each(${JSON.stringify(rows)}) j`);
});

describe('findClients at scale: behaviour', () => {
  it('sorts names without regard to case', async () => {
    expect(names(await find({}))).toEqual(['alpha studio', 'Beta Bureau', 'Delta Design', 'Globex', 'zeta works']);
  });

  it("finds a contact's or a client's email, whole or its start, in any case; an email only in a note too", async () => {
    expect(names(await find({ query: 'jane.roe@globex.example' }))).toEqual(['Globex']);
    expect(names(await find({ query: 'JANE.ROE@glob' }))).toEqual(['Globex']);
    expect(names(await find({ query: 'office@globex.example' }))).toEqual(['Globex']);
    expect(names(await find({ query: 'partner@referral.example' }))).toEqual(['Delta Design']);
    expect((await find({ query: 'nobody@nowhere.example' })).total).toBe(0);
    expect((await find({ query: 'jane.roe@globex.example' }, 'b')).total).toBe(0);
  });

  it('a bare number is the client number, with or without leading zeros', async () => {
    expect(names(await find({ query: '3' }))).toEqual(['alpha studio']);
    expect(names(await find({ query: '0003' }))).toEqual(['alpha studio']);
  });

  it('gives the same order whether the matches are few or many; over the cap the total says "over" it and pages go on', async () => {
    const expected = Array.from({ length: BULK }, (_, i) => bulkName(i))
      .sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1));
    const many = await find({ query: 'bulkco', limit: 30 }, 'b');
    expect(many).toMatchObject({ total: MATCH_COUNT_CAP, over: true });
    expect(sayClientCount(many)).toBe(`over ${MATCH_COUNT_CAP.toLocaleString('en')} clients`);
    expect(names(many)).toEqual(expected.slice(0, 30));
    // Past the cap a page still comes in order, and the count reaches past it, so a next page is known.
    const later = await find({ query: 'bulkco', limit: 10, offset: MATCH_COUNT_CAP + 100 }, 'b');
    expect(names(later)).toEqual(expected.slice(MATCH_COUNT_CAP + 100, MATCH_COUNT_CAP + 110));
    expect(later).toMatchObject({ total: MATCH_COUNT_CAP + 110, over: true });
    // The last page counts every match: the exact total again, and nothing after it.
    const last = await find({ query: 'bulkco', limit: 20, offset: BULK - 10 }, 'b');
    expect(names(last)).toEqual(expected.slice(BULK - 10));
    expect(last).toMatchObject({ total: BULK, over: false });
    expect(await find({ query: 'bulkco', limit: 20, offset: BULK }, 'b')).toMatchObject({ clients: [], total: BULK, over: false });
    const few = await find({ query: `bulkco ${bulkName(42).split(' ')[1]}` }, 'b');
    expect(names(few)).toEqual([bulkName(42)]);
    expect(few).toMatchObject({ total: 1, over: false });
    expect((await find({ query: 'bulkco', sort: 'created', limit: 5 }, 'b')).clients).toHaveLength(5);
  });

  it('counts exactly up to the cap, and an export of a search over the cap has every match', async () => {
    const atCap = await find({ query: 'bulkco', status: 'active', limit: 5 }, 'b');
    expect(atCap).toMatchObject({ total: MATCH_COUNT_CAP, over: false });
    expect(sayClientCount(atCap)).toBe(`${MATCH_COUNT_CAP.toLocaleString('en')} clients`);
    expect(await find({ query: 'bulkco', status: 'lead' }, 'b')).toMatchObject({ total: BULK - MATCH_COUNT_CAP, over: false });
    // A list without search text counts exactly, whatever its size.
    expect(await find({ limit: 1 }, 'b')).toMatchObject({ total: BULK, over: false });
    const file = await exportCsv({ ctx: f.ctx('manager', 'b'), input: { query: 'bulkco' } });
    expect(file.rows).toBe(BULK);
  });

  it("a search's total counts only this workspace's clients that pass the other filters", async () => {
    const a = f.ctx();
    await createClient({ ctx: a, input: { name: 'Scopeco North', address: { country: 'DE' }, status: 'lead' } });
    await createClient({ ctx: a, input: { name: 'Scopeco South', address: { country: 'FR' }, status: 'active' } });
    await createClient({ ctx: a, input: { name: 'Scopeco West', address: { country: 'DE' }, status: 'active' } });
    await archiveClient({ ctx: a, input: { client: 'Scopeco West' } });
    await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Scopeco East', address: { country: 'DE' } } });
    const total = async (input: Record<string, unknown>, ws: 'a' | 'b' = 'a') => (await find({ query: 'scopeco', ...input }, ws)).total;
    expect(await total({})).toBe(2);
    expect(await total({ archived: 'archived' })).toBe(1);
    expect(await total({ archived: 'all' })).toBe(3);
    expect(await total({ country: 'DE' })).toBe(1);
    expect(await total({ archived: 'all', country: 'DE' })).toBe(2);
    expect(await total({ status: 'active' })).toBe(1);
    expect(await total({}, 'b')).toBe(1);
  });

  it('revenue follows invoices, payments and undo, and the revenue sort follows it', async () => {
    const ctx = f.ctx();
    const inv = await createInvoice({ ctx, input: { client: 'Beta Bureau', amount: 300 } });
    await createInvoice({ ctx, input: { client: 'zeta works', amount: 200 } });
    expect(names(await find({ sort: 'revenue', limit: 2 }))).toEqual(['Beta Bureau', 'zeta works']);
    await recordPayment({ ctx, input: { invoice: inv.invoice.number, amount: 300 } });
    expect((await find({ query: 'beta' })).clients[0]).toMatchObject({ totals: [{ currency: 'EUR', revenue: 300, paid: 300, outstanding: 0 }], invoiceCount: 1 });
    const late = await createInvoice({ ctx, input: { client: 'zeta works', amount: 150 } });
    expect(names(await find({ sort: 'revenue', limit: 2 }))).toEqual(['zeta works', 'Beta Bureau']);
    await undoActivity({ ctx, input: { activityId: late.activityId } });
    expect(names(await find({ sort: 'revenue', limit: 2 }))).toEqual(['Beta Bureau', 'zeta works']);
    expect((await find({ query: 'zeta' })).clients[0]).toMatchObject({ totals: [{ currency: 'EUR', revenue: 200, paid: 0, outstanding: 200 }], invoiceCount: 2 });
  });

  it('renames and contact changes reach the index; other changes keep the client findable', async () => {
    const ctx = f.ctx();
    await addNote({ ctx, input: { client: 'alpha studio', text: 'Prefers calls' } });
    await updateClient({ ctx, input: { client: 'alpha studio', status: 'active' } });
    expect(names(await find({ query: 'alpha' }))).toEqual(['alpha studio']);
    await updateClient({ ctx, input: { client: 'alpha studio', name: 'Omega Studio' } });
    expect((await find({ query: 'alpha' })).total).toBe(0);
    expect(names(await find({ query: 'omega calls' }))).toEqual(['Omega Studio']);
    await addContact({ ctx, input: { client: 'Omega Studio', name: 'Quentin Blake' } });
    expect(names(await find({ query: 'quentin' }))).toEqual(['Omega Studio']);
  });
});
