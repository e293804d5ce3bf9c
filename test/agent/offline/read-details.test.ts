// This round's reading of details the tagger leaves in the words: the setting a question is about, "newest first",
// "in the archive", an invoice's "net 14", a quoted name or message kept whole, a name cut where the sentence goes
// on ("brightwave media she's ..."), a title before a person's name, and the "um"s of dictated text.
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleCalls } from '../../../src/agent/offline/nlu/assemble-calls';
import { loadCommandReader, withoutHesitations } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const today = READ_DAY;

describe('a question names its setting', () => {
  it.each([
    ['why is Marlow and Co being invoiced in dollars', 'currency'],
    ['where do the payment terms of Marlow and Co come from?', 'paymentTerms'],
    ['why does Marlow and Co get firm reminders?', 'reminderTone'],
    // (The terms said as how long they have to pay.)
    ['from where comes the payment delay of Marlow and Co?', 'paymentTerms'],
    ['why does Marlow and Co pay within 14 days?', 'paymentTerms'],
  ])('%s', (text, setting) => {
    expect(callsOf(text)).toEqual([{ tool: 'explainSettings', args: { client: 'Marlow and Co', setting } }]);
  });

  it('"explain the settings of X" asks about all of them', () => {
    expect(callsOf('explain the settings of Marlow and Co')[0].args.setting).toBeUndefined();
  });
});

describe('lists are ordered and scoped as asked', () => {
  it('"newest first" sorts by creation', () => {
    expect(callsOf('active clients in Germany, newest first')[0].args).toMatchObject({ sort: 'created', status: 'active', country: 'DE' });
  });
  it('"in the archive" lists archived clients', () => {
    expect(callsOf('which clients are in the archive?')[0]).toMatchObject({ tool: 'findClients', args: { archived: 'archived' } });
  });
});

describe('details and names as said', () => {
  it('"net 14" on an invoice is its due date', () => {
    expect(callsOf('invoice Corvid Labs 4,000 EUR for the audit, net 14')[0].args).toMatchObject({ client: 'Corvid Labs', amount: 4000, dueDate: '2026-06-15' });
  });

  it('a quoted name is taken whole', () => {
    expect(callsOf('Delete "Sunrise Foods TEST" and archive "Sunrise Foods (2019)"')).toEqual([
      { tool: 'deleteClient', args: { client: 'Sunrise Foods TEST' } },
      { tool: 'archiveClient', args: { client: 'Sunrise Foods (2019)' } },
    ]);
    expect(callsOf('Marta would like a "Public sector" group with friendly reminders')[0].args).toMatchObject({ name: 'Public sector', reminderTone: 'friendly' });
  });

  it('a relayed message in quotes is not one long name', () => {
    expect(callsOf('from Priya: "can someone add Ferreira Arquitetura Ltda. (Lisbon) as a lead? website ferreira-arq.pt"')[0].args).toMatchObject({ name: 'Ferreira Arquitetura Ltda.' });
  });

  it('a message keeps the emoji code it ends with', () => {
    expect(callsOf('tell Lumen Dental "invoice resent, pls check spam :pray:"')[0]).toEqual({ tool: 'messageClient', args: { client: 'Lumen Dental', text: 'invoice resent, pls check spam :pray:' } });
  });

  it('a courtesy title stays as typed, for a new contact and for one named with it', () => {
    expect(callsOf('add Mr Rajesh Iyer to Tech Mahal Solutions, he is the CFO')[0].args).toMatchObject({ name: 'Mr Rajesh Iyer', jobTitle: 'CFO', role: 'finance' });
    expect(callsOf('remove Mrs. Price from Corvid Labs')).toEqual([{ tool: 'removeContact', args: { contact: 'Mrs. Price', client: 'Corvid Labs' } }]);
  });

  it('a title ends before the word that joins it to the company ("CFO of")', () => {
    const spans = [{ slot: 'person', text: 'Rajesh Iyer', from: 0, to: 1 }, { slot: 'jobTitle', text: 'CFO of', from: 4, to: 5 }, { slot: 'client', text: 'Tech Mahal', from: 6, to: 7 }];
    expect(assembleCalls('addContact', spans, today)[0].args).toEqual({ name: 'Rajesh Iyer', jobTitle: 'CFO', role: 'finance', client: 'Tech Mahal' });
  });

  it('a suite number is the second line of the address', () => {
    expect(callsOf('Corvid Labs moved to 200 Market Street, Suite 12, San Francisco, CA 94105, USA')[0].args).toMatchObject({
      client: 'Corvid Labs', address: { line1: '200 Market Street', line2: 'Suite 12', city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
    });
  });

  it('"uk" after a city is its country', () => {
    expect(callsOf("add client harrow print, they're in leeds uk")[0].args).toEqual({ name: 'harrow print', address: { city: 'leeds', country: 'GB' } });
  });

  it('a client\'s name goes on over a particle, and does not end with "of"', () => {
    expect(callsOf('archive Transportes Rápidos do Norte please')).toEqual([{ tool: 'archiveClient', args: { client: 'Transportes Rápidos do Norte' } }]);
    expect(callsOf('Make me an invoice to Tessitura Bianchi of 1.250,00 € for the consulting of january')[0].args).toMatchObject({ client: 'Tessitura Bianchi', amount: 1250, currency: 'EUR' });
  });

  it('a lower-case name ends where the sentence goes on', () => {
    expect(callsOf('add sofia reyes to brightwave media she is their head of production')[0].args).toMatchObject({ client: 'brightwave media', name: 'sofia reyes' });
  });
});

describe('dictated text', () => {
  it('drops hesitations, never the words that contain them', () => {
    expect(withoutHesitations('um add a new client, uh, called Umami Ltd')).toBe('add a new client, called Umami Ltd');
    expect(withoutHesitations('note: umbrella stand, uh-huh')).toBe('note: umbrella stand, uh-huh');
  });
  it('reads a command said with "um"s', () => {
    expect(callsOf('um archive Northgate Studio uh we are done with them')).toEqual([{ tool: 'archiveClient', args: { client: 'Northgate Studio' } }]);
  });
});

describe('an expiry said for an invoice or a quote', () => {
  it('is the invoice\'s due date and the quote\'s last valid day', () => {
    expect(callsOf('Do an invoice to Ferreira & Filhos of 1 500 euros for the tiles, with expiry the 20 of november')[0].args).toMatchObject({ dueDate: '2026-11-20' });
    expect(callsOf('quote Ferreira & Filhos 2 000 euros for Armazém Novo, expiry the 30 of november')[0].args).toMatchObject({ validUntil: '2026-11-30' });
  });
});

