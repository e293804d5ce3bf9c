import { describe, expect, it } from 'vitest';
import { createClient } from '../../../src/domain/clients/create-client';
import { updateClient } from '../../../src/domain/clients/update-client';
import { createGroup } from '../../../src/domain/settings/create-group';
import { resolveClientSettings } from '../../../src/domain/settings/resolve-settings';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { useFixture } from '../clients/fixture';

const f = useFixture();

describe('settings resolve client -> group -> workspace and say why', () => {
  it('reports the value and its source at each level', async () => {
    const { group } = await createGroup({ ctx: f.ctx(), input: { name: 'Agencies', currency: 'eur', paymentTerms: 'net 45' } });
    expect(group).toMatchObject({ name: 'Agencies', currency: 'EUR', paymentTerms: 45, reminderTone: null });
    const plain = { currency: null, paymentTerms: null, reminderTone: null, groupId: null };
    expect(await resolveClientSettings(f.t.db, f.ctx(), plain)).toEqual({
      currency: { value: 'EUR', source: 'workspace default' },
      paymentTerms: { value: 30, source: 'workspace default' },
      reminderTone: { value: 'friendly', source: 'workspace default' },
    });
    const inGroup = await resolveClientSettings(f.t.db, f.ctx(), { ...plain, groupId: group.id, reminderTone: 'firm' });
    expect(inGroup.currency).toEqual({ value: 'EUR', source: 'set on the group Agencies' });
    expect(inGroup.paymentTerms).toEqual({ value: 45, source: 'set on the group Agencies' });
    expect(inGroup.reminderTone).toEqual({ value: 'firm', source: 'set on the client' });
  });

  it('a client follows its group, then its own value; workspace defaults change for everyone else', async () => {
    await createGroup({ ctx: f.ctx(), input: { name: 'Retail', paymentTerms: 14 } });
    const { client } = await createClient({ ctx: f.ctx(), input: { name: 'Settings Co', group: 'Retail' } });
    expect(client).toMatchObject({ currency: 'EUR', currencySource: 'workspace default', paymentTerms: 14, paymentTermsSource: 'set on the group Retail' });
    const ws = await updateWorkspaceSettings({ ctx: f.ctx('admin'), input: { currency: 'GBP', country: 'United Kingdom', reminderTone: 'neutral' } });
    expect(ws.workspace).toMatchObject({ currency: 'GBP', country: 'GB', reminderTone: 'neutral' });
    expect(ws.changed.sort()).toEqual(['country', 'defaultCurrency', 'reminderTone']);
    const u = await updateClient({ ctx: f.ctx(), input: { client: 'Settings Co', paymentTerms: 7 } });
    expect(u.client).toMatchObject({ currency: 'GBP', paymentTerms: 7, paymentTermsSource: 'set on the client', reminderTone: 'neutral' });
  });
});
