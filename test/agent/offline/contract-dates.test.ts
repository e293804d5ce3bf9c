// A contract's dates said as a range ("contract dates 1 June – 30 November", "runs from 1 March to 31 August") are the
// client's start and end dates: a change, not a note, and neither date is dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { contractRange } from '../../../src/agent/offline/nlu/read-contract-dates';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe("a contract's range", () => {
  it('after "<client>:" sets both dates instead of offering a note', () => {
    expect(callsOf('Birchfield Dairy: contract dates 3 July – 28 February')).toEqual([
      { tool: 'updateClient', args: { client: 'Birchfield Dairy', startDate: '2026-07-03', endDate: '2027-02-28' } },
    ]);
  });

  it('in a sentence keeps the start the tagger left out', () => {
    expect(callsOf('Quayle Joinery contract runs from 1 March to 31 August')).toEqual([
      { tool: 'updateClient', args: { client: 'Quayle Joinery', startDate: '2026-03-01', endDate: '2026-08-31' } },
    ]);
  });

  it("takes neither date's day for payment terms nor its month for a city", () => {
    expect(callsOf('Tamsin Rook contract runs from 1 March to 30 June')).toEqual([
      { tool: 'updateClient', args: { client: 'Tamsin Rook', startDate: '2026-03-01', endDate: '2026-06-30' } },
    ]);
    // Terms said in words are still terms.
    expect(callsOf('Acme: net 30, contract from 1 March to 30 June')).toEqual([
      { tool: 'updateClient', args: { client: 'Acme', paymentTerms: 30, startDate: '2026-03-01', endDate: '2026-06-30' } },
    ]);
  });

  it('"set the start date … to the 15th" sets the start, not an end', () => {
    expect(callsOf('set the start date of Wexcombe Studio to the 15th')).toEqual([
      { tool: 'updateClient', args: { client: 'Wexcombe Studio', startDate: '2026-06-15' } },
    ]);
    expect(callsOf('mark Wexcombe Studio active and set the start date to the 15th')).toEqual([
      { tool: 'updateClient', args: { client: 'Wexcombe Studio', status: 'active', startDate: '2026-06-15' } },
    ]);
  });

  it('a day and its month after "of" are one date; a payment takes the day it came in', () => {
    expect(callsOf('I should like a Quote for Ravensworth Hall, titled "East wing windows", for £18,750, valid until the 31st of July.')).toEqual([
      { tool: 'createQuote', args: { client: 'Ravensworth Hall', title: 'East wing windows', amount: 18750, currency: 'GBP', validUntil: '2026-07-31' } },
    ]);
    // (The 4th before today, June 1st: a payment has come in.)
    const paid = readMessage('Pacífico Mariscos S.A. de C.V. paid MX$22,000 on the 4th', { today: READ_DAY, memory: {}, known: { clients: ['Pacífico Mariscos S.A. de C.V.'] } });
    expect(paid).toEqual({ kind: 'calls', calls: [{ tool: 'recordPayment', args: { client: 'Pacífico Mariscos S.A. de C.V.', amount: 22000, date: '2026-05-04' } }] });
  });

  it('needs two dates', () => {
    expect(contractRange('the contract runs to the end of the project', READ_DAY)).toBeUndefined();
    expect(contractRange('contract from Monday', READ_DAY)).toBeUndefined();
  });
});
