// A voice writing English as a second language (corpus/tune/voices-j): a lead won said as what the client now is, its
// status asked as a choice, who may use the portal said as what they "should can" do, the portal stopped for a
// client, an invoice paid with how the money came after it, what an invoice is for as an item between commas, a legal
// form written after a comma, who decides said as "she decides everything", and a thing of a client deleted by name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({
  clients: ['Ortega Tile Works', 'Mbeki & Daughters', 'Lakeshore Dental', 'Studio Fjell AS', 'Oficina Azul'], contacts: ['Thandi Mbeki'],
  groups: [], members: [], contactClients: { 'thandi mbeki': 'Mbeki & Daughters', thandi: 'Mbeki & Daughters' },
}, new Date('2026-12-07T12:00:00Z'));

describe("a client's status said in other words", () => {
  it('reads a lead won as active', () => {
    expect(read('Ortega Tile Works is a client now, not a lead anymore')).toEqual([{ tool: 'updateClient', args: { client: 'Ortega Tile Works', status: 'active' } }]);
    expect(read('Lakeshore Dental became a paying customer!')).toEqual([{ tool: 'updateClient', args: { client: 'Lakeshore Dental', status: 'active' } }]);
  });

  it('shows the client when its status is asked, changing nothing', () => {
    expect(read('is Ortega Tile Works a lead or active?')).toEqual([{ tool: 'showClient', args: { client: 'Ortega Tile Works' } }]);
    expect(read('is Lakeshore Dental still a lead?')).toEqual([{ tool: 'showClient', args: { client: 'Lakeshore Dental' } }]);
  });

  it('makes no client of a sentence about one it does not know', () => {
    expect(read('Nobody Known Ltd is a client now')).not.toEqual([{ tool: 'updateClient', args: { client: 'Nobody Known Ltd', status: 'active' } }]);
  });
});

describe('who may use the portal', () => {
  it('turns it on for a contact who should (be able to) see it', () => {
    const on = [{ tool: 'setPortalAccess', args: { client: 'Mbeki & Daughters', contact: 'Thandi Mbeki', enabled: true } }];
    expect(read('Thandi Mbeki from Mbeki & Daughters should can see the portal')).toEqual(on);
    expect(read('Thandi Mbeki at Mbeki & Daughters should be able to log into the portal')).toEqual(on);
  });

  it('turns it off for one who should not, and for a whole client when stopped', () => {
    expect(read("Thandi Mbeki from Mbeki & Daughters shouldn't see the portal anymore")).toEqual([{ tool: 'setPortalAccess', args: { client: 'Mbeki & Daughters', contact: 'Thandi Mbeki', enabled: false } }]);
    expect(read('stop the portal for Lakeshore Dental completely')).toEqual([{ tool: 'setPortalAccess', args: { client: 'Lakeshore Dental', enabled: false } }]);
  });

  it('asks nothing of a question about it', () => {
    expect(read('Thandi Mbeki from Mbeki & Daughters can see the portal?')).not.toEqual([expect.objectContaining({ tool: 'setPortalAccess' })]);
  });
});

describe('invoices', () => {
  it('records an invoice paid in full with how the money came said after', () => {
    expect(read('the invoice INV-0511 is paid, they transfered yesterday')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0511', date: '2026-12-06' } }]);
  });

  it('reads what an invoice is for between commas after its amount', () => {
    expect(read('make invoice for Studio Fjell AS of 12000 NOK, logo work, due in 30 days')).toEqual([{ tool: 'createInvoice',
      args: { client: 'Studio Fjell AS', amount: 12000, currency: 'NOK', dueDate: '2027-01-06', description: 'logo work' } }]);
  });
});

describe('names and people', () => {
  it('keeps a legal form written after a comma in the name', () => {
    expect(read('new client: Ferreira & Filhos, Lda in Lisbon')).toEqual([{ tool: 'createClient', args: { name: 'Ferreira & Filhos, Lda', address: { city: 'Lisbon' } } }]);
    expect(read('add client Northwind, LLC')).toEqual([{ tool: 'createClient', args: { name: 'Northwind, LLC' } }]);
  });

  it('reads "she decides everything" as the decision maker', () => {
    expect(read('add Ellen Park to Lakeshore Dental, she decides everything')).toEqual([{ tool: 'addContact', args: { name: 'Ellen Park', client: 'Lakeshore Dental', role: 'decision_maker' } }]);
  });

  it("deletes a thing of a client by name, never the client", () => {
    expect(read('delete the old moodboard of Oficina Azul')).toEqual([{ tool: 'deleteDocument', args: { document: 'moodboard', client: 'Oficina Azul' } }]);
    expect(read('delete the client Oficina Azul')).toEqual([{ tool: 'deleteClient', args: { client: 'Oficina Azul' } }]);
  });
});
