// Filters of a list said in words the tagger left: whose clients ("that Dorota looks after", "of Benoît"), a status
// of the clients ("the Active customers") and a country as its people are called ("our Australian accounts").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('list filters said in words', () => {
  it("lists a member's clients", () => {
    expect(callsOf('list customers that Dorota looks after please')).toEqual([{ tool: 'findClients', args: { owner: 'Dorota' } }]);
    expect(callsOf('export clients of Benoît')).toEqual([{ tool: 'exportCsv', args: { owner: 'Benoît' } }]);
    // (A country after "of" is the country, not an owner.)
    expect(callsOf('show clients of Germany')).toEqual([{ tool: 'findClients', args: { country: 'DE' } }]);
  });

  it('keeps a status said of the clients, and a country said as a demonym', () => {
    expect(callsOf('Hello, Would you kindly export all the Active customers into a CSV file for my accountant. Thanks')).toEqual([{ tool: 'exportCsv', args: { status: 'active' } }]);
    expect(callsOf('Pull up our Australian accounts, sorted by last activity please')).toEqual([{ tool: 'findClients', args: { sort: 'lastActivity', country: 'AU' } }]);
  });

  it('keeps the trade the clients are in, named by a word for a sector or a common trade', () => {
    expect(callsOf('find the clients of the sector bakeries')).toEqual([{ tool: 'findClients', args: { industry: 'bakeries' } }]);
    expect(callsOf('list saas accounts owned by Priya')).toEqual([{ tool: 'findClients', args: { industry: 'saas', owner: 'Priya' } }]);
    expect(callsOf('which of our clients are breweries?')).toEqual([{ tool: 'findClients', args: { industry: 'breweries' } }]);
    // (A country is still a country.)
    expect(callsOf('show clients in Portugal')).toEqual([{ tool: 'findClients', args: { country: 'PT' } }]);
  });
});

