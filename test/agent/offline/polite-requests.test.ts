// Polite requests with what they ask for in their words: "is it possible to set X's terms to 45 days?" is a change,
// "archived clients as well" includes the archived, and a CSV file named with spaces in it is the whole name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { withMentionedMember } from '../../../src/agent/offline/nlu/read-polarity';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY, readingOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('polite requests', () => {
  it('changes a setting asked for with its value, and still explains one asked "why"', () => {
    expect(callsOf("hmm, is it possible to set Oren Vale's payment terms to 45 days?")).toEqual([{ tool: 'updateClient', args: { client: 'Oren Vale', paymentTerms: 45 } }]);
    expect(callsOf('why is Oren Vale on 45 days?')[0].tool).toBe('explainSettings');
  });

  it("changes the workspace's own setting asked for politely", () => {
    expect(callsOf("is there a way to change the workspace's reminder tone to neutral?")).toEqual([{ tool: 'updateWorkspace', args: { reminderTone: 'neutral' } }]);
    expect(callsOf('is it ok to set the workspace currency to CHF?')).toEqual([{ tool: 'updateWorkspace', args: { currency: 'CHF' } }]);
  });

  it('reads the request after "would it be possible to" when the whole reads unsure', () => {
    expect(callsOf('would it be possible to see who I added since April?')).toEqual([{ tool: 'findClients', args: { createdFrom: '2026-04-01' } }]);
    expect(callsOf("is it possible to remove Tiago from Lisboa Prints? he's not there anymore")).toEqual([{ tool: 'removeContact', args: { client: 'Lisboa Prints', contact: 'Tiago' } }]);
  });

  it('reads the request after "would you be so kind as to", "do you think you could", "I should like to"', () => {
    const known = { clients: ['Harcourt Bros.', 'Nordvik Design AB'], contacts: ['Sanna'], groups: ['Trade Accounts'] };
    const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });
    expect(read('Would you be so kind as to put Harcourt Bros. into the Group called Trade Accounts? Regards, Cedric'))
      .toEqual({ kind: 'calls', calls: [{ tool: 'updateClient', args: { client: 'Harcourt Bros.', group: 'Trade Accounts' } }] });
    expect(read('do you think you could invite Sanna to the Nordvik Design AB portal?'))
      .toEqual({ kind: 'calls', calls: [{ tool: 'invitePortal', args: { client: 'Nordvik Design AB', contact: 'Sanna' } }] });
    // A question about the product stays a question.
    expect(read('Can you tell me how invoice numbering works (INV-xxxx)? Is it per workspace or per client?').kind).toBe('reply');
  });

  it('reads a request put as a question about us, after "/client" too, and a hedged second action', () => {
    const known = { clients: ['Sakura Print K.K.', 'Copperleaf Interiors', 'Tidal Studio Oy', 'Zanele Khumalo', 'Padaria Central Lda'], contacts: ['Imogen Vance'], groups: [] };
    const calls = (text: string) => {
      const d = readMessage(text, { today: READ_DAY, memory: {}, known });
      return d.kind === 'calls' ? d.calls : d.text;
    };
    expect(calls('could we possibly add Jun Watanabe from Sakura Print K.K. as a contact? jun@sakuraprint.jp'))
      .toEqual([{ tool: 'addContact', args: { client: 'Sakura Print K.K.', name: 'Jun Watanabe', email: 'jun@sakuraprint.jp' } }]);
    expect(calls('hmm, can we hide "Rate card 2025" from the Copperleaf Interiors portal?'))
      .toEqual([{ tool: 'shareDocument', args: { client: 'Copperleaf Interiors', document: 'Rate card 2025', shared: false } }]);
    expect(calls('would it be ok to set the website of Tidal Studio Oy to tidalstudio.fi?')).toEqual([{ tool: 'updateClient', args: { client: 'Tidal Studio Oy', website: 'tidalstudio.fi' } }]);
    expect(calls('/client would it be possible to bill Sakura Print K.K. in yen from now on?')).toEqual([{ tool: 'updateClient', args: { client: 'Sakura Print K.K.', currency: 'JPY' } }]);
    // "maybe" before the second action had been read as its client.
    expect(calls('could we add Sipho Ndlovu to Zanele Khumalo as the billing person (sipho@khumalo.co.za) and maybe remove the old accounts@khumalo.co.za address?')).toEqual([
      { tool: 'addContact', args: { client: 'Zanele Khumalo', name: 'Sipho Ndlovu', email: 'sipho@khumalo.co.za', role: 'finance' } },
      { tool: 'removeContact', args: { client: 'Zanele Khumalo', contact: 'accounts@khumalo.co.za' } },
    ]);
    expect(calls('Padaria Central Lda has payed the 980 euros, please register it')).toEqual([{ tool: 'recordPayment', args: { client: 'Padaria Central Lda', amount: 980 } }]);
  });

  it('renames the workspace asked as a question, and reads "I want that ..."', () => {
    expect(callsOf('is it possible to rename our workspace to Fieldnote Studio?')).toEqual([{ tool: 'updateWorkspace', args: { name: 'Fieldnote Studio' } }]);
    expect(callsOf('I want that Francesca becomes a normal member, not admin')).toEqual([{ tool: 'setMemberRole', args: { member: 'Francesca', role: 'member' } }]);
  });

  it('reads a team role said of a Slack member as that member\'s role change', () => {
    const read = readingOf("could @U0ZZ98XY1 be an owner too ? we're partners now", [{ slot: 'teamRole', text: 'owner' }], 'updateClient');
    expect(withMentionedMember(read.clauses[0]).ranking[0].label).toBe('setMemberRole');
    const client = readingOf('could Acme be an owner too ?', [{ slot: 'client', text: 'Acme' }, { slot: 'teamRole', text: 'owner' }], 'updateClient');
    expect(withMentionedMember(client.clauses[0]).ranking[0].label).toBe('updateClient');
  });

  it('lists the archived clients with the rest when asked for them "as well"', () => {
    expect(callsOf('is there a way to see archived clients as well?')).toEqual([{ tool: 'findClients', args: { archived: 'all' } }]);
    expect(callsOf('show archived clients')).toEqual([{ tool: 'findClients', args: { archived: 'archived' } }]);
  });

  it('lists the clients added since the day said', () => {
    expect(callsOf('Hello, Kindly show me the Clients I have put in since the start of the year.')).toEqual([{ tool: 'findClients', args: { createdFrom: '2026-01-01' } }]);
    expect(callsOf('clients added since 3 February')).toEqual([{ tool: 'findClients', args: { createdFrom: '2026-02-03' } }]);
  });

  it('imports the CSV file named, spaces in its name kept', () => {
    expect(callsOf('could you bring in the contacts from ~/Downloads/crm export.csv?')).toEqual([{ tool: 'importCsv', args: { file: '~/Downloads/crm export.csv' } }]);
  });
});

describe('a letter\'s greeting and "kindly"', () => {
  it('leave the request itself to be read', () => {
    expect(callsOf('Hello, Kindly email INV-0077 to them. That will be all.')).toEqual([{ tool: 'sendInvoice', args: { invoice: 'INV-0077' } }]);
  });
});

