// Where the tagger's edges are plainly off, the writing around a span mends them: brackets close, a sentence's full
// stop is not part of a name, a capitalised "The" inside a sentence is, and a note after "<client>:" is all of its
// sentence. On/off commands take the polarity their words say, and a payment takes the day it was paid.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('span edges mended by the writing around them', () => {
  it('a note after "<client>:" keeps its brackets and runs to the end of its sentence', () => {
    expect(callsOf('note for Brackenridge Farms: contact (Oliver) is away until March, ask again in spring')).toEqual([
      { tool: 'addNote', args: { client: 'Brackenridge Farms', text: 'contact (Oliver) is away until March, ask again in spring' } },
    ]);
  });

  it('a name starting with an apostrophe word ("O\'Connell") keeps it', () => {
    expect(callsOf("hey! O'Connell Brewing Ltd emailed me back, they're keen. add them as a lead pls")).toEqual([
      { tool: 'createClient', args: { name: "O'Connell Brewing Ltd", status: 'lead' } },
    ]);
  });

  it('a message after "<client>:" keeps its first word', () => {
    expect(callsOf('message Fenwick Optics: your March statement is ready in the portal')).toEqual([
      { tool: 'messageClient', args: { client: 'Fenwick Optics', text: 'your March statement is ready in the portal' } },
    ]);
  });

  it('a quoted message is said whole, its commas and "and" included', () => {
    expect(callsOf('message Ardent Dental: "Thanks for the visit, and see you in June."')).toEqual([
      { tool: 'messageClient', args: { client: 'Ardent Dental', text: 'Thanks for the visit, and see you in June.' } },
    ]);
  });

  it("a sentence's full stop after a name is not part of it; a legal form's is", () => {
    expect(callsOf('client lost: Westbrook Bistro. mark them past')).toEqual([{ tool: 'updateClient', args: { client: 'Westbrook Bistro', status: 'past' } }]);
    expect(callsOf('Enable the portal for Hanoi Trading Co., Ltd. and invite Mai Tran.')[0].args.client).toBe('Hanoi Trading Co., Ltd.');
  });

  it('a capitalised "The" inside a sentence is part of the name, a sentence\'s first "The" is not read into it', () => {
    expect(callsOf('kindly move The Copper Kettle Cafe back out of the archive')).toEqual([{ tool: 'unarchiveClient', args: { client: 'The Copper Kettle Cafe' } }]);
  });
});

describe('on or off as the words say', () => {
  it.each([
    ['could you switch portal access on for Lumen Forge?', 'setPortalAccess', { client: 'Lumen Forge', enabled: true }],
    ['set the portal active for Oakhurst Mills', 'setPortalAccess', { client: 'Oakhurst Mills', enabled: true }],
    ['turn off portal for Kestrel Row', 'setPortalAccess', { client: 'Kestrel Row', enabled: false }],
    ['no longer share the SOW with Kestrel Row', 'shareDocument', { client: 'Kestrel Row', document: 'SOW', shared: false }],
  ])('%s', (text, tool, args) => {
    expect(callsOf(text)).toEqual([{ tool, args }]);
  });

  it('a contact named as the client itself is the client', () => {
    expect(callsOf('activate the portal for Fenwick Optics and invite Fenwick Optics to it')).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Fenwick Optics', enabled: true } }, { tool: 'invitePortal', args: { client: 'Fenwick Optics' } },
    ]);
  });
});

