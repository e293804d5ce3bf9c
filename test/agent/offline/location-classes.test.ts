// Where a client is: "add X in <place>" creates X there, a region implies its country, a well-known city may stand
// alone, a person added "to" a client is a contact, and "X is in/at ..." said as a fact updates X's address.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const one = (tool: string, args: Record<string, unknown>) => [{ tool, args }];

describe('"add <Name> in <place>" is a new client located there, not a contact at a client', () => {
  it.each([
    ['add Fjord Analytics in Oslo, Norway, contact Ingrid Berg ingrid@fjord.no, billing in NOK', {
      name: 'Fjord Analytics', address: { city: 'Oslo', country: 'NO' }, contactName: 'Ingrid Berg', email: 'ingrid@fjord.no', currency: 'NOK' }],
    ['add Tagus Design in Lisbon', { name: 'Tagus Design', address: { city: 'Lisbon' } }],
    ['add Kiwi Orchards in New Zealand', { name: 'Kiwi Orchards', address: { country: 'NZ' } }],
    ['add Lone Star Feed in Texas', { name: 'Lone Star Feed', address: { region: 'TX', country: 'US' } }],
  ])('%s', (text, args) => expect(calls(text)).toEqual(one('createClient', args)));
  it('still adds a person to a client named with "to", "on" or "in ... contacts"', () => {
    expect(calls('add Ada Byron to Analytical Engines')).toEqual(one('addContact', { client: 'Analytical Engines', name: 'Ada Byron' }));
  });
});

describe('a person added to a client is a contact, with details before "to"', () => {
  it.each([
    ['Add Carl Sagan, carl@cosmos.org, to Cosmos Media', { client: 'Cosmos Media', name: 'Carl Sagan', email: 'carl@cosmos.org' }],
    ['put Rosa Park, rosa@montgomery.io, on Montgomery Transit', { client: 'Montgomery Transit', name: 'Rosa Park', email: 'rosa@montgomery.io' }],
    ['add rosa@montgomery.io to Montgomery Transit', { client: 'Montgomery Transit', email: 'rosa@montgomery.io' }],
  ])('%s', (text, args) => expect(calls(text)).toEqual(one('addContact', args)));
});

describe('regions imply the country; a well-known city may stand alone', () => {
  it.each([
    ['create Alamo Tiles, they are in San Antonio, Texas', { name: 'Alamo Tiles', address: { city: 'San Antonio', region: 'TX', country: 'US' } }],
    ['new client Puget Coffee, based in Tacoma, WA', { name: 'Puget Coffee', address: { city: 'Tacoma', region: 'WA', country: 'US' } }],
    ['add Prairie Grain, located in Regina, Saskatchewan', { name: 'Prairie Grain', address: { city: 'Regina', region: 'SK', country: 'CA' } }],
    ['add Harbour Bikes, Halifax, Nova Scotia, Canada', { name: 'Harbour Bikes', address: { city: 'Halifax', region: 'NS', country: 'CA' } }],
    ['new client Douro Wines, site dourowines.pt, Porto', { name: 'Douro Wines', website: 'dourowines.pt', address: { city: 'Porto' } }],
  ])('%s', (text, args) => expect(calls(text)).toEqual(one('createClient', args)));
  it('does not read a trailing person or word as a city', () => {
    expect(calls('add Copper Kettle, contact Tom Becker')).toEqual(one('createClient', { name: 'Copper Kettle', contactName: 'Tom Becker' }));
  });
});

describe('where a client is, said as a fact, updates its address', () => {
  it.each([
    ['Umbra Labs is in Vienna, Austria', { client: 'Umbra Labs', address: { city: 'Vienna', country: 'AT' } }],
    ['Umbra Labs is in Vienna', { client: 'Umbra Labs', address: { city: 'Vienna' } }],
    ['Umbra Labs is based in Graz now', { client: 'Umbra Labs', address: { city: 'Graz' } }],
    ['Umbra Labs is headquartered in Boise, Idaho', { client: 'Umbra Labs', address: { city: 'Boise', region: 'ID', country: 'US' } }],
    ['Umbra Labs moved to Linz, Austria', { client: 'Umbra Labs', address: { city: 'Linz', country: 'AT' } }],
    ["Umbra Labs's office is at 1 Ring Road, 1010 Vienna, Austria", { client: 'Umbra Labs', address: { line1: '1 Ring Road', postalCode: '1010', city: 'Vienna', country: 'AT' } }],
    ['Umbra Labs is at 7 Elm Street, 02139 Cambridge, USA', { client: 'Umbra Labs', address: { line1: '7 Elm Street', postalCode: '02139', city: 'Cambridge', country: 'US' } }],
  ])('%s', (text, args) => expect(calls(text)).toEqual(one('updateClient', args)));
  it('is no address when the place is not one ("is in trouble", "is in the Retail group")', () => {
    expect(calls('Umbra Labs is in trouble')).not.toEqual(expect.arrayContaining([expect.objectContaining({ args: expect.objectContaining({ address: expect.anything() }) })]));
    expect(calls('Umbra Labs is in the Retail group')).not.toEqual(expect.arrayContaining([expect.objectContaining({ args: expect.objectContaining({ address: expect.anything() }) })]));
  });
});
