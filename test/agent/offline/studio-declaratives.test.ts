// A producer's document and portal work and a team's news said as facts (corpus/tune/voices-x, -y), said here in
// other words and names: a document named as it is added or deleted, a person's job said with "as", a client's
// worth, and a new person at a client told as who they are there.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Saffron Row', 'Hollis Wharf Ltd'], contacts: ['Ben Achterberg'], groups: [], members: ['Dana Reyes'] }, new Date('2026-12-08T12:00:00Z'));

describe('documents named as they are added or deleted', () => {
  it('takes the title said after "call it", unquoted', () => {
    expect(read('upload ./notes/kickoff.pdf to Saffron Row, keep it internal, call it Kickoff Notes')).toEqual([
      { tool: 'addDocument', args: { client: 'Saffron Row', file: './notes/kickoff.pdf', shared: false, title: 'Kickoff Notes' } }]);
  });

  it('names the document after "called"', () => {
    expect(read('delete the document called Budget Draft 2 from Hollis Wharf Ltd')).toEqual([
      { tool: 'deleteDocument', args: { client: 'Hollis Wharf Ltd', document: 'Budget Draft 2' } }]);
  });
});

describe('people and facts about a client', () => {
  it('adds a person with their job, and access given after is a call of its own', () => {
    expect(read('add Mia Larsen to Saffron Row as editor, mia@saffronrow.dk, and give her portal access')).toEqual([
      { tool: 'addContact', args: { client: 'Saffron Row', name: 'Mia Larsen', email: 'mia@saffronrow.dk', jobTitle: 'editor' } },
      { tool: 'setPortalAccess', args: { client: 'Saffron Row', contact: 'Mia Larsen', enabled: true } }]);
  });

  it("reads what a client is worth a year, where the classifier was unsure", () => {
    expect(read('Hollis Wharf Ltd is worth roughly £30k a year to us')).toEqual([
      { tool: 'updateClient', args: { client: 'Hollis Wharf Ltd', value: 30000, currency: 'GBP' } }]);
  });

  it('adds a new person told as who they are on the client\'s side, with their email', () => {
    expect(read('Kenji Ito is the CTO on the Hollis Wharf Ltd side, kenji@holliswharf.co.uk')).toEqual([
      { tool: 'addContact', args: { client: 'Hollis Wharf Ltd', name: 'Kenji Ito', email: 'kenji@holliswharf.co.uk', jobTitle: 'CTO', role: 'technical_lead' } }]);
  });

  it("reads a client's owner with an email as the person who runs it, and without one as a teammate", () => {
    expect(read("Saffron Row's owner is Lars Holm, lars@saffronrow.dk")).toEqual([
      { tool: 'addContact', args: { client: 'Saffron Row', name: 'Lars Holm', email: 'lars@saffronrow.dk', role: 'decision_maker' } }]);
    expect(read("Saffron Row's owner is Dana Reyes")).toEqual([{ tool: 'updateClient', args: { client: 'Saffron Row', owner: 'Dana Reyes' } }]);
  });
});

describe('the currency a client is billed in', () => {
  it('sets it when said with no amount, explains it when asked, and asks the amount of an invoice', () => {
    expect(read('Hollis Wharf Ltd should invoice in EUR whatever its group says')).toEqual([{ tool: 'updateClient', args: { client: 'Hollis Wharf Ltd', currency: 'EUR' } }]);
    expect(read('why is Hollis Wharf Ltd billed in EUR?')).toEqual([{ tool: 'explainSettings', args: { client: 'Hollis Wharf Ltd', setting: 'currency' } }]);
    expect(read('bill Hollis Wharf Ltd in EUR')).toEqual(expect.stringContaining('How much'));
  });
});
