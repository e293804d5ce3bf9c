// A British address typed in one run without commas: the street line ends at its street word, the town follows, then
// the postcode.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('an address typed in one run', () => {
  it('splits the street, the town and the postcode', () => {
    const known = { clients: ['Kestrel Foods'], contacts: [], groups: [], members: [] };
    expect(callsOf('Kestrel Foods moved to 3 mill lane kendal la9 4ab', known)).toEqual([
      { tool: 'updateClient', args: { client: 'Kestrel Foods', address: { line1: '3 mill lane', city: 'kendal', postalCode: 'la9 4ab' } } },
    ]);
  });
});
