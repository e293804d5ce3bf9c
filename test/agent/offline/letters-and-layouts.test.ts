// Commands written as letters ("Dear Assistant, ... Kind regards, Margaret") or as notes with slashes and labels,
// and names the tagger cut short or ran together: a group's second word, a person "of" a company, a document
// "titled ...", an invoice "against the ... project".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { withoutCourtesies } from '../../../src/agent/offline/nlu/strip-courtesies';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe("a letter's courtesies are not part of the command", () => {
  it.each([
    ['Dear Assistant, Would you kindly archive Fernhill Bakery. Kind regards, Margaret', 'Would you kindly archive Fernhill Bakery.'],
    ['Good morning. Please make GBP the default currency. Thank you.', 'Please make GBP the default currency.'],
    ['Dear Sir, please add Mr. Ben Okafor to Fernhill Bakery as a contact? Harold', 'please add Mr. Ben Okafor to Fernhill Bakery as a contact?'],
    ['Dear Assistant, please mark Fernhill Bakery as inactive, if you please. Regards, Cynthia', 'please mark Fernhill Bakery as inactive,'],
    ['Dear Sir/Madam, Please archive Fernhill Bakery. Thank you.', 'Please archive Fernhill Bakery.'],
  ])('%s', (text, command) => {
    expect(withoutCourtesies(text)).toBe(command);
  });
  it.each([
    'bitte Notiz zu Hoffmann & Partner: Jahresabschluss bis 31. März',
    'make Lena the primary contact at Nordlicht Brauerei GmbH & Co. KG',
    'message Acme: thank you very much',
    'Best Bakery is a new client',
    'thanks',
  ])('keeps what belongs to the command: %s', (text) => {
    expect(withoutCourtesies(text)).toBe(text);
  });
  it('a street after "of" is the address, not part of the new client\'s name', () => {
    expect(callsOf('Good Morning. I should like to add a New Customer to my books, namely Thistledown Bakery of 3 Market Street, Kendal, Cumbria, LA9 4QE. Yours faithfully, Margaret Ellison'))
      .toEqual([{ tool: 'createClient', args: { name: 'Thistledown Bakery', address: { line1: '3 Market Street', city: 'Kendal', region: 'Cumbria', postalCode: 'LA9 4QE' } } }]);
  });
  it('a place after a legal form and "of" is where the new client is', () => {
    expect(callsOf('I should like to add Lindqvist Bygg AB of Uppsala, Sweden as a New Customer')).toEqual([
      { tool: 'createClient', args: { name: 'Lindqvist Bygg AB', address: { city: 'Uppsala', country: 'SE' } } },
    ]);
  });
  it('the greeting after "/client" is not the client either', () => {
    expect(callsOf('/client Dear Assistant, kindly mark Ashby Veterinary Group as Dormant for the time being. Kind regards, Margaret')).toEqual([
      { tool: 'updateClient', args: { client: 'Ashby Veterinary Group', status: 'inactive' } },
    ]);
  });
  it('a question asked after a greeting and "please could you tell me" is the question', () => {
    expect(callsOf('Dear Assistant, please could you tell me why Mossley Print Works receives such firm Reminders? Regards, Ken')).toEqual([
      { tool: 'explainSettings', args: { client: 'Mossley Print Works', setting: 'reminderTone' } },
    ]);
  });
  it('the greeting is never taken for the client', () => {
    expect(callsOf('Dear Assistant, Would you kindly archive Fernhill Bakery. Kind regards, Margaret')).toEqual([{ tool: 'archiveClient', args: { client: 'Fernhill Bakery' } }]);
  });
});

