// The answer the offline model writes after tools ran.
import { describe, expect, it } from 'vitest';
import { composeReply } from '../../../src/agent/offline/reply';

describe('composeReply', () => {
  it('says what was done, what is missing for invoicing, the next step and the undo', () => {
    const text = composeReply([{ toolName: 'createClient', input: { name: 'Acme Corp' }, result: {
      ok: true, text: 'Added Acme Corp (0007) as a lead.', data: { kind: 'client', client: { name: 'Acme Corp' } },
      missing: [{ field: 'email', label: 'Email' }, { field: 'address', label: 'Billing address' }], undo: { activityId: 3, label: 'Undo' },
    } }]);
    expect(text).toContain('Added Acme Corp (0007) as a lead.');
    expect(text).toContain('Still missing for invoicing: Email, Billing address.');
    expect(text).toContain('Next: add email, billing address to Acme Corp');
    expect(text).toMatch(/undo/i);
  });
  it('explains failures plainly: candidates, not found, waiting for confirmation', () => {
    expect(composeReply([{ toolName: 'archiveClient', input: { client: 'Acme' }, result: { ok: false, error: { code: 'ambiguous', message: '"Acme" matches 2 clients; which one?', candidates: [{ id: 1, label: 'Acme Corp', detail: '0001' }, { id: 2, label: 'Acme Widgets' }] } } }]))
      .toMatch(/Which one did you mean: Acme Corp \(0001\) or Acme Widgets\? Nothing was changed\./);
    expect(composeReply([{ toolName: 'showClient', input: { client: 'Zed' }, result: { ok: false, error: { code: 'not_found', message: 'No client matches "Zed".' } } }]))
      .toMatch(/No client matches "Zed"\. Check the spelling/);
    expect(composeReply([{ toolName: 'deleteClient', input: { client: 'Acme' }, result: { ok: false, error: { code: 'needs_confirmation', message: 'Waiting for the person to confirm: delete Acme Corp (0001).' } } }]))
      .toMatch(/confirm: delete Acme Corp \(0001\)\. Nothing has changed yet/);
  });
});
