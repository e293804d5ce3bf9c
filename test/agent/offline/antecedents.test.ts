// A name written in one sentence and pointed back to in the next ("... Kindly open a project for them"), a team
// member named as the subject of a role change, and a numbered invoice or quote that says which one is sent.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { withClientBeforePronoun, withNamedMember, withoutPronounName, withPossessiveClient } from '../../../src/agent/offline/nlu/find-antecedent';
import { withNeededClient } from '../../../src/agent/offline/nlu/find-client-name';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY, readingOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('what a pronoun and a subject point back to', () => {
  it('takes the client named in the sentence before "them", when the tagger marked only the pronoun', () => {
    const read = readingOf('Halden Marine have finished the refit . Kindly open a Project for them called Dry Dock', [{ slot: 'client', text: 'them' }, { slot: 'project', text: 'Dry Dock' }]);
    expect(withClientBeforePronoun(read, read.clauses[0]).spans.map((s) => [s.slot, s.text])).toEqual([['client', 'Halden Marine'], ['project', 'Dry Dock']]);
    // Two names before it: which one is meant is not guessed.
    const two = readingOf('Halden Marine finished the refit for Oystercatch Boats . Kindly open a Project for them', [{ slot: 'client', text: 'them' }]);
    expect(withClientBeforePronoun(two, two.clauses[0]).spans.map((s) => s.text)).toEqual(['them']);
  });

  it('takes the team member a role change is said of, with the role a letter capitalises', () => {
    expect(callsOf('Dear assistant, Lena has done well this year. Would you make her a Manager. Thanks')).toEqual([
      { tool: 'setMemberRole', args: { member: 'Lena', role: 'manager' } },
    ]);
    expect(callsOf('Tomasz must become admin of the workspace')).toEqual([{ tool: 'setMemberRole', args: { member: 'Tomasz', role: 'admin' } }]);
    expect(callsOf('Dr. Okafor needs more access, please make him an Admin')).toEqual([
      { tool: 'setMemberRole', args: { member: 'Dr. Okafor', role: 'admin' } },
    ]);
  });

  it("takes the one name the tagger read as a client's owner as the member", () => {
    const read = readingOf('bump Jonas to owner', [{ slot: 'owner', text: 'Jonas' }, { slot: 'teamRole', text: 'owner' }], 'setMemberRole');
    expect(withNamedMember(read, read.clauses[0]).spans.map((s) => [s.slot, s.text])).toEqual([['person', 'Jonas'], ['teamRole', 'owner']]);
  });

  it('keeps a Slack mention as the member over a capitalised word after it', () => {
    expect(callsOf('bump <@U07KQ2M1> to admin, she runs the EMEA desk now')).toEqual([{ tool: 'setMemberRole', args: { member: 'U07KQ2M1', role: 'admin' } }]);
  });

  it('still asks who, when no one is named', () => {
    const d = readMessage('Would you make him a Manager, please', { today: READ_DAY, memory: {} });
    expect(d).toMatchObject({ kind: 'reply', text: expect.stringMatching(/who/i) });
  });
});

describe('a numbered invoice or quote says which one is sent', () => {
  it('sends the invoice an INV number names, read as a quote or a draft', () => {
    expect(callsOf("Let's get INV-0412 sent out to the customer this morning")).toEqual([{ tool: 'sendInvoice', args: { invoice: 'INV-0412' } }]);
    expect(callsOf("could you maybe send INV-0342 to them? I'm a bit nervous about it")).toEqual([{ tool: 'sendInvoice', args: { invoice: 'INV-0342' } }]);
  });

  it('sends the invoice named after the client, never a portal message of its number', () => {
    expect(callsOf('please send over to Ostrava Steel the invoice INV-0099')).toEqual([{ tool: 'sendInvoice', args: { invoice: 'INV-0099' } }]);
    expect(callsOf('Can you send to Maple Row Dental the invoice INV-0311? Thanks a lot')).toEqual([{ tool: 'sendInvoice', args: { invoice: 'INV-0311' } }]);
  });

  it("sends a client's one quote named by the client", () => {
    expect(callsOf('could you maybe send the Larchmont quote? fingers crossed')).toEqual([{ tool: 'sendQuote', args: { quote: 'Larchmont' } }]);
    const d = readMessage('would you say Monday is a good day to send invoices?', { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
  });
});

describe('names a pronoun or a courtesy title gives away', () => {
  it('never names a new client "their": the company named is the client', () => {
    expect(callsOf("per my chat w/ their COO, let's add Quillon Robotics as a lead, email is <mailto:hi@quillon.dev|hi@quillon.dev>")).toEqual([
      { tool: 'createClient', args: { name: 'Quillon Robotics', status: 'lead', email: 'hi@quillon.dev' } },
    ]);
  });

  it('reads the first of two names around "to" in a contact added as the person', () => {
    const read = readingOf('add Miss Priya Shah to Vale Dairies as a contact', [{ slot: 'client', text: 'Miss Priya Shah' }, { slot: 'client', text: 'Vale Dairies' }], 'addContact');
    expect(withoutPronounName(read.clauses[0]).spans.map((s) => [s.slot, s.text])).toEqual([['person', 'Miss Priya Shah'], ['client', 'Vale Dairies']]);
  });

  it("takes the capitalised word the tagger left before a client's name", () => {
    const read = readingOf('Hendricks Hardware has paid 200 of the 385 they owe', [{ slot: 'person', text: 'Hardware' }, { slot: 'amount', text: '200' }], 'recordPayment');
    expect(withNeededClient(read, read.clauses[0]).spans.map((s) => [s.slot, s.text])).toEqual([['client', 'Hendricks Hardware'], ['amount', '200']]);
  });
});

describe("a client's possessive", () => {
  it('is the client a change is made to, where the tagger took it for a person', () => {
    const read = readingOf("set Al-Mansouri Trading 's website to almansouri.ae", [{ slot: 'person', text: 'Al-Mansouri Trading' }, { slot: 'website', text: 'almansouri.ae' }], 'updateClient');
    expect(withPossessiveClient(read, read.clauses[0]).spans.map((s) => [s.slot, s.text])).toEqual([['client', 'Al-Mansouri Trading'], ['website', 'almansouri.ae']]);
    const contact = readingOf("set Al-Mansouri Trading 's website to almansouri.ae", [{ slot: 'person', text: 'Al-Mansouri Trading' }], 'updateContact');
    expect(withPossessiveClient(contact, contact.clauses[0]).spans[0].slot).toBe('person');
  });
});

describe('a teammate named first with a role said of them', () => {
  it('is a role change, not an invitation that asks for an email', () => {
    expect(callsOf('Tomasz must go from member to admin')).toEqual([{ tool: 'setMemberRole', args: { member: 'Tomasz', role: 'admin' } }]);
  });

  it('someone joining the team is not made a role change without asking', () => {
    const d = readMessage('Tomasz is joining as a manager', { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
  });
});
