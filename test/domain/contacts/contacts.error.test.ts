import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { addContact } from '../../../src/domain/contacts/add-contact';
import { removeContact } from '../../../src/domain/contacts/remove-contact';
import { updateContact } from '../../../src/domain/contacts/update-contact';
import { invalidField, useFixture } from '../clients/fixture';

const f = useFixture();

describe('contacts, bad input', () => {
  it('a contact needs a name or an email; emails are validated; nothing changes', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Err Co', contactName: 'Only One', email: 'one@err.co' } });
    const before = await f.counts();
    await invalidField(addContact({ ctx: f.ctx(), input: { client: 'Err Co', phone: '+49 30 123456', jobTitle: 'CTO' } }), 'name');
    await invalidField(addContact({ ctx: f.ctx(), input: { client: 'Err Co', email: 'not-an-email' } }), 'email');
    await invalidField(addContact({ ctx: f.ctx(), input: { client: 'Err Co', name: 'X', role: 'boss' } }), 'role');
    await invalidField(addContact({ ctx: f.ctx(), input: { client: 'Err Co', name: 'X', primary: 'yes' } }), 'primary');
    expect(await f.counts()).toEqual(before);
  });

  it('emails are unique within a client (in any case), not across clients', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Uniq Co', contactName: 'U', email: 'u@uniq.co' } });
    const before = await f.counts();
    const err = await invalidField(addContact({ ctx: f.ctx(), input: { client: 'Uniq Co', name: 'U2', email: 'U@Uniq.co' } }), 'email');
    expect(err.message).toMatch(/already a contact/);
    await addContact({ ctx: f.ctx(), input: { client: 'Uniq Co', name: 'V', email: 'v@uniq.co' } });
    await invalidField(updateContact({ ctx: f.ctx(), input: { client: 'Uniq Co', contact: 'V', email: 'u@uniq.co' } }), 'email');
    expect((await f.counts()).contacts).toBe(before.contacts + 1);
    await createClient({ ctx: f.ctx(), input: { name: 'Other Uniq', insist: true } });
    const other = await addContact({ ctx: f.ctx(), input: { client: 'Other Uniq', email: 'u@uniq.co' } });
    expect(other.contact.email).toBe('u@uniq.co');
  });

  it('enabling the portal without an email is a clear error', async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Portal Co', contactName: 'No Mail' } });
    const before = await f.counts();
    const err = await invalidField(updateContact({ ctx: f.ctx(), input: { client: 'Portal Co', contact: 'No Mail', portalEnabled: true } }), 'portalEnabled');
    expect(err.message).toMatch(/needs an email/);
    await invalidField(addContact({ ctx: f.ctx(), input: { client: 'Portal Co', name: 'Also None', portalEnabled: true } }), 'portalEnabled');
    expect(await f.counts()).toEqual(before);
  });

  it("the only contact cannot be removed, and a contact cannot lose both name and email", async () => {
    await createClient({ ctx: f.ctx(), input: { name: 'Solo Co', contactName: 'Solo', email: 'solo@solo.co' } });
    const before = await f.counts();
    const err = await removeContact({ ctx: f.ctx(), input: { client: 'Solo Co', contact: 'Solo' } }).catch((e) => e);
    expect(err).toMatchObject({ code: 'conflict' });
    expect(err.message).toMatch(/only contact/);
    await invalidField(updateContact({ ctx: f.ctx(), input: { client: 'Solo Co', contact: 'Solo', name: '', email: '' } }), 'email');
    await expect(updateContact({ ctx: f.ctx(), input: { client: 'Solo Co', contact: 'Nobody', name: 'x' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await f.counts()).toEqual(before);
  });
});
