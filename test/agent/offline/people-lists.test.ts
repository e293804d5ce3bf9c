// A list of people at one client: each gets the action, never only the first one named. A setting said after a change
// of the workspace, with no target of its own, is the workspace's.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kestrel Foods', 'Larkspur Films', 'Odell & Rowe'], contacts: ['Priya Shah', 'Ana Ruiz'], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('people listed at one client', () => {
  it('invites each of them to the client portal named after the list', () => {
    expect(calls('invite Priya and Ana to the Kestrel Foods portal')).toEqual([
      { tool: 'invitePortal', args: { client: 'Kestrel Foods', contact: 'Priya' } },
      { tool: 'invitePortal', args: { client: 'Kestrel Foods', contact: 'Ana' } },
    ]);
    expect(calls('please invite Noor and Sam from Larkspur Films to the portal')).toEqual([
      { tool: 'invitePortal', args: { client: 'Larkspur Films', contact: 'Noor' } },
      { tool: 'invitePortal', args: { client: 'Larkspur Films', contact: 'Sam' } },
    ]);
  });

  it('removes each of them, not only the first', () => {
    expect(calls('remove Priya Shah and Ana Ruiz from Odell & Rowe')).toEqual([
      { tool: 'removeContact', args: { client: 'Odell & Rowe', contact: 'Priya Shah' } },
      { tool: 'removeContact', args: { client: 'Odell & Rowe', contact: 'Ana Ruiz' } },
    ]);
    expect(calls('remove Priya from Odell & Rowe')).toEqual([{ tool: 'removeContact', args: { client: 'Odell & Rowe', contact: 'Priya' } }]);
  });
});

describe('a setting with no target of its own, after a change of the workspace', () => {
  it('is the workspace setting, in one change', () => {
    expect(calls('rename the workspace to "Copper & Pine" and set reminders to friendly')).toEqual([{ tool: 'updateWorkspace', args: { name: 'Copper & Pine', reminderTone: 'friendly' } }]);
    expect(calls('change the workspace currency to GBP and set reminders to firm')).toEqual([{ tool: 'updateWorkspace', args: { currency: 'GBP', reminderTone: 'firm' } }]);
  });
});

describe('two invoices paid, and a new lead in sales words', () => {
  it('records one payment per invoice when the amount is each one', () => {
    expect(calls('INV-0611 + INV-0612 both paid today, 950 each')).toEqual([
      { tool: 'recordPayment', args: { invoice: 'INV-0611', amount: 950, date: '2026-06-01' } },
      { tool: 'recordPayment', args: { invoice: 'INV-0612', amount: 950, date: '2026-06-01' } },
    ]);
  });

  it('adds an MQL as a lead, then enriches it', () => {
    expect(calls('new MQL Tarnwood Analytics AB, then enrich')).toEqual([
      { tool: 'createClient', args: { name: 'Tarnwood Analytics AB', status: 'lead' } },
      { tool: 'enrichClient', args: { client: 'Tarnwood Analytics AB' } },
    ]);
  });
});
