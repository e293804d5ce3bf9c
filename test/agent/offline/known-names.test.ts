// The workspace's names, as the agent hands them to the offline reader on every turn: a known name wins over the
// tagger's guess of where a name starts and ends, but never takes the punctuation around it (the gazetteer spells
// names ignoring punctuation, and "Status update: Ostrava Steelworks a.s. →" had become the client ": Ostrava
// Steelworks a.s. →"), keeps a name's own closing "." and leaves a longer name with its legal form alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../src/agent/eval-workspace';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Halcyon', 'Nguyen Trading Co., Ltd.', 'Ostrava Steelworks a.s.', 'Kiwi Crate Co', 'Holmberg Arkitekter', 'Patel & Sons Ltd.', 'Northwind Traders', 'Mwangi Logistics'],
  contacts: ['Mira', 'Mere Tane', 'Erik Lindqvist', 'Lars Berg'], groups: ['Nordics'],
};
const callsOf = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('known names read without the punctuation around them', () => {
  it.each([
    ['Status update: Ostrava Steelworks a.s. → inactive', [{ tool: 'updateClient', args: { client: 'Ostrava Steelworks a.s.', status: 'inactive' } }]],
    ['Holmberg Arkitekter → group Nordics', [{ tool: 'updateClient', args: { client: 'Holmberg Arkitekter', group: 'Nordics' } }]],
    ['Payment log: Mwangi Logistics KES 350,000 on 3 April', [{ tool: 'recordPayment', args: { client: 'Mwangi Logistics', amount: 350000, date: '2026-04-03' } }]],
    ['Holmberg Arkitekter; remove contact Lars Berg (left the firm)', [{ tool: 'removeContact', args: { client: 'Holmberg Arkitekter', contact: 'Lars Berg' } }]],
    ['Portal access: Kiwi Crate Co / Mere Tane / off', [{ tool: 'setPortalAccess', args: { client: 'Kiwi Crate Co', contact: 'Mere Tane', enabled: false } }]],
    ['please issue a new portal link for Patel & Sons Ltd.', [{ tool: 'regeneratePortalLink', args: { client: 'Patel & Sons Ltd.' } }]],
    ['can u invite Mira @ Halcyon to the portal', [{ tool: 'invitePortal', args: { client: 'Halcyon', contact: 'Mira' } }]],
    ['Enable the portal for Nguyen Trading Co., Ltd. please', [{ tool: 'setPortalAccess', args: { client: 'Nguyen Trading Co., Ltd.', enabled: true } }]],
  ])('%s', (text, calls) => {
    expect(callsOf(text)).toEqual(calls);
  });

  it('a new client whose name is a known one with its legal form after it keeps its whole name', () => {
    expect(callsOf('add Northwind Traders Inc. as a new client')).toEqual([{ tool: 'createClient', args: { name: 'Northwind Traders Inc.' } }]);
  });
});

describe("a quote or invoice named by its client, the client known", () => {
  it.each([
    ['send the Ivel Valley Brewing invoice', [{ tool: 'sendInvoice', args: { invoice: 'Ivel Valley Brewing' } }]],
    ['send the quote to mokoena builders', [{ tool: 'sendQuote', args: { quote: 'mokoena builders' } }]],
    ['Resend the Ostrava Steelworks a.s. invoice, their AP team lost it', [{ tool: 'sendInvoice', args: { invoice: 'Ostrava Steelworks a.s.' } }]],
    ['send the Kiwi Crate Co invoice + the Halcyon one', [{ tool: 'sendInvoice', args: { invoice: 'Kiwi Crate Co' } }, { tool: 'sendInvoice', args: { invoice: 'Halcyon' } }]],
  ])('%s', (text, calls) => {
    const d = readMessage(text, { today: READ_DAY, memory: {}, known: { ...known, clients: [...known.clients, 'Ivel Valley Brewing', 'Mokoena Builders'] } });
    expect(d).toEqual({ kind: 'calls', calls });
  });
});

describe('a reflexive after a name', () => {
  it('"asked to see the pricing sheet themselves" shares the pricing sheet', () => {
    const d = readMessage('Vellacott Joinery asked to see the pricing sheet themselves, could you share it with them in the portal?', {
      today: READ_DAY, memory: {}, known: { clients: ['Vellacott Joinery'], contacts: [], groups: [] },
    });
    expect(d).toEqual({ kind: 'calls', calls: [{ tool: 'shareDocument', args: { client: 'Vellacott Joinery', document: 'pricing sheet', shared: true } }] });
  });
});

describe("the eval's workspace (npm run eval -- FILE --workspace)", () => {
  it('holds the names a case refers to, not those it creates, among other names', () => {
    const ws = workspaceOf({
      id: 'x', today: '2026-06-01', channel: 'web', text: '',
      expect: [
        { tool: 'createClient', args: { name: 'Lumen Forge' } },
        { tool: 'addContact', args: { client: 'Lumen Forge', name: 'Ada Lovelace' } },
        { tool: 'updateContact', args: { client: 'Harbormist', contact: 'Grace Hopper' } },
        { tool: 'updateClient', args: { client: 'Harbormist', group: 'Nordics' } },
      ],
    });
    expect(ws.clients).toContain('Harbormist');
    expect(ws.clients).not.toContain('Lumen Forge');
    expect(ws.contacts).toContain('Grace Hopper');
    expect(ws.contacts).not.toContain('Ada Lovelace');
    expect(ws.groups).toContain('Nordics');
    expect(ws.clients.length).toBeGreaterThan(10);
  });
});

describe('a status written as a label before the clients it is for', () => {
  const clients = ['Cobalt Ridge Mining Pty Ltd', 'Lantern Books', 'Old Pier Cafe', 'Juniper Fitness Ltd'];
  const read = (text: string, names = clients) => readMessage(text, { today: READ_DAY, memory: {}, known: { clients: names, contacts: [], groups: [] } });
  it.each([
    ['<@U07BOT123> churned: Cobalt Ridge Mining Pty Ltd', [{ tool: 'updateClient', args: { client: 'Cobalt Ridge Mining Pty Ltd', status: 'past' } }]],
    ['dormant: Lantern Books, Old Pier Cafe', [{ tool: 'updateClient', args: { client: 'Lantern Books', status: 'inactive' } }, { tool: 'updateClient', args: { client: 'Old Pier Cafe', status: 'inactive' } }]],
    ['inactive -&gt; active: Juniper Fitness Ltd', [{ tool: 'updateClient', args: { client: 'Juniper Fitness Ltd', status: 'active' } }]],
  ])('%s', (text, calls) => {
    expect(read(text)).toEqual({ kind: 'calls', calls });
  });
  it('changes nothing for names the workspace does not have', () => {
    expect(read('dormant: Lantern Books, Old Pier Cafe', ['Lantern Books']).kind).toBe('reply');
  });
});
