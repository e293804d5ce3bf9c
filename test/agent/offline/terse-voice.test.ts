// A terse, lower-case voice: teammates and contacts the workspace has named in lower case, an invoice "paid" or
// voided with a please in the middle, a follow-up without "with", the workspace renamed as "our company name is
// now ...", a client looked up online, a site written before the name, a US state before its ZIP code, a lower-case
// name with its legal form, and "what is open for me".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { READ_DAY, readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Haverford Dental', 'Fjellbris AS', 'Ocaso Films'], contacts: ['Ellen Park', 'Sigrid Berg'], groups: [], members: ['Rahul Mehta', 'Ana Silva'],
  contactClients: { 'ellen park': 'Haverford Dental', ellen: 'Haverford Dental', 'sigrid berg': 'Fjellbris AS', sigrid: 'Fjellbris AS' },
};
const read = readerIn(known, READ_DAY);

describe('people named in lower case', () => {
  it("changes a teammate's role by their first name", () => {
    expect(read('rahul should be admin')).toEqual([{ tool: 'setMemberRole', args: { member: 'rahul', role: 'admin' } }]);
  });

  it('changes a known contact at the client the workspace places them, with no client said', () => {
    expect(read('ellen park email change to e.park@haverford.com'))
      .toEqual([{ tool: 'updateContact', args: { client: 'Haverford Dental', contact: 'ellen park', email: 'e.park@haverford.com' } }]);
    expect(read('ellen park no portal access pls'))
      .toEqual([{ tool: 'setPortalAccess', args: { client: 'Haverford Dental', contact: 'ellen park', enabled: false } }]);
  });
});

describe('invoices and follow-ups said tersely', () => {
  it('records "INV-0231 paid" and voids with a please before the reason', () => {
    expect(read('INV-0231 paid')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0231' } }]);
    expect(read('void INV-0232 pls, wrong amount')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0232', reason: 'wrong amount' } }]);
  });

  it('plans a follow-up said without "with", never reading it as sending a quote', () => {
    const [call] = read('follow up ocaso films on 10 december about the quote') as Array<{ tool: string; args: Record<string, unknown> }>;
    expect(call.tool).toBe('addFollowUp');
    expect(call.args).toMatchObject({ client: 'Ocaso Films', text: 'Follow up ocaso films about the quote' });
  });

  it('lists what is open for me', () => {
    expect(read('what is open for me today')).toEqual([{ tool: 'listAttention', args: { scope: 'mine' } }]);
  });
});

describe('the workspace and clients', () => {
  it.each(['our company name is now Brightside Studio', "the studio's name should be Brightside Studio"])('%s', (text) => {
    expect(read(text)).toEqual([{ tool: 'updateWorkspace', args: { name: 'Brightside Studio' } }]);
  });

  it('looks a client up online rather than searching the list', () => {
    expect(read('look up haverford dental online')).toEqual([{ tool: 'enrichClient', args: { client: 'haverford dental' } }]);
  });

  it("takes a site written before the name it spells as the client's website", () => {
    expect(read('add client <https://lumenforge.io|lumenforge.io> Lumen Forge Ltd'))
      .toEqual([{ tool: 'createClient', args: { name: 'Lumen Forge Ltd', website: 'lumenforge.io' } }]);
  });

  it('keeps a US state before its ZIP code as the state', () => {
    expect(read('haverford dental new adress: 14 Elm Street, Haverford PA 19041')).toEqual([{ tool: 'updateClient', args: {
      client: 'haverford dental', address: { line1: '14 Elm Street', city: 'Haverford', region: 'PA', postalCode: '19041' } } }]);
  });

  it('keeps a lower-case name with its legal form whole', () => {
    expect(read('fjellbris AS tax id NO 923 456 789 MVA')).toEqual([{ tool: 'updateClient', args: { client: 'fjellbris AS', taxId: 'NO 923 456 789 MVA' } }]);
  });
});
