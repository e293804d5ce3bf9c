import { describe, expect, it } from 'vitest';
import { addNote } from '../../../src/domain/clients/add-note';
import { createClient } from '../../../src/domain/clients/create-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { invalidField, useFixture } from './fixture';

const f = useFixture();

describe('updateClient and addNote, bad input', () => {
  it.each([
    ['name', { name: '' }],
    ['email', { email: 'nope@' }],
    ['address.country', { address: { country: 'Atlantis' } }],
    ['paymentTerms', { paymentTerms: 500 }],
    ['endDate', { endDate: 'tomorrow' }],
    ['client', { client: '' }],
  ])('names %s and changes nothing', async (field, extra) => {
    await createClient({ ctx: f.ctx(), input: { name: 'Stable Co' } });
    const before = await f.counts();
    await invalidField(updateClient({ ctx: f.ctx(), input: { client: 'Stable Co', ...extra } }), field);
    expect(await f.counts()).toEqual(before);
  });

  it('an id number of another client is refused', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Has Id', idNumber: 'K-9' } });
    await createClient({ ctx: f.ctx(), input: { name: 'Wants Id' } });
    await invalidField(updateClient({ ctx: f.ctx(), input: { client: 'Wants Id', idNumber: 'K-9' } }), 'idNumber');
    const same = await updateClient({ ctx: f.ctx(), input: { client: 'Has Id', idNumber: 'K-9' } });
    expect(same.changed).toEqual([]);
  });

  it('an unknown or ambiguous client changes nothing', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Twin One' } });
    await createClient({ ctx: f.ctx(), input: { name: 'Twin Two' } });
    const before = await f.counts();
    await expect(updateClient({ ctx: f.ctx(), input: { client: 'Nobody', status: 'active' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateClient({ ctx: f.ctx(), input: { client: 'twin', status: 'active' } })).rejects.toMatchObject({ code: 'ambiguous' });
    await invalidField(addNote({ ctx: f.ctx(), input: { client: 'Twin One', text: '  ' } }), 'text');
    expect(await f.counts()).toEqual(before);
  });
});
