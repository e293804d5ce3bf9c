// References: digits are the workspace's client number (or an id number from another system), never an
// internal id; "id:<n>" is the explicit internal form that buttons and pages use.
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { useFixture } from './fixture';

const f = useFixture();
const made: Record<string, { id: number; number: string }> = {};
const show = (client: unknown, ws: 'a' | 'b' = 'a') => showClient({ ctx: f.ctx('manager', ws), input: { client } });

beforeAll(async () => {
  // Workspace B's clients come first, so workspace A's internal ids and client numbers differ.
  for (const name of ['Other One', 'Other Two', 'Other Three']) {
    const r = await createClient({ ctx: f.ctx('manager', 'b'), input: { name } });
    made[name] = { id: r.client.id, number: r.client.number };
  }
  for (const name of ['First Co', 'Second Co', 'Third Co', 'Fourth Co', 'Fifth Co']) {
    const r = await createClient({ ctx: f.ctx(), input: { name } });
    made[name] = { id: r.client.id, number: r.client.number };
  }
});

describe('resolveClient references', () => {
  it('reads digits as the client number, in every way a person writes it', async () => {
    expect(made['Fourth Co'].number).toBe('0004');
    expect(made['First Co'].id).toBe(4);
    for (const ref of ['4', '#4', '0004', 'no. 4', 'number 4', 4]) expect((await show(ref)).name, String(ref)).toBe('Fourth Co');
  });

  it('takes id:<n> as the internal id, only within the workspace', async () => {
    expect((await show(`id:${made['First Co'].id}`)).name).toBe('First Co');
    expect((await show(`ID: ${made['Fifth Co'].id}`)).name).toBe('Fifth Co');
    await expect(show(`id:${made['Other One'].id}`)).rejects.toMatchObject({ code: 'not_found' });
    await expect(show('id:999999')).rejects.toMatchObject({ code: 'not_found' });
    // In workspace B, "4" is no client (it has three), though A's client with internal id 4 exists.
    await expect(show('4', 'b')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('an id number from another system is found too, and a clash with a client number is ambiguous', async () => {
    await updateClient({ ctx: f.ctx(), input: { client: 'Second Co', idNumber: '5' } });
    await updateClient({ ctx: f.ctx(), input: { client: 'Third Co', idNumber: 'CRM-77' } });
    expect((await show('CRM-77')).name).toBe('Third Co');
    const err = await show('5').then(() => null, (e) => e);
    expect(err).toMatchObject({ code: 'ambiguous' });
    expect(err.candidates.map((c: { label: string }) => c.label).sort()).toEqual(['Fifth Co', 'Second Co']);
    expect((await show('0005')).name).toBe('Fifth Co');
  });
});
