// A search verb and the words to search for is a search for those words: never a list of every client with the
// words dropped, and never a quote's send for a name the classifier had not seen.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a search for words', () => {
  it('searches for the words after the verb', () => {
    expect(callsOf('find Northwind')).toEqual([{ tool: 'findClients', args: { query: 'Northwind' } }]);
    expect(callsOf('search northwind')).toEqual([{ tool: 'findClients', args: { query: 'northwind' } }]);
    expect(callsOf('find Northwind 00042')).toEqual([{ tool: 'findClients', args: { query: 'Northwind 00042' } }]);
    expect(callsOf('Lookup: Kessler')).toEqual([{ tool: 'findClients', args: { query: 'Kessler' } }]);
  });

  it('keeps filters as filters and a bare "find clients" as the list', () => {
    expect(callsOf('find clients')).toEqual([{ tool: 'findClients', args: {} }]);
    expect(callsOf('find clients in Germany')).toEqual([{ tool: 'findClients', args: { country: 'DE' } }]);
  });
});
