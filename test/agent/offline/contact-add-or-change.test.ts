// Adding a contact or changing one, settled by the words: giving someone "the" primary or billing role changes a
// contact already there (adding would make a second one), "be added" adds.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a contact given the primary or billing role', () => {
  it('is changed, not added a second time', () => {
    expect(callsOf('put Tiago Mendes as principal contact of Ferragens & Filhos')).toEqual([
      { tool: 'updateContact', args: { client: 'Ferragens & Filhos', contact: 'Tiago Mendes', primary: true } },
    ]);
    expect(callsOf('could we make Odile Marchand at Boulangerie Vautrin the billing contact and maybe give her portal access?')).toEqual([
      { tool: 'updateContact', args: { client: 'Boulangerie Vautrin', contact: 'Odile Marchand', billingDefault: true, portalEnabled: true } },
    ]);
  });

  it('is added when the words add them, with their details', () => {
    expect(callsOf('add Tiago Mendes to Ferragens & Filhos as the primary contact').map((c) => c.tool)).toEqual(['addContact']);
  });
});

describe('someone who should "be added"', () => {
  it('is a new contact with the details given', () => {
    expect(callsOf('hmm, should Wendell Price be added at Copperleaf? wendell@copperleaf.io')).toEqual([
      { tool: 'addContact', args: expect.objectContaining({ client: 'Copperleaf', name: 'Wendell Price', email: 'wendell@copperleaf.io' }) },
    ]);
  });
});

describe('who gets the invoices', () => {
  it('is the contact when the words say invoices go to them', () => {
    expect(callsOf("Brindle & Oak's accounts contact is Maren Holt, maren@brindleoak.no, send invoices to her")).toEqual([
      expect.objectContaining({ tool: 'addContact', args: expect.objectContaining({ client: 'Brindle & Oak', name: 'Maren Holt', billingDefault: true }) }),
    ]);
  });

  it('is the contact given the billing role after another one ("and also the billing contact")', () => {
    expect(callsOf('Please make Tomasz Wrona the main contact of Kopalnia Smaku and also the billing contact')).toEqual([
      { tool: 'updateContact', args: { client: 'Kopalnia Smaku', contact: 'Tomasz Wrona', primary: true, billingDefault: true } },
    ]);
  });
});

describe('a job title with "and" in it', () => {
  it('is the whole title ("Head of Sales and Marketing")', () => {
    expect(callsOf('add Kai Berg to Nordlys AS as Head of Sales and Marketing')).toEqual([
      { tool: 'addContact', args: { client: 'Nordlys AS', name: 'Kai Berg', jobTitle: 'Head of Sales and Marketing' } },
    ]);
  });
});

describe('a full name opening the sentence', () => {
  it('is the contact the change is about, not dropped', () => {
    expect(callsOf('Marguerite Olsen runs finance at Fernbrook Dairy, marguerite@fernbrook.no')).toEqual([
      expect.objectContaining({ args: expect.objectContaining({ client: 'Fernbrook Dairy', contact: 'Marguerite Olsen', email: 'marguerite@fernbrook.no' }) }),
    ]);
  });
});

describe('two people added together', () => {
  it('are two contacts of the client named after "to", never a client named after one of them', () => {
    expect(callsOf('add Lena Fischer and Omar Haddad to Tallow & Finch as contacts')).toEqual([
      { tool: 'addContact', args: { client: 'Tallow & Finch', name: 'Lena Fischer' } },
      { tool: 'addContact', args: { client: 'Tallow & Finch', name: 'Omar Haddad' } },
    ]);
  });
});

describe("a person's own number or email said with their name", () => {
  it("changes that contact, not the client's phone or its owner", () => {
    expect(callsOf("Brenner Werkzeuge GmbH — Jonas's mobile is now +49 171 5550123")).toEqual([
      { tool: 'updateContact', args: { client: 'Brenner Werkzeuge GmbH', contact: 'Jonas', phone: '+49 171 5550123' } },
    ]);
    expect(callsOf("Acme Corp's number is now +1 555 0100")).toEqual([{ tool: 'updateClient', args: { client: 'Acme Corp', phone: '+1 555 0100' } }]);
  });
});