describe('names as written in notes and lists', () => {
  it('a group name goes on to the word "group" or a comma', () => {
    expect(callsOf('create a group Enterprise logos, USD, net 45')).toEqual([{ tool: 'createGroup', args: { name: 'Enterprise logos', currency: 'USD', paymentTerms: 45 } }]);
    expect(callsOf('Enterprise logos group: tone neutral')).toEqual([{ tool: 'updateGroup', args: { group: 'Enterprise logos', reminderTone: 'neutral' } }]);
    expect(callsOf('put Acme in the agencies group')[0].args.group).toBe('agencies');
  });
  it('a slash ends a name', () => {
    expect(callsOf('Portal access: Kiwi Crate Co / Mere Tane / off')[0].args).toMatchObject({ client: 'Kiwi Crate Co', enabled: false });
  });
  it('a person "of" or "from" a company is the contact at the client', () => {
    expect(callsOf('Please disable portal for Luis Ortega of Grupo Alameda')).toEqual([{ tool: 'setPortalAccess', args: { enabled: false, contact: 'Luis Ortega', client: 'Grupo Alameda' } }]);
    expect(callsOf('invite Ana Ruiz from Solaria Energía SL to the portal')).toEqual([{ tool: 'invitePortal', args: { contact: 'Ana Ruiz', client: 'Solaria Energía SL' } }]);
  });
  it('an institution with "of" in its name stays whole', () => {
    expect(callsOf('disable portal for University of Leeds')[0].args).toEqual({ enabled: false, client: 'University of Leeds' });
  });
});

describe('fields named in so many words', () => {
  it('a document "titled" or "as" a quoted name has that title', () => {
    expect(callsOf("attach ./docs/acme-msa.pdf to Acme Corp as 'Master Agreement'")[0].args).toMatchObject({ title: 'Master Agreement' });
    expect(callsOf('upload contract.pdf to Globex titled Signed SOW, keep internal')[0].args).toMatchObject({ title: 'Signed SOW', shared: false });
  });
  it('an invoice "against the ... project" is for that project', () => {
    expect(callsOf('bill Cobalt Labs $7,250 against the Phase 2 Rollout project, due end of month')[0].args).toMatchObject({ client: 'Cobalt Labs', amount: 7250, project: 'Phase 2 Rollout' });
  });
});

describe('what a note says and what a thing is renamed to', () => {
  it('a note after "<client>:" or in quotes', () => {
    expect(callsOf('Log a note on Fernhill Bakery: per our call, they want to revisit pricing in Q1')).toEqual([
      { tool: 'addNote', args: { client: 'Fernhill Bakery', text: 'per our call, they want to revisit pricing in Q1' } },
    ]);
    expect(callsOf('Write in the notes of Fernhill Bakery that "the owner prefers WhatsApp"')[0].args).toEqual({ client: 'Fernhill Bakery', text: 'the owner prefers WhatsApp' });
  });
  it('a rename takes the name after "to"', () => {
    expect(callsOf('Rename the APAC Accounts group to APJ Accounts')).toEqual([{ tool: 'updateGroup', args: { group: 'APAC Accounts', name: 'APJ Accounts' } }]);
  });
  it("the workspace's name after \"name\"", () => {
    expect(callsOf('Workspace name → "Fieldnote Studio"')).toEqual([{ tool: 'updateWorkspace', args: { name: 'Fieldnote Studio' } }]);
  });
});

describe('a change that names its one value in plain words', () => {
  it('"set them inactive" after a client named before', () => {
    expect(callsOf('unarchive Copperhill Brewing + set them inactive')).toEqual([
      { tool: 'unarchiveClient', args: { client: 'Copperhill Brewing' } },
      { tool: 'updateClient', args: { client: 'Copperhill Brewing', status: 'inactive' } },
    ]);
  });
  it("a contact's title", () => {
    expect(callsOf('hmm, could Hana Kobayashi\'s title be "Studio Manager" at Fernhill Bakery?')[0].args).toEqual({ contact: 'Hana Kobayashi', client: 'Fernhill Bakery', jobTitle: 'Studio Manager' });
  });
  it("the workspace's payment terms in days", () => {
    expect(callsOf('/client could we make payments due in 21 days by default for the whole workspace?')).toEqual([{ tool: 'updateWorkspace', args: { paymentTerms: 21 } }]);
  });
});
