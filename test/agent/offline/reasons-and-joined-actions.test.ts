// A request followed by why it is asked is read without the reason; "X should be archived" archives X; a second
// action after "and after" or "and register" is read too; a note's first word is not lost after the client's name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kestrel Foods', 'Larkspur Films', 'Odell & Rowe'], contacts: [], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });

describe('a request and the reason given for it', () => {
  it('archives the client, not reading the reason as a change of its owner or city', () => {
    expect(calls('Good afternoon, please file away Kestrel Foods in the archive, they have relocated to Leeds and use someone local now.'))
      .toEqual([{ tool: 'archiveClient', args: { client: 'Kestrel Foods' } }]);
  });

  it('adds a new client named exactly as written, whatever is said about the spelling', () => {
    expect(calls('Hello, please enter a new client - pinewood & daughters - exactly like that, as that is how they write it on the shop window.'))
      .toEqual([{ tool: 'createClient', args: { name: 'pinewood & daughters' } }]);
  });

  it('keeps a reason that holds something the request could use: the request is not read without it', () => {
    // The currency in the tail is the client's: reading "please update Larkspur Films" alone would lose it.
    const d = read('please update Larkspur Films, they will pay in Swiss francs from now on');
    expect(d.kind === 'calls' ? d.calls : []).not.toContainEqual({ tool: 'updateClient', args: { client: 'Larkspur Films' } });
  });
});

describe('archiving said as what should happen', () => {
  it('archives a client that "should be archived", and brings back one that should not be', () => {
    expect(calls('Larkspur Films should be archived')).toEqual([{ tool: 'archiveClient', args: { client: 'Larkspur Films' } }]);
    const back = read('Larkspur Films should not be archived anymore');
    expect(JSON.stringify(back)).toMatch(/unarchive/i);
    expect(JSON.stringify(back)).not.toMatch(/"archiveClient"/);
  });
});

describe('a second action after "and after", "and register"', () => {
  it('invoices and records the payment', () => {
    expect(calls('invoice Larkspur Films 1.200 € and register that they paid the 1.200 € today')).toEqual([
      { tool: 'createInvoice', args: { client: 'Larkspur Films', amount: 1200, currency: 'EUR' } },
      { tool: 'recordPayment', args: { client: 'Larkspur Films', amount: 1200, date: '2026-06-01' } },
    ]);
  });

  it('enriches and then notes', () => {
    expect(calls('enrich Kestrel Foods and after put a note "checked their site"')).toEqual([
      { tool: 'enrichClient', args: { client: 'Kestrel Foods' } },
      { tool: 'addNote', args: { client: 'Kestrel Foods', text: 'checked their site' } },
    ]);
  });
});

describe("a note's first word", () => {
  it('is part of the note when nothing introduces the note after the name', () => {
    expect(calls('add a note to Odell & Rowe contract renewal is in may')).toEqual([{ tool: 'addNote', args: { client: 'Odell & Rowe', text: 'contract renewal is in may' } }]);
  });

  it('is not when it introduces the note or a message', () => {
    expect(calls('add a note to Odell & Rowe saying the budget is frozen')).toEqual([{ tool: 'addNote', args: { client: 'Odell & Rowe', text: 'the budget is frozen' } }]);
    expect(calls('let Kestrel Foods know the proofs are ready')).toEqual([{ tool: 'messageClient', args: { client: 'Kestrel Foods', text: 'the proofs are ready' } }]);
  });
});

describe('a payment of an invoice and a change of a client, in one message', () => {
  it('records the payment and changes the client', () => {
    expect(calls('INV-0412 is paid, 1,250 GBP, and Larkspur Films can move to net 45')).toEqual([
      { tool: 'recordPayment', args: { invoice: 'INV-0412', amount: 1250 } },
      { tool: 'updateClient', args: { client: 'Larkspur Films', paymentTerms: 45 } },
    ]);
  });
});

describe('a command word heading a message to a client', () => {
  it('is not part of the client name before the colon', () => {
    expect(calls('Message Kestrel Foods: "Your proofs are in the portal."')).toEqual([{ tool: 'messageClient', args: { client: 'Kestrel Foods', text: 'Your proofs are in the portal.' } }]);
  });
});

describe("one setting of a known client, said where the reader is unsure", () => {
  it('changes that setting', () => {
    expect(calls('Please, the client Kestrel Foods want receive the invoices in swiss francs')).toEqual([{ tool: 'updateClient', args: { client: 'Kestrel Foods', currency: 'CHF' } }]);
    expect(calls('Odell & Rowe churned last month')).toEqual([{ tool: 'updateClient', args: { client: 'Odell & Rowe', status: 'past' } }]);
    expect(calls('From next month Odell & Rowe will be on 45-day terms')).toEqual([{ tool: 'updateClient', args: { client: 'Odell & Rowe', paymentTerms: 45 } }]);
  });

  it('takes the value asked for of one setting said twice, not listing clients', () => {
    expect(calls('For Kestrel Foods, the currency must be GBP, not EUR. Please correct.')).toEqual([{ tool: 'updateClient', args: { client: 'Kestrel Foods', currency: 'GBP' } }]);
  });

  it('is not read into a client the workspace does not have, nor into a question', () => {
    const unknown = read('Please, the client Brambleway Studios want receive the invoices in swiss francs');
    expect(unknown.kind === 'calls' ? unknown.calls : []).not.toContainEqual(expect.objectContaining({ tool: 'updateClient' }));
    const asked = read('Odell & Rowe churned last month?');
    expect(asked.kind === 'calls' ? asked.calls.map((c) => c.tool) : []).not.toContain('updateClient');
  });
});
