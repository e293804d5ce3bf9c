// What a later part of a message means by what came before: "another one" is the same action again, "for it" after a
// new project is that project, a word cut off after a title is more of the title, "next year" moves the contract's
// end, and a town after a company's legal form and "in" is where the company is.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental', 'Tessellate Studio'], contacts: [], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('"another one"', () => {
  it('makes a second quote, not an invoice, and keeps "and" inside the first title', () => {
    expect(calls('um create a quote for brightmoor dental 6,000 euros signage and wayfinding and another one for halden energi 4k for the annual report')).toEqual([
      { tool: 'createQuote', args: { client: 'brightmoor dental', amount: 6000, currency: 'EUR', title: 'signage and wayfinding' } },
      { tool: 'createQuote', args: { client: 'halden energi', amount: 4000, title: 'annual report' } },
    ]);
    expect(calls('quote halden energi 8,000 euros for strategy and research and another one for brightmoor dental 3k for the newsletter')).toEqual([
      { tool: 'createQuote', args: { client: 'halden energi', amount: 8000, currency: 'EUR', title: 'strategy and research' } },
      { tool: 'createQuote', args: { client: 'brightmoor dental', amount: 3000, title: 'newsletter' } },
    ]);
  });
});

describe('"for it" after a new project', () => {
  it('bills the project just made', () => {
    expect(calls('Tessellate Studio: new project "Spring campaign", then invoice €2,400 for it due in 30 days')).toEqual([
      { tool: 'createProject', args: { client: 'Tessellate Studio', name: 'Spring campaign' } },
      { tool: 'createInvoice', args: { client: 'Tessellate Studio', project: 'Spring campaign', amount: 2400, currency: 'EUR', dueDate: '2026-07-01' } },
    ]);
  });
});

describe('a contract that ends next year', () => {
  it('puts the end in next year when the words say so', () => {
    expect(calls('kindly record that our contract with Halden Energi began on the 1st of March and ends on the 28th of February next year.')).toEqual([
      { tool: 'updateClient', args: { client: 'Halden Energi', startDate: '2026-03-01', endDate: '2027-02-28' } },
    ]);
  });
});

describe('a new company and its town', () => {
  it('reads the town after the legal form as its city', () => {
    const [call] = calls('Create the client Ferreira & Filhos Lda in Viseu and make a quote "Fachada" of 2.300 €');
    expect(call).toEqual({ tool: 'createClient', args: { name: 'Ferreira & Filhos Lda', address: { city: 'Viseu' } } });
  });
});
