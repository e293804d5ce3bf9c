// Places and people said in comma lists and item lists: a region between a city and a country is the region, a
// country's acronym names its tax id, a person after a company is that company's contact, and a portal switch after
// a change to a person is that person's.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a new client with its places in a comma list', () => {
  it('takes the words between the city and the country as the region, not a contact', () => {
    expect(callsOf('new client Viñedos Altamira S.A. de C.V., Guadalajara, Jalisco, México')).toEqual([
      { tool: 'createClient', args: { name: 'Viñedos Altamira S.A. de C.V.', address: { city: 'Guadalajara', region: 'Jalisco', country: 'MX' } } },
    ]);
    expect(callsOf('new client Fjordlys Design AB, Gothenburg, Västra Götaland, Sweden')).toEqual([
      { tool: 'createClient', args: { name: 'Fjordlys Design AB', address: { city: 'Gothenburg', region: 'Västra Götaland', country: 'SE' } } },
    ]);
  });

  it('reads the same details after the slash command\'s bare name', () => {
    expect(callsOf('/client Viñedos Altamira S.A. de C.V., Guadalajara, Jalisco, México, RFC VAL150101AB2')).toEqual([
      { tool: 'createClient', args: { name: 'Viñedos Altamira S.A. de C.V.', address: { city: 'Guadalajara', region: 'Jalisco', country: 'MX' }, taxId: 'VAL150101AB2' } },
    ]);
  });

  it('reads an Irish county, "Co." and its name, as one region', () => {
    expect(callsOf('new client Ballymore Joinery, Ennis, Co. Clare, Ireland')).toEqual([
      { tool: 'createClient', args: { name: 'Ballymore Joinery', address: { city: 'Ennis', region: 'Co. Clare', country: 'IE' } } },
    ]);
  });

  it('reads a country written in another language, and a capital city said before its country', () => {
    expect(callsOf('nouveau client: Atelier Lenoir SPRL, Liège, Belgique')).toEqual([
      { tool: 'createClient', args: { name: 'Atelier Lenoir SPRL', address: { city: 'Liège', country: 'BE' } } },
    ]);
    expect(callsOf('/client Grupo Andino S.A.C., Ciudad de Panamá, Panamá, USD')).toEqual([
      { tool: 'createClient', args: { name: 'Grupo Andino S.A.C.', currency: 'USD', address: { city: 'Ciudad de Panamá', country: 'PA' } } },
    ]);
  });

  it('keeps a name the reader is sure of as the contact', () => {
    expect(callsOf('add Lindqvist Bygg AB, Uppsala, Karin Holm, Sweden')[0].args).toMatchObject({ contactName: 'Karin Holm' });
  });

  it('reads an American state after its city as the state, not the country of that name', () => {
    expect(callsOf('new client Magnolia Dental, Atlanta, Georgia')).toEqual([
      { tool: 'createClient', args: { name: 'Magnolia Dental', address: { city: 'Atlanta', region: 'Georgia' } } },
    ]);
  });

  it('takes a tax id named by its acronym, letters and digits, and not as a region and postcode', () => {
    expect(callsOf('new client Taller Norte S.A. de C.V., Puebla, RFC TNO190312KX9')).toEqual([
      { tool: 'createClient', args: { name: 'Taller Norte S.A. de C.V.', address: { city: 'Puebla' }, taxId: 'TNO190312KX9' } },
    ]);
    expect(callsOf('new client Pampa Digital SRL, Córdoba, CUIT 30-71234567-8')).toEqual([
      { tool: 'createClient', args: { name: 'Pampa Digital SRL', address: { city: 'Córdoba' }, taxId: '30-71234567-8' } },
    ]);
  });
});

describe('a person named right after their company', () => {
  it('gets the contact detail, not a second client', () => {
    expect(callsOf('Keller Logistik GmbH, Petra Vogt: new email p.vogt@keller-logistik.de')).toEqual([
      { tool: 'updateContact', args: { client: 'Keller Logistik GmbH', contact: 'Petra Vogt', email: 'p.vogt@keller-logistik.de' } },
    ]);
    expect(callsOf('Petrov Consulting Ltd, Ivan Petrov: new email ivan@petrov.co.uk').map((c) => c.tool)).toEqual(['updateContact']);
  });
});

describe('a portal switch in a list, after a change to a person', () => {
  it('is that person\'s portal access', () => {
    expect(callsOf('Tui Kitchens: Mere Paki → primary contact; portal on')).toEqual([
      { tool: 'updateContact', args: { client: 'Tui Kitchens', contact: 'Mere Paki', primary: true, portalEnabled: true } },
    ]);
  });

  it('stays the client\'s when the item names the client', () => {
    expect(callsOf('Tui Kitchens: Mere Paki → primary contact; portal on for Tui Kitchens').map((c) => c.tool)).toEqual(['updateContact', 'setPortalAccess']);
  });
});

describe('a person named with a courtesy title', () => {
  it('keeps the title as typed and leaves out the word that joins them to their company', () => {
    expect(callsOf('Hello, please send Mr. Tomasz Zielinski of Baltic Timber an invitation to the portal.')).toEqual([
      { tool: 'invitePortal', args: { client: 'Baltic Timber', contact: 'Mr. Tomasz Zielinski' } },
    ]);
  });
});