describe('details a payment and a slash command carry', () => {
  it('a payment "yesterday" is dated yesterday; "both ... today" dates each payment', () => {
    expect(callsOf('Ivy & Sage paid $900 yesterday')).toEqual([{ tool: 'recordPayment', args: { client: 'Ivy & Sage', amount: 900, date: '2026-05-31' } }]);
    expect(callsOf('record 1,200 on INV-0051 and 800 on INV-0052, both came in today').map((c) => c.args.date)).toEqual(['2026-06-01', '2026-06-01']);
  });

  it('"/client status" names no new lead', () => {
    const d = readMessage('/client status', { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
  });

  it("a new client's main contact is never invited to the team", () => {
    expect(callsOf('Can we get Ostrava Lamps s.r.o. set up? Main POC is Pavel Novak, pavel@ostravalamps.cz')).toEqual([
      { tool: 'createClient', args: { name: 'Ostrava Lamps s.r.o.', contactName: 'Pavel Novak', email: 'pavel@ostravalamps.cz' } },
    ]);
  });
});

describe('ranges, references and names that run on', () => {
  it('"starts Mar 1 and ends Feb 28 next year": each end of the range, the second in next year', () => {
    expect(callsOf('Calder Mills renewed: the contract starts Mar 1 and ends Feb 28 next year')).toEqual([
      { tool: 'updateClient', args: { client: 'Calder Mills', startDate: '2026-03-01', endDate: '2027-02-28' } },
    ]);
  });

  it('"remove X from Y and add Z instead" adds Z as a contact of Y, not as a new client', () => {
    expect(callsOf('remove Priya from Halden Energi and add Tomas Berg instead, tomas@halden.no')).toEqual([
      { tool: 'removeContact', args: { client: 'Halden Energi', contact: 'Priya' } },
      { tool: 'addContact', args: { client: 'Halden Energi', name: 'Tomas Berg', email: 'tomas@halden.no' } },
    ]);
  });

  it('an invoice is its reference, not the currency written after it', () => {
    expect(callsOf('paid INV-0142 EUR 1,250')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0142', amount: 1250 } }]);
  });

  it('a client\'s name ends where the sentence goes on in lower case', () => {
    expect(callsOf('Marta at Corvid Labs also runs billing now, set her as billing contact')[0].args.client).toBe('Corvid Labs');
  });
});

describe('an invoice or quote said with what it is for and "send it"', () => {
  it('the words after the amount are what an invoice is for', () => {
    expect(callsOf('Brackenridge Farms: bill €1,900 spring retainer due Mar 5')).toEqual([
      { tool: 'createInvoice', args: { client: 'Brackenridge Farms', amount: 1900, currency: 'EUR', dueDate: '2027-03-05', description: 'spring retainer' } },
    ]);
  });

  it('"and send it" sends the invoice or quote just made (a send waits for a click like every send)', () => {
    expect(callsOf('invoice Harbour Lights NZ$8,000 setup fee and send it')).toEqual([
      { tool: 'createInvoice', args: { client: 'Harbour Lights', amount: 8000, currency: 'NZD', description: 'setup fee' } },
      { tool: 'sendInvoice', args: { invoice: 'Harbour Lights' } },
    ]);
    expect(callsOf('Calder Mills: invoice 1.800,00 € (Wartung) due 15.07.; then send')).toEqual([
      { tool: 'createInvoice', args: { client: 'Calder Mills', amount: 1800, currency: 'EUR', dueDate: '2026-07-15', description: 'Wartung' } },
      { tool: 'sendInvoice', args: { invoice: 'Calder Mills' } },
    ]);
    expect(callsOf('could I invoice Harbour Lights $640 for the spring flyers and then send it over?').map((c) => c.tool)).toEqual(['createInvoice', 'sendInvoice']);
    expect(callsOf('quote Calder Mills £2,400 for the audit and send it to them')).toEqual([
      { tool: 'createQuote', args: { client: 'Calder Mills', amount: 2400, currency: 'GBP', title: 'audit' } },
      { tool: 'sendQuote', args: { quote: 'Calder Mills' } },
    ]);
  });

  it('an invoice or quote said to be ready is sent, not made again', () => {
    expect(callsOf('invoice for Marlow Kitchens is ready, ship it')).toEqual([{ tool: 'sendInvoice', args: { invoice: 'Marlow Kitchens' } }]);
    expect(callsOf('quote for Fernhill Studio is final, email it')).toEqual([{ tool: 'sendQuote', args: { quote: 'Fernhill Studio' } }]);
    expect(callsOf('invoice Fernhill $500, it\'s ready so send it').map((c) => c.tool)).toEqual(['createInvoice', 'sendInvoice']);
  });

  it('a send verb that ends what the invoice is for ("photo shoot", "newsletter email") sends nothing', () => {
    expect(callsOf('invoice Fernhill £1.2k for the March photo shoot')).toEqual([
      { tool: 'createInvoice', args: { client: 'Fernhill', amount: 1200, currency: 'GBP', description: 'March photo shoot' } },
    ]);
    expect(callsOf('invoice Bloom & Vine £300 for the newsletter email').map((c) => c.tool)).toEqual(['createInvoice']);
  });
});

describe('a form typed on several lines', () => {
  it('a line break ends the name before it', () => {
    expect(callsOf('New client: Harlow Print Ltd\nCity: Leeds, UK\nCurrency: GBP')).toEqual([
      { tool: 'createClient', args: { name: 'Harlow Print Ltd', currency: 'GBP', address: { city: 'Leeds', country: 'GB' } } },
    ]);
  });
});

describe('words that rule a reading in or out', () => {
  it('"from prospect to active" takes the last status said', () => {
    expect(callsOf('Per our QBR, Halden Energi is moving from prospect to active')).toEqual([{ tool: 'updateClient', args: { client: 'Halden Energi', status: 'active' } }]);
  });

  it('a sentence-opening adverb is not part of the name', () => {
    expect(callsOf('Unfortunately Westbrook Bistro churned, mark them past')).toEqual([{ tool: 'updateClient', args: { client: 'Westbrook Bistro', status: 'past' } }]);
  });

  it('a settings explanation is read from a question, not from a relayed request to change them', () => {
    expect(callsOf('why is Solvei Studio billed in EUR?')).toEqual([{ tool: 'explainSettings', args: { client: 'Solvei Studio', setting: 'currency' } }]);
    const d = readMessage('Jakub asked to put Solvei Studio on friendlier reminders', { today: READ_DAY, memory: {} });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('explainSettings');
  });

  it('a list asked for with no file is shown, not exported', () => {
    expect(callsOf('can I get the top accounts by revenue, need it for the board meeting')).toEqual([{ tool: 'findClients', args: { sort: 'revenue' } }]);
  });

  it('portal access is never turned off for a message that does not mention the portal', () => {
    const d = readMessage('Very sad news from Copper Kettle Cafe. Please mark them as a Former client.', { today: READ_DAY, memory: {} });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('setPortalAccess');
  });
});

describe('a name given in so many words', () => {
  it('a group "named ..." and a project after a colon get their names', () => {
    expect(callsOf('Good day. A new group please, named Northern Accounts. Thank you.')).toEqual([{ tool: 'createGroup', args: { name: 'Northern Accounts' } }]);
    expect(callsOf('Good morning. New project for Calder Mills, please: Roof Repairs. Thank you kindly')).toEqual([
      { tool: 'createProject', args: { client: 'Calder Mills', name: 'Roof Repairs' } },
    ]);
  });
});

describe('what is left when words rule the top reading out', () => {
  it('a lone reading that only reads is taken (an export changes nothing)', () => {
    expect(callsOf('Hello, Could you kindly export the customers into a CSV file for my accountant. Thanks')).toEqual([{ tool: 'exportCsv', args: {} }]);
  });

  it('payment terms in words', () => {
    expect(callsOf("The group Coastal Trade should now have Twenty-eight days' terms. Regards")).toEqual([
      { tool: 'updateGroup', args: { group: 'Coastal Trade', paymentTerms: 28 } },
    ]);
  });
});

describe('a label that names the action', () => {
  it('"X: note — ..." and "X — notes: ..." add a note, the label left out of it', () => {
    expect(callsOf('Corvid Labs: note — met at the Leeds fair; wants a demo in May')).toEqual([
      { tool: 'addNote', args: { client: 'Corvid Labs', text: 'met at the Leeds fair; wants a demo in May' } },
    ]);
    expect(callsOf('Harbour Lights — notes: closed over Easter')).toEqual([{ tool: 'addNote', args: { client: 'Harbour Lights', text: 'closed over Easter' } }]);
  });
});

describe('a group named as the label of a form-like line', () => {
  it('"Group Benelux: currency EUR" changes that group', () => {
    expect(callsOf('Group Benelux: currency EUR')).toEqual([{ tool: 'updateGroup', args: { group: 'Benelux', currency: 'EUR' } }]);
  });
});
