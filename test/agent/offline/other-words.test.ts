// Requests said in words the trained reader leans away from, read from what they name: a document put in or taken
// out of the portal, who gets a client's invoices, a person's own number, a new person at a client the workspace
// has, a client's reminders, a follow-up done, a client's name alone, a message's closing thanks, a client's
// recent history, and what an invoice is for in lower case.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Orchard Lane Bakery', 'Kestrel Analytics', 'Bruckner GmbH', 'Tern Bay Co', 'Wattle & Gum Pty Ltd'],
  contacts: ['Mei Tanaka', 'Priya Shah', 'Camila Reyes'], groups: ['Retail'], members: [],
  contactClients: { 'mei tanaka': 'Orchard Lane Bakery', mei: 'Orchard Lane Bakery', 'priya shah': 'Kestrel Analytics', priya: 'Kestrel Analytics', 'camila reyes': 'Tern Bay Co', camila: 'Tern Bay Co' },
};
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('a document in or out of the portal', () => {
  it.each([
    ['put the brand guidelines in the portal for Orchard Lane Bakery', 'brand guidelines', true],
    ['stop sharing the invoice template with Kestrel Analytics', 'invoice template', false],
    ['Bruckner GmbH: make the wiring diagram team-only again', 'wiring diagram', false],
    ['share campaign brief w Tern Bay Co', 'campaign brief', true],
  ])('%s', (text, document, shared) => {
    expect(read(text)).toEqual([{ tool: 'shareDocument', args: expect.objectContaining({ document, shared }) }]);
  });
});

describe('who gets the invoices', () => {
  it.each([
    "send Orchard Lane Bakery's invoices to Mei from now on",
    'invoices for Orchard Lane Bakery should go to Mei',
    'Mei at Orchard Lane Bakery gets the invoices now',
  ])('%s', (text) => {
    expect(read(text)).toEqual([{ tool: 'updateContact', args: { client: 'Orchard Lane Bakery', contact: 'Mei', billingDefault: true } }]);
  });

  it('does not make a billing contact of an address, a client it does not know, or a negation', () => {
    for (const text of ["send Orchard Lane Bakery's invoices to mei@orchard.co", "send Nowhere Ltd's invoices to Mei", "don't send Orchard Lane Bakery's invoices to Mei"]) {
      expect(read(text), text).not.toEqual([expect.objectContaining({ tool: 'updateContact', args: expect.objectContaining({ billingDefault: true }) })]);
    }
  });
});

describe('people at a client', () => {
  it("reads a person's own number as their phone", () => {
    expect(read('Camila Reyes at Tern Bay Co changed her number to 555-0142'))
      .toEqual([{ tool: 'updateContact', args: expect.objectContaining({ contact: 'Camila Reyes', phone: '555-0142' }) }]);
  });

  it('adds a new person with their details at a known client as a contact, not a teammate', () => {
    expect(read('Kestrel Analytics has a new producer, Dev Patel, dev@kestrel.io'))
      .toEqual([{ tool: 'addContact', args: { client: 'Kestrel Analytics', name: 'Dev Patel', email: 'dev@kestrel.io', jobTitle: 'producer' } }]);
  });

  it('takes the job said before the name', () => {
    expect(read('add their accountant Lars Holm to Tern Bay Co, lars@ternbay.co'))
      .toEqual([{ tool: 'addContact', args: expect.objectContaining({ name: 'Lars Holm', jobTitle: 'accountant', role: 'finance' }) }]);
  });
});

describe('a client named', () => {
  it("changes the client's reminders when no group is said", () => {
    expect(read('Bruckner GmbH should get firm reminders')).toEqual([{ tool: 'updateClient', args: { client: 'Bruckner GmbH', reminderTone: 'firm' } }]);
  });

  it("shows a known client named alone, and asks about a name it doesn't know", () => {
    expect(read('Kestrel Analytics')).toEqual([{ tool: 'showClient', args: { client: 'Kestrel Analytics' } }]);
    expect(read('kestrel analytics?')).toEqual([{ tool: 'showClient', args: { client: 'Kestrel Analytics' } }]);
    expect(read('Nowhere Labs')).not.toEqual([expect.objectContaining({ tool: 'createClient' })]);
  });

  it('reads "what happened with X lately" as its history', () => {
    expect(read('what happened with Tern Bay Co lately')).toEqual([{ tool: 'listActivity', args: { client: 'Tern Bay Co' } }]);
  });

  it('marks a follow-up done in other words', () => {
    for (const text of ['done with the Tern Bay Co follow-up', 'tick off the Tern Bay Co follow-up', 'the Tern Bay Co follow-up is done']) {
      expect(read(text), text).toEqual([{ tool: 'completeFollowUp', args: { client: 'Tern Bay Co' } }]);
    }
  });

  it('keeps what a follow-up is about, said after its day', () => {
    expect(read('follow up with Tern Bay Co next Monday re the storyboard'))
      .toEqual([{ tool: 'addFollowUp', args: expect.objectContaining({ client: 'Tern Bay Co', text: 'Follow up with Tern Bay Co re the storyboard' }) }]);
  });
});

describe('what a message and an invoice say', () => {
  it("keeps a message's closing thanks, which is said to the client", () => {
    expect(read('let Tern Bay Co know through the portal: invoice is settled, thanks!'))
      .toEqual([{ tool: 'messageClient', args: { client: 'Tern Bay Co', text: 'invoice is settled, thanks!' } }]);
  });

  it('reads lower-case words after the amount as what the invoice is for, a capitalised name as a project', () => {
    expect(read('raise an invoice to Wattle & Gum Pty Ltd, A$6,500, packaging design'))
      .toEqual([{ tool: 'createInvoice', args: { client: 'Wattle & Gum Pty Ltd', amount: 6500, currency: 'AUD', description: 'packaging design' } }]);
  });
});
