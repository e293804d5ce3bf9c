// A command about a client whose name the tagger did not mark: the name written as a name is found and acted on;
// a sentence's first word, a greeting, a relayer or a lower-case guess is not, and the reader asks instead.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import type { Clause } from '../../../src/agent/offline/nlu/command-reader';
import { looksLikeName } from '../../../src/agent/offline/nlu/find-client-name';
import { unsaid } from '../../../src/agent/offline/nlu/rule-out-intents';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a client named but not tagged', () => {
  it('"<Client> paid ..." records the payment from that client', () => {
    expect(callsOf('Quarrystone paid $900 yesterday')).toMatchObject([{ tool: 'recordPayment', args: { client: 'Quarrystone', amount: 900 } }]);
  });
  it.each([
    ['open up Quarry9 for me', 'showClient'],
    ['Archive Quarry9 please', 'archiveClient'],
  ])('%s', (text, tool) => {
    expect(callsOf(text)).toEqual([{ tool, args: { client: 'Quarry9' } }]);
  });
  it('of two people, the one after "of" is the company', () => {
    expect(callsOf('Add please Marco Rossi as contact of Officine Bassi, he is the project manager')[0])
      .toMatchObject({ tool: 'addContact', args: { client: 'Officine Bassi', name: 'Marco Rossi' } });
  });
  it('a name the tagger cut short goes on over its particle', () => {
    expect(callsOf("invoice for Boulangerie des Trois Ponts CHF 1'200.–, due in 30 days")[0].args)
      .toEqual({ client: 'Boulangerie des Trois Ponts', currency: 'CHF', amount: 1200, dueDate: '2026-07-01' });
  });
  it('a file shared is named whole, extension and all', () => {
    expect(callsOf("share brand_book_v3.pdf in Fernhill Bakery's portal")[0].args).toMatchObject({ document: 'brand_book_v3.pdf', client: 'Fernhill Bakery' });
  });
  it('a Slack mention is the member whose role changes', () => {
    expect(callsOf('downgrade <@U0ABCD1234> to member')).toEqual([{ tool: 'setMemberRole', args: { role: 'member', member: 'U0ABCD1234' } }]);
  });
});

describe('what is not a client name', () => {
  it.each(['Jakub said the client is fine with it', 'Going forward we only do renewals here'])('"%s" changes nothing', (text) => {
    expect(readMessage(text, { today: READ_DAY, memory: {} }).kind).toBe('reply');
  });
  it('the one a request is relayed for is not the client', () => {
    expect(callsOf('for Priya: archive Quarry9')).toEqual([{ tool: 'archiveClient', args: { client: 'Quarry9' } }]);
    expect(callsOf('Priya says Quarry9 paid 400 today')).toMatchObject([{ tool: 'recordPayment', args: { client: 'Quarry9', amount: 400 } }]);
  });
  it('a field named in capitals is not a client ("a new VAT ID")', () => {
    const d = readMessage('Zelený dům a syn s.r.o. has a new VAT ID: CZ12345678', { today: READ_DAY, memory: {} });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.args.client) : []).not.toContain('VAT ID');
    expect(d.kind).toBe('reply');
  });
  it.each([['Quarry9', true], ['Officine Bassi', true], ['Boulangerie des Trois Ponts', true], ['Dear Sir', false], ["I'm", false], ['Portal', false], ['Mrs', false], ['fernhill bakery', false]])(
    'looksLikeName(%s) is %s', (text, yes) => {
      expect(looksLikeName(text as string)).toBe(yes);
    },
  );
});

describe('the most destructive readings need their own words', () => {
  it('reads "has payed the 400 euros, please register it" as the payment, never a delete', () => {
    expect(callsOf('The client Fernhill Bakery has payed the 400 euros, please register it')).toEqual([{ tool: 'recordPayment', args: { client: 'Fernhill Bakery', amount: 400 } }]);
  });
  it.each([
    'Who is the contact person in Quarry Nine Ltd?',
    'Marta wants Fernhill Bakery enriched before the call',
  ])('"%s" is neither done nor offered as a delete, a new client or applied findings', (text) => {
    const d = readMessage(text, { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
    expect(d.kind === 'reply' && d.text).not.toMatch(/delete|add the client|apply website findings/);
  });
  it('reads a client asked to be "stood up in the system" as a new client, never a delete', () => {
    expect(callsOf("Let's get Fernhill Bakery Ltd stood up in the system, industry is food")).toEqual([
      { tool: 'createClient', args: { name: 'Fernhill Bakery Ltd', industry: 'food' } },
    ]);
  });
  it.each([
    ['createQuote', 'please make Pounds Sterling the default currency', true],
    ['createQuote', 'quote Fernhill Bakery 400 for the cake', false],
    ['setMemberRole', 'please make Pounds Sterling the currency for Fernhill', true],
    ['setMemberRole', 'make Jonas an admin', false],
    ['sendOutreach', 'Fernhill Bakery wants it by Friday', true],
    ['sendOutreach', 'send draft 12', false],
    ['archiveClient', 'what happens to Fernhill Bakery when I archive it?', true],
    ['createClient', 'Fernhill Bakery: hide pricing sheet from portal', true],
    ['createClient', 'Fernhill Bakery, Leeds, lead', false],
    ['createClient', 'neuer Kunde: Fernhill Bakery, Leeds', false],
    ['showClient', 'who is the contact at Fernhill Bakery?', false],
  ])('%s is ruled out by "%s": %s', (intent, text, out) => {
    expect(unsaid(intent, { text } as Clause)).toBe(out);
  });
  it.each([['delete Fernhill Bakery', 'deleteClient'], ['rm client Fernhill Bakery', 'deleteClient']])('"%s" still deletes', (text, tool) => {
    expect(callsOf(text)[0].tool).toBe(tool);
  });
});

describe('the contact and the client of a portal or contact command', () => {
  it('"should Nadia be the main contact for X?" names the contact', () => {
    expect(callsOf('should Nadia be the main contact for Lune & Loom now?')).toEqual([{ tool: 'updateContact', args: { contact: 'Nadia', primary: true, client: 'Lune & Loom' } }]);
  });
  it('a lone name in a portal invite is the client', () => {
    expect(callsOf('/client invite Harbormist to portal')).toEqual([{ tool: 'invitePortal', args: { client: 'Harbormist' } }]);
  });
  it('a yes/no question about the portal changes nothing', () => {
    expect(readMessage('is Fernhill Bakery on the portal yet?', { today: READ_DAY, memory: {} }).kind).toBe('reply');
    expect(unsaid('updateWorkspace', { text: 'is there a way to change the default currency to EUR?' } as Clause)).toBe(false);
  });
});
