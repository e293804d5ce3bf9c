// "/client <Name>: <action>" does the action on that client; an address line keeps the word that opens it
// ("ul. Długa 15", "Suite 900"); a change after "/client" is read without the slash command's word; a name
// heading the message before a colon is all of its capitalised words.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('an action after "/client <Name>:"', () => {
  it('is done on that client, not added as a new lead with the action for its notes', () => {
    expect(callsOf('/client Harbour Lane Dental: invoice $750 for the March checkups')).toEqual([
      { tool: 'createInvoice', args: { client: 'Harbour Lane Dental', currency: 'USD', amount: 750, description: 'March checkups' } },
    ]);
  });

  it('still adds a lead when what follows the colon is its details', () => {
    expect(callsOf('/client Lumen Forge: website lumenforge.io, Berlin')).toEqual([
      { tool: 'createClient', args: { name: 'Lumen Forge', website: 'lumenforge.io', address: { city: 'Berlin' } } },
    ]);
  });
});

describe('a change written after "/client" without a colon', () => {
  it('is read from the words after the slash command, which alone would not be taken for a new lead', () => {
    expect(callsOf('/client Marlow Print Co churned; archive')).toEqual([
      { tool: 'updateClient', args: { client: 'Marlow Print Co', status: 'past' } },
      { tool: 'archiveClient', args: { client: 'Marlow Print Co' } },
    ]);
    expect(callsOf('/client harbourside -> past')).toEqual([{ tool: 'updateClient', args: { client: 'harbourside', status: 'past' } }]);
  });
});

describe('address lines', () => {
  it('keep the abbreviation that opens a street ("ul.")', () => {
    expect(callsOf('New client: Nowak Meble Sp. z o.o.; ul. Polna 8, 61-001 Poznań, Poland; PLN')).toEqual([
      { tool: 'createClient', args: { name: 'Nowak Meble Sp. z o.o.', currency: 'PLN', address: { line1: 'ul. Polna 8', postalCode: '61-001', city: 'Poznań', country: 'PL' } } },
    ]);
  });

  it("keep a suite's number, which is not the client's value", () => {
    expect(callsOf('Cedar & Pine Homes: address is 75 Queen St W, Suite 900, Ottawa ON K1P 5H6, Canada')).toEqual([
      { tool: 'updateClient', args: { client: 'Cedar & Pine Homes', address: { line1: '75 Queen St W', line2: 'Suite 900', city: 'Ottawa', region: 'ON', postalCode: 'K1P 5H6', country: 'CA' } } },
    ]);
  });
});
