// Values a request says in its own words: a rename "into" a new name, what is wanted after "but", a polite lead-in
// that would lead the reader astray, a titled signature, a VAT number's country prefix, who handles the money, and
// an invoice's project and what it is for.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Lanterne Studio', 'Marisol Bakery', 'Kettlewell Farms', 'Osprey Freight Ltd', 'Tamsin Rowe Design', 'Quinta Serra Lda', 'Harrowgate Print'],
  contacts: [], groups: [], members: ['Ada Lovelace'],
};
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });
const calls = (text: string) => callsOf(text, known);

describe('values said in a request', () => {
  it('renames a client "into" its new name, and never adds one named after the old', () => {
    expect(calls('Rename the client Lanterne Studio into Studio Lanterne SARL'))
      .toEqual([{ tool: 'updateClient', args: { client: 'Lanterne Studio', name: 'Studio Lanterne SARL' } }]);
  });

  it('takes what is wanted after "but": the portal switched off but needed on', () => {
    expect(calls('the portal for Osprey Freight Ltd is switched off but they need it on'))
      .toEqual([{ tool: 'setPortalAccess', args: { client: 'Osprey Freight Ltd', enabled: true } }]);
    expect(calls('turn off the portal for Osprey Freight Ltd')).toEqual([{ tool: 'setPortalAccess', args: { client: 'Osprey Freight Ltd', enabled: false } }]);
  });

  it('reads the request itself when a polite lead-in leads the reader astray, and keeps what only the whole says', () => {
    expect(calls('Would you kindly hide the document "Spring Menu Draft" from the portal of Marisol Bakery? Thank you, Stanley'))
      .toEqual([{ tool: 'shareDocument', args: { shared: false, document: 'Spring Menu Draft', client: 'Marisol Bakery' } }]);
    expect(calls('can we add <mailto:omar@kettlewell.example|omar@kettlewell.example> (Omar Haddad) to the team? regular member access is fine'))
      .toEqual([{ tool: 'inviteMember', args: expect.objectContaining({ email: 'omar@kettlewell.example', name: 'Omar Haddad', role: 'member' }) }]);
  });

  it('leaves a signature with a title out of the request', () => {
    expect(calls('Good afternoon. Would you kindly send a portal invitation to every contact at Kettlewell Farms? Many thanks, Dr. Ruth Kettlewell'))
      .toEqual([{ tool: 'invitePortal', args: { client: 'Kettlewell Farms' } }]);
  });

  it("keeps a VAT number's country prefix", () => {
    expect(calls('the tax number of Quinta Serra Lda is PT 507 118 204')).toEqual([{ tool: 'updateClient', args: { client: 'Quinta Serra Lda', taxId: 'PT 507 118 204' } }]);
  });

  it('reads "the accounts person", "the person of accounting" as the finance contact', () => {
    expect(calls('the accounts person at Harrowgate Print is Mei Tanaka, mei@harrowgate.example')[0].args)
      .toMatchObject({ client: 'Harrowgate Print', name: 'Mei Tanaka', role: 'finance' });
    expect(calls('add Rui Costa to Harrowgate Print, rui@harrowgate.example, he is the person from accounting')[0].args).toMatchObject({ name: 'Rui Costa', role: 'finance' });
  });

  it('asks, rather than lists every client, when a person and an email read as a list', () => {
    const d = read('please in Kettlewell Farms add the person of accounting, Rui Costa, rui@kettlewell.example');
    expect(d).toEqual({ kind: 'reply', text: expect.stringMatching(/^Did you mean: add Rui Costa <rui@kettlewell\.example> to Kettlewell Farms\?/) });
  });

  it("reads an invoice's quoted project and the words part of an invoice line as what it is for", () => {
    expect(calls('Please create an invoice for the Tamsin Rowe Design "Brand refresh" project, €2,400')[0].args)
      .toMatchObject({ client: 'Tamsin Rowe Design', amount: 2400, currency: 'EUR', project: 'Brand refresh' });
    expect(calls('inv Harrowgate Print NOK 12,000 proj "Vinter katalog" due 1 Dec')[0].args)
      .toEqual({ client: 'Harrowgate Print', amount: 12000, currency: 'NOK', project: 'Vinter katalog', dueDate: '2026-12-01' });
    expect(calls('Marisol Bakery: 900 EUR, phase 2 balance, due 30 Jun')[0].args).toMatchObject({ client: 'Marisol Bakery', amount: 900, description: 'phase 2 balance' });
  });

  it('searches for the name after "anyone called"', () => {
    expect(calls('could you maybe look for anyone called Ōtsuka?')).toEqual([{ tool: 'findClients', args: { query: 'Ōtsuka' } }]);
  });

  it('keeps an Italian firm named "X di Owner" whole, with the owner as its contact when said so', () => {
    expect(calls('Create the client Bottega Serra di Marco Serra and an invoice of 320 € for the first repair')[0])
      .toEqual({ tool: 'createClient', args: { name: 'Bottega Serra di Marco Serra' } });
    expect(calls('I would like to create one client, Studio Verde di Chiara Neri, email chiara@studioverde.example, she is also the contact'))
      .toEqual([{ tool: 'createClient', args: { name: 'Studio Verde di Chiara Neri', email: 'chiara@studioverde.example', contactName: 'Chiara Neri' } }]);
  });

  it('reads who "deals with the accounts" as finance, an NDA signed as no deal won, and a place in brackets as no move', () => {
    expect(calls('At Harrowgate Print there is also Rohan Mehta, who deals with the Accounts, rohan@harrowgate.example. Would you add him as a contact?')[0].args)
      .toMatchObject({ client: 'Harrowgate Print', name: 'Rohan Mehta', role: 'finance' });
    expect(calls('Qasr Trading LLC in Dubai, UAE signed the NDA, can you add them? they pay in dirhams')[0].args).not.toHaveProperty('status');
    expect(calls('closed-won Osprey Freight Ltd (Aberdeen, GB) - flip to active')).toEqual([{ tool: 'updateClient', args: { client: 'Osprey Freight Ltd', status: 'active' } }]);
  });
});
