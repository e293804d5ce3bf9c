// The answer the offline model writes after tools ran.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { buildSystemPrompt, type Surface } from '../../../prompts/system';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { readSurface } from '../../../src/agent/offline/read-prompt';
import { composeReply } from '../../../src/agent/offline/reply';

beforeAll(() => loadCommandReader());

const addressMissing = [
  { field: 'address.line1', label: 'Billing address: street' }, { field: 'address.city', label: 'Billing address: city' },
  { field: 'address.postalCode', label: 'Billing address: postal code' }, { field: 'address.country', label: 'Billing address: country' },
];
const created = (missing: Array<{ field: string; label: string }>, name = 'Acme Corp') => ({ toolName: 'createClient', input: { name }, result: {
  ok: true, text: `Added ${name} (0007) as a lead.`, data: { kind: 'client', client: { name } }, missing, undo: { activityId: 3, label: 'Undo' },
} });

describe('composeReply', () => {
  it('says what was done, what is missing for invoicing (parts of one field grouped) and a next step the parser reads back', () => {
    const text = composeReply([created([{ field: 'email', label: 'Billing email' }, ...addressMissing])]);
    expect(text).toContain('Added Acme Corp (0007) as a lead.');
    expect(text).toContain('Still missing for invoicing: billing email and billing address (street, city, postal code, country).');
    expect(text).toContain(`Next: tell me the billing email and billing address, e.g. "Acme Corp's email is billing@example.com" and "Acme Corp is at 1 Main St, 10115 Berlin, Germany".`);
  });
  it('suggests sentences that parse into the right updateClient', () => {
    const text = composeReply([created([...addressMissing, { field: 'currency', label: 'Billing currency' }, { field: 'email', label: 'Billing email' }], 'Globex Corporation')]);
    const said = [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(said).toHaveLength(3);
    const parsed = said.map((s) => readMessage(s, { today: new Date('2026-11-22T00:00:00Z') }));
    expect(parsed).toEqual([
      { kind: 'calls', calls: [{ tool: 'updateClient', args: { client: 'Globex Corporation', email: 'billing@example.com' } }] },
      { kind: 'calls', calls: [{ tool: 'updateClient', args: { client: 'Globex Corporation', address: { line1: '1 Main St', postalCode: '10115', city: 'Berlin', country: 'DE' } } }] },
      { kind: 'calls', calls: [{ tool: 'updateClient', args: { client: 'Globex Corporation', currency: 'EUR' } }] },
    ]);
  });
  it('suggests a contact after a complete client, in words the parser reads as addContact', () => {
    const text = composeReply([created([])]);
    const said = /"([^"]+)"/.exec(text)![1];
    expect(readMessage(said, { today: new Date('2026-11-22T00:00:00Z') })).toEqual({ kind: 'calls', calls: [{ tool: 'addContact', args: { client: 'Acme Corp', name: 'Jane Doe', email: 'jane@example.com' } }] });
  });
  it('mentions "undo" only in the terminal: web and Slack show an Undo button', () => {
    expect(composeReply([created([])], 'cli')).toContain('You can undo this ("undo").');
    for (const surface of ['web', 'slack', undefined]) expect(composeReply([created([])], surface)).not.toMatch(/undo/i);
  });
  it('reads the surface from the system prompt overlay, not from other mentions of Slack', () => {
    for (const surface of ['web', 'slack', 'cli'] as Surface[]) {
      const system = buildSystemPrompt({ surface, workspace: { name: 'W', defaultCurrency: 'EUR' }, now: new Date('2026-11-22T00:00:00Z'), tools: [{ name: 'updateClient', description: 'owner may be a Slack id' }] });
      expect(readSurface([{ role: 'system', content: system }])).toBe(surface);
    }
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
