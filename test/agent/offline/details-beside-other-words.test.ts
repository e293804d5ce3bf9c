// Details a command gives beside other words: the person an email address spells, a currency's letters typed onto
// its sign, a quarter's end, a status set by pronoun beside a date, fields given in a clause of their own, a
// teammate named beside an owner change, a street before the town's comma, a day and month read as a name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = (clients: string[], members: string[] = []) => ({ clients, contacts: [], groups: [], members });

describe('the person an email address belongs to', () => {
  it('adds the person the address spells, not the one who passed the news on', () => {
    const [call] = callsOf('Giulia mentioned their new project manager starts Monday — Ama Owusu, ama.owusu@goldcoast.gh. Can you add her to Gold Coast Foods?', known(['Gold Coast Foods']));
    expect(call).toMatchObject({ tool: 'addContact', args: { client: 'Gold Coast Foods', name: 'Ama Owusu', email: 'ama.owusu@goldcoast.gh' } });
  });

  it('takes a first name the address spells when nothing else named the person', () => {
    const [call] = callsOf('Tunde from Lagos Lens Studio is their COO, please add him: tunde@lagoslens.ng', known(['Lagos Lens Studio']));
    expect(call).toMatchObject({ tool: 'addContact', args: { client: 'Lagos Lens Studio', name: 'Tunde', email: 'tunde@lagoslens.ng', jobTitle: 'COO' } });
  });
});

describe('values written their own way', () => {
  it('reads "MX$" as Mexican pesos, typed onto the amount or not', () => {
    expect(callsOf('bill Casa Marisol MX$12,500, menu photography, due 20 June', known(['Casa Marisol']))).toEqual([
      { tool: 'createInvoice', args: { client: 'Casa Marisol', amount: 12500, currency: 'MXN', description: 'menu photography', dueDate: '2026-06-20' } },
    ]);
  });

  it('dates "the end of the quarter" on the quarter\'s last day', () => {
    const [call] = callsOf('quote Fernhill Bakery "Shopfront signage" for £4,200, valid until the end of the quarter', known(['Fernhill Bakery']));
    expect(call.args).toMatchObject({ title: 'Shopfront signage', amount: 4200, currency: 'GBP', validUntil: '2026-06-30' });
  });
});

describe('changes said in several parts', () => {
  it('sets the status a pronoun is marked with beside an end date', () => {
    expect(callsOf('Tidewater Kayaks wrapped up with us end of April, set the end date and mark them past', known(['Tidewater Kayaks']))).toEqual([
      { tool: 'updateClient', args: { client: 'Tidewater Kayaks', endDate: '2026-04-30', status: 'past' } },
    ]);
  });

  it('keeps a start date given in a clause of its own', () => {
    expect(callsOf('Halden Energi signed last week – can someone flip them to active and record the start date as 29 May?', known(['Halden Energi']))).toEqual([
      { tool: 'updateClient', args: { client: 'Halden Energi', status: 'active', startDate: '2026-05-29' } },
    ]);
  });

  it('does not make the teammate who leaves the client\'s contact', () => {
    expect(callsOf('heads up, Priya is leaving the team, so Ostrander Labs goes to Mateo now', known(['Ostrander Labs'], ['Priya', 'Mateo']))).toEqual([
      { tool: 'updateClient', args: { client: 'Ostrander Labs', owner: 'Mateo' } },
    ]);
  });

  it('reads a street typed before the town\'s comma as the first line', () => {
    const [call] = callsOf('Wexcombe Studio rang to say they have relocated to 27 Itaewon-ro, Seoul 04348, South Korea', known(['Wexcombe Studio']));
    expect(call.args).toEqual({ client: 'Wexcombe Studio', address: { line1: '27 Itaewon-ro', city: 'Seoul', postalCode: '04348', country: 'KR' } });
  });

  it('reads a day and a month after "finished at" as the end date, not a second client', () => {
    expect(callsOf('For Orla Textiles the contract was finish at 15 of May, they are past client now', known(['Orla Textiles']))).toEqual([
      { tool: 'updateClient', args: { client: 'Orla Textiles', endDate: '2026-05-15', status: 'past' } },
    ]);
  });
});
