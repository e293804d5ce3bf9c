// "Why on earth is X charged in Euro?" asks about X's currency (the emphasis names no client, a currency written with
// its capital is still one), and a list "since Jan" starts in January, the month written short.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental'], contacts: [], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('a question with emphasis', () => {
  it("explains the client's currency, not the settings of a client called \"earth\"", () => {
    expect(calls('why on earth is Brightmoor Dental billed in Dollars?')).toEqual([
      { tool: 'explainSettings', args: { client: 'Brightmoor Dental', setting: 'currency' } },
    ]);
  });
});

describe('a list since a month written short', () => {
  it('starts the list at that month (the most recent one gone by)', () => {
    expect(calls('leads since Sept')).toEqual([{ tool: 'findClients', args: { status: 'lead', createdFrom: '2025-09-01' } }]);
    expect(calls('past clients since Jan')).toEqual([{ tool: 'findClients', args: { status: 'past', createdFrom: '2026-01-01' } }]);
  });
});
