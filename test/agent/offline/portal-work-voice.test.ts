// Documents, quotes and the portal (corpus/tune/voices-o): a record question about a known client's documents shows
// its card, and a quote's title said as an item of its own between dashes is its title.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Linden & Moss'], contacts: [], groups: [], members: [] }, new Date('2026-12-07T12:00:00Z'));

describe('the portal work of one client', () => {
  it('shows the card for its documents, never a search', () => {
    expect(read('which documents does Linden & Moss have?')).toEqual([{ tool: 'showClient', args: { client: 'Linden & Moss' } }]);
  });

  it("reads a quote's title set apart by dashes", () => {
    expect(read('Linden & Moss quote — website rebuild — £14,500')).toEqual([{ tool: 'createQuote', args: { client: 'Linden & Moss', title: 'website rebuild', amount: 14500, currency: 'GBP' } }]);
  });

  it('asks for the title when two items could be it', () => {
    expect(read('Linden & Moss quote — website rebuild — hosting — £14,500')).toEqual(expect.stringMatching(/what is the quote for/i));
  });
});
