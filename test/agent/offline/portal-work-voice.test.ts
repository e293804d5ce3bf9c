// Documents, quotes and the portal (corpus/tune/voices-o, -p): a record question about a known client's documents shows
// its card, a quote's title said as an item of its own between dashes is its title, the portal switched for a list of
// clients switches each, and two invoices with one amount between them are asked about; a reminder, a quote "for it",
// several people and payment terms said as a second action each read.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Linden & Moss'], contacts: [], groups: [], members: [] }, new Date('2026-12-07T12:00:00Z'));

describe('the portal work of one client', () => {
  it('shows the card for its documents, never a search', () => {
    expect(read('which documents does Linden & Moss have?')).toEqual([{ tool: 'showClient', args: { client: 'Linden & Moss' } }]);
  });

  it("reads a quote's title set apart by dashes", () => {
    expect(read('Linden & Moss quote — website rebuild — £14,500')).toEqual([{ tool: 'createQuote', args: { client: 'Linden & Moss', title: 'website rebuild', amount: 14500, currency: 'GBP' } }]);
  });

  it('asks for the title when two items could be it', () => {
    expect(read('Linden & Moss quote — website rebuild — hosting — £14,500')).toEqual(expect.stringMatching(/what is the quote for/i));
  });
});

describe('several in one message (corpus/tune/voices-p)', () => {
  const many = readerIn({ clients: ['Blue Fern Florist', 'Greyhaven Tours', 'Saltmarsh Cider'], contacts: [], groups: [], members: [] }, new Date('2026-12-07T12:00:00Z'));

  it('switches the portal off for each client listed', () => {
    expect(many('turn off the portal for Blue Fern Florist and Greyhaven Tours')).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Blue Fern Florist', enabled: false } }, { tool: 'setPortalAccess', args: { client: 'Greyhaven Tours', enabled: false } }]);
  });

  it('plans a reminder said after a note, for the note\'s client', () => {
    expect(many('add a note to Greyhaven Tours: wants a winter brochure; and remind me on Friday to send them prices')).toEqual([
      { tool: 'addNote', args: { client: 'Greyhaven Tours', text: 'wants a winter brochure' } },
      { tool: 'addFollowUp', args: { client: 'Greyhaven Tours', text: 'Send them prices', due: '2026-12-11' } }]);
  });

  it('titles a quote "for it" after the project just made', () => {
    expect(many('set up a project Harvest fair for Saltmarsh Cider and quote them 900 GBP for it')).toEqual([
      { tool: 'createProject', args: { client: 'Saltmarsh Cider', name: 'Harvest fair' } },
      { tool: 'createQuote', args: { client: 'Saltmarsh Cider', title: 'Harvest fair', amount: 900, currency: 'GBP' } }]);
  });

  it('adds each person listed to the one client named', () => {
    expect(many('add Mina Cole, Owen Hart and Rhea Stone to Blue Fern Florist')).toEqual(['Mina Cole', 'Owen Hart', 'Rhea Stone']
      .map((name) => ({ tool: 'addContact', args: { client: 'Blue Fern Florist', name } })));
  });

  it('reads "they pay in N days" as payment terms, and on an invoice as its due day', () => {
    expect(many('Greyhaven Tours is active now and they pay in 14 days')).toEqual([{ tool: 'updateClient', args: { client: 'Greyhaven Tours', status: 'active', paymentTerms: 14 } }]);
    expect(many('invoice Greyhaven Tours 700 EUR, payable within 14 days')).toEqual([
      { tool: 'createInvoice', args: { client: 'Greyhaven Tours', amount: 700, currency: 'EUR', dueDate: '2026-12-21' } }]);
  });

  it("asks which invoice was paid how much rather than put one amount on the first of two", () => {
    expect(many('Saltmarsh Cider paid INV-0801 in full, and INV-0802 half (450)')).toEqual(expect.stringMatching(/which invoice was paid how much/i));
    expect(many('INV-0501 + INV-0502 both paid today, 1,100 each')).toEqual([
      { tool: 'recordPayment', args: { invoice: 'INV-0501', amount: 1100, date: '2026-12-07' } }, { tool: 'recordPayment', args: { invoice: 'INV-0502', amount: 1100, date: '2026-12-07' } }]);
  });
});
