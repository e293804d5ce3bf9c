// An account director's messages of several actions (corpus/tune/voices-z), said here in other words and names: a
// numbered list of action items after a header, a void and a new invoice "raised" in one sentence, a town written
// right before its postcode, and a list asked for in two countries.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Larchmont Tea Co', 'Greaves & Pike'], contacts: [], groups: [], members: ['Hamish Lowe'] }, new Date('2026-12-08T12:00:00Z'));

describe('messages of several actions', () => {
  it('reads numbered action items after a header, "them" being the header\'s client', () => {
    expect(read('for Larchmont Tea Co: 1) note that they want samples in January 2) remind me to ring them on Friday')).toEqual([
      { tool: 'addNote', args: { client: 'Larchmont Tea Co', text: 'they want samples in January' } },
      { tool: 'addFollowUp', args: { client: 'Larchmont Tea Co', text: 'Ring them', due: '2026-12-11' } },
    ]);
  });

  it('keeps a number inside an item for what it is ("phase 2"), never a client', () => {
    const calls = read('Greaves & Pike: invoice 4 000 SEK (phase 2 deposit); due 5 January / send');
    const clients = Array.isArray(calls) ? calls.map((c) => c.args.client) : [];
    expect(clients).not.toContain('2');
  });

  it('voids an invoice and raises a new one in one sentence', () => {
    expect(read('void INV-0901 and raise a new one for Greaves & Pike, £720 for the reprint')).toEqual([
      { tool: 'voidInvoice', args: { invoice: 'INV-0901' } },
      { tool: 'createInvoice', args: { client: 'Greaves & Pike', amount: 720, currency: 'GBP', description: 'reprint' } },
    ]);
  });

  it('takes the town written right before a postcode', () => {
    expect(read('Larchmont Tea Co moved to 12 Quay Street, Falmouth TR11 3HH')).toEqual([
      { tool: 'updateClient', args: { client: 'Larchmont Tea Co', address: { line1: '12 Quay Street', city: 'Falmouth', postalCode: 'TR11 3HH' } } },
    ]);
  });
});

describe('a list asked for in two countries', () => {
  it('lists each country with the same filters, and reads a country with "and" in its name as one', () => {
    expect(read('show me active clients in Chile or Peru')).toEqual([
      { tool: 'findClients', args: { status: 'active', country: 'CL' } }, { tool: 'findClients', args: { status: 'active', country: 'PE' } }]);
    expect(read('export leads in Ghana and Kenya')).toEqual([
      { tool: 'exportCsv', args: { status: 'lead', country: 'GH' } }, { tool: 'exportCsv', args: { status: 'lead', country: 'KE' } }]);
    expect(read('clients in Antigua and Barbuda')).toEqual([{ tool: 'findClients', args: { country: 'AG' } }]);
  });
});
