import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { invalidField, useFixture } from './fixture';

const f = useFixture();

describe('createClient, bad input', () => {
  it('requires a name, and changes nothing', async () => {
    const before = await f.counts();
    await invalidField(createClient({ ctx: f.ctx(), input: { email: 'x@y.com' } }), 'name');
    await invalidField(createClient({ ctx: f.ctx(), input: { name: '   ' } }), 'name');
    expect(await f.counts()).toEqual(before);
  });

  it('the full form reports every missing field at once', async () => {
    const before = await f.counts();
    const err = await invalidField(createClient({ ctx: f.ctx(), input: { policy: 'full', address: { city: 'Berlin' } } }), 'name');
    expect(err.issues.map((i) => i.field).sort()).toEqual(
      ['address.country', 'address.line1', 'address.postalCode', 'contactName', 'email', 'name']);
    expect(await f.counts()).toEqual(before);
  });

  it('reports invalid values with the field, together with the missing ones', async () => {
    const err = await invalidField(createClient({ ctx: f.ctx(), input: {
      policy: 'full', name: 'X', email: 'nope', address: { line1: 'a', city: 'b', postalCode: 'c', country: 'Narnia' },
    } }), 'email');
    expect(err.issues.map((i) => i.field).sort()).toEqual(['address.country', 'contactName', 'email']);
    expect(err.message).toMatch(/Narnia/);
  });

  it.each([
    ['currency', { currency: 'XYZ' }],
    ['status', { status: 'vip' }],
    ['value', { value: -5 }],
    ['website', { website: 'not a site' }],
    ['phone', { phone: 'call me' }],
    ['startDate', { startDate: '2026-13-40' }],
    ['reminderTone', { reminderTone: 'angry' }],
  ])('rejects a bad %s', async (field, extra) => {
    const before = await f.counts();
    await invalidField(createClient({ ctx: f.ctx(), input: { name: 'Bad Field Co', ...extra } }), field);
    expect(await f.counts()).toEqual(before);
  });

  it('refuses an id number already used in the workspace', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'First', idNumber: 'X-1' } });
    const before = await f.counts();
    await invalidField(createClient({ ctx: f.ctx(), input: { name: 'Second', idNumber: 'X-1' } }), 'idNumber');
    expect(await f.counts()).toEqual(before);
    // Another workspace may use the same id number.
    const other = await createClient({ ctx: f.ctx('manager', 'b'), input: { name: 'Second', idNumber: 'X-1' } });
    expect(other.created).toBe(true);
  });

  it('an unknown owner or group is NotFound and changes nothing', async () => {
    const before = await f.counts();
    await expect(createClient({ ctx: f.ctx(), input: { name: 'Nobody Owns', owner: 'zed' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createClient({ ctx: f.ctx(), input: { name: 'No Group', group: 'Ghosts' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
  });
});
