// Commands in a learner's English and a bookkeeper's and a Slack regular's shorthand (corpus/tune/voices-u, -v, -w),
// said here in other words and names: an offer priced is a quote, a status said "again" is the status, the line of
// business a client works in, a client given to a teammate's mention, and the to-dos asked as whom to call.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Novak Stavby s.r.o.', 'Casa Lume', 'Pellegrini Vini', 'Quarry Lane Bakery'], contacts: ['Ines Duarte'], groups: [], members: ['U04LENA88', 'Bruno Costa'] };
const read = readerIn(known, new Date('2026-12-08T12:00:00Z'));

describe("a learner's requests", () => {
  it('reads "remember me to" as a reminder, keeping the stop that ends a name', () => {
    expect(read('remember me to phone Novak Stavby s.r.o. on Friday')).toEqual([
      { tool: 'addFollowUp', args: { client: 'Novak Stavby s.r.o.', text: 'Phone Novak Stavby s.r.o.', due: '2026-12-11' } }]);
  });

  it('reads an offer with a price as a quote, and an invoice named beside it as the invoice', () => {
    expect(read('make an offer to Casa Lume of 4.200 € for the terrace lighting')).toEqual([
      { tool: 'createQuote', args: { client: 'Casa Lume', amount: 4200, currency: 'EUR', title: 'terrace lighting' } }]);
    const invoiced = read('invoice Casa Lume 4.200 € for the terrace lighting offer');
    expect(Array.isArray(invoiced) && invoiced[0].tool).toBe('createInvoice');
    expect(read('note on Casa Lume: their offer of 5.000 € stands until Friday')).toEqual([
      { tool: 'addNote', args: { client: 'Casa Lume', text: 'their offer of 5.000 € stands until Friday' } }]);
  });

  it('names a project said "with name"', () => {
    expect(read('new project for Pellegrini Vini with name Etichette 2027')).toEqual([
      { tool: 'createProject', args: { client: 'Pellegrini Vini', name: 'Etichette 2027' } }]);
  });

  it('sets a status said "again" without restoring from the archive, which words for the archive still do', () => {
    expect(read('Casa Lume must be again active, they signed a new contract')).toEqual([{ tool: 'updateClient', args: { client: 'Casa Lume', status: 'active' } }]);
    const restored = read('bring Casa Lume back from the archive');
    expect(Array.isArray(restored) && restored[0].tool).toBe('unarchiveClient');
  });

  it('reads the line of business a client works in', () => {
    expect(read('Pellegrini Vini works in the wine trade')).toEqual([{ tool: 'updateClient', args: { client: 'Pellegrini Vini', industry: 'wine trade' } }]);
  });

  it('adds the contact person said after the client', () => {
    expect(read('for Quarry Lane Bakery the contact person is Tomás Reyes, tomas@quarrylane.ie')).toEqual([
      { tool: 'addContact', args: { client: 'Quarry Lane Bakery', name: 'Tomás Reyes', email: 'tomas@quarrylane.ie' } }]);
  });

  it('lists whom to call this week as the follow-ups due by Sunday', () => {
    expect(read('which are the clients that I have to call this week?')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-12-13' } }]);
  });
});

describe("a bookkeeper's and a Slack regular's questions", () => {
  it("shows the client's record when asked what is overdue for it", () => {
    expect(read('anything unpaid for Quarry Lane Bakery?')).toEqual([{ tool: 'showClient', args: { client: 'Quarry Lane Bakery' } }]);
  });

  it('gives a client to a teammate by mention, and lists what a teammate owns', () => {
    expect(read('<@U07BOT123> give Casa Lume to <@U04LENA88>')).toEqual([{ tool: 'updateClient', args: { client: 'Casa Lume', owner: 'U04LENA88' } }]);
    expect(read('<@U07BOT123> what does <@U04LENA88> own?')).toEqual([{ tool: 'findClients', args: { owner: 'U04LENA88' } }]);
    expect(read('which clients does Bruno manage?')).toEqual([{ tool: 'findClients', args: { owner: 'Bruno' } }]);
  });

  it('does not take a question about someone outside the team for a list of their clients', () => {
    expect(read('what does Ines Duarte own?')).not.toEqual([{ tool: 'findClients', args: { owner: 'Ines Duarte' } }]);
  });
});
