// A dictated voice (corpus/tune/voices-m): numbers, days and emails said in words, written as typed before reading
// ("twelve hundred euros", "invoice four one two", "due on the fifteenth", "siobhan at marigoldevents dot ie"), and
// never inside a name or an item's place; "I am done with the X follow up"; a person added "as the accountant at" a
// known client is its contact, not a teammate.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { writtenValues } from '../../../src/agent/offline/values/spoken-values';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Marigold Events', 'Seven Hills Bakery'], contacts: ['Siobhan Kelly'], groups: [], members: [],
  contactClients: { 'siobhan kelly': 'Marigold Events', siobhan: 'Marigold Events' } }, new Date('2026-12-07T12:00:00Z'));

describe('values said in words', () => {
  it.each([
    ['twelve hundred euros', '1200 euros'],
    ['three thousand five hundred dollars', '3500 dollars'],
    ['one hundred and five pounds', '105 pounds'],
    ['invoice four one two', 'invoice 412'],
    ['invoice number four hundred and twelve', 'invoice number 412'],
    ['within thirty days', 'within 30 days'],
    ['due on the fifteenth', 'due on the 15th'],
    ['the twenty-first of January', 'the 21st of January'],
    ['siobhan dot kelly at marigoldevents dot ie', 'siobhan.kelly@marigoldevents.ie'],
  ])('%s -> %s', (said, typed) => {
    expect(writtenValues(said)).toBe(typed);
  });

  it.each(['Seven Hills Bakery', 'one new client', 'a note on the second invoice', 'call Siobhan at Marigold Events about the gala'])('leaves "%s" as it is', (said) => {
    expect(writtenValues(said)).toBe(said);
  });
});

describe('dictated commands', () => {
  it('invoices an amount and a day said in words', () => {
    expect(read('invoice Marigold Events twelve hundred euros for the venue photography due on the fifteenth of January')).toEqual([{ tool: 'createInvoice',
      args: { client: 'Marigold Events', amount: 1200, currency: 'EUR', description: 'venue photography', dueDate: '2027-01-15' } }]);
  });

  it('voids and pays invoices whose numbers are said in words', () => {
    expect(read('cancel invoice number four hundred and twelve')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0412' } }]);
    expect(read('mark invoice four one two as paid')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0412' } }]);
  });

  it("sets a known contact's email said in words", () => {
    expect(read('the contact at Marigold Events is Siobhan Kelly her email is siobhan at marigoldevents dot ie')).toEqual([{ tool: 'updateContact',
      args: { client: 'Marigold Events', contact: 'Siobhan Kelly', email: 'siobhan@marigoldevents.ie' } }]);
  });

  it('marks a follow-up done said in full words', () => {
    expect(read('I am done with the Marigold Events follow up')).toEqual([{ tool: 'completeFollowUp', args: { client: 'Marigold Events' } }]);
  });

  it('adds a person placed at a known client as its contact', () => {
    expect(read('add Liam Byrne as the accountant at Marigold Events')).toEqual([{ tool: 'addContact', args: { name: 'Liam Byrne', client: 'Marigold Events', jobTitle: 'accountant', role: 'finance' } }]);
  });
});
