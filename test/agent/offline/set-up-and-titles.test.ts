// A client asked to be "set up" or "stood up" is added; a quote's one quoted phrase is its title; a quoted name in a
// share is the document's, and the bare name beside it the client's.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { withNeededClient } from '../../../src/agent/offline/nlu/find-client-name';
import { callsOf, readingOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a client asked to be set up', () => {
  it('is added, not read as a team invitation or a delete nobody said', () => {
    expect(callsOf('Can we get Corvid Analytics Ltd. set up as a net-new account? Main POC is Lena Fisk, lena@corvid.io')).toEqual([
      { tool: 'createClient', args: { name: 'Corvid Analytics Ltd.', contactName: 'Lena Fisk', email: 'lena@corvid.io' } },
    ]);
    expect(callsOf("Let's get Mercer & Holt LLP stood up in the system — industry is architecture, ARR is roughly $30k")).toEqual([
      { tool: 'createClient', args: { name: 'Mercer & Holt LLP', industry: 'architecture', currency: 'USD', value: 30000 } },
    ]);
  });
});

describe('quoted names', () => {
  it("are a quote's title", () => {
    expect(callsOf('quote Tidal Labs "APAC Expansion" A$15,000')).toEqual([
      { tool: 'createQuote', args: { client: 'Tidal Labs', currency: 'AUD', amount: 15000, title: 'APAC Expansion' } },
    ]);
  });

  it("are a document's, so the bare name beside them is the client", () => {
    const reading = readingOf('Can we share the " Kickoff Deck " doc with Tallowmere in the portal ?', [{ slot: 'title', text: 'Kickoff Deck' }, { slot: 'query', text: 'Tallowmere' }], 'shareDocument:on');
    const clause = reading.clauses[0];
    expect(withNeededClient(reading, clause).spans.map((s) => [s.slot, s.text])).toEqual([['title', 'Kickoff Deck'], ['client', 'Tallowmere']]);
  });
});

describe('a project given as a labelled part of an invoice', () => {
  it('is the invoice\'s project ("/ project X /")', () => {
    expect(callsOf('Okoro Foods: invoice ₦420,000 / project Cold Room Upgrade / due end of month')).toEqual([
      expect.objectContaining({ tool: 'createInvoice', args: expect.objectContaining({ client: 'Okoro Foods', amount: 420000, project: 'Cold Room Upgrade' }) }),
    ]);
    expect(callsOf('Kamau Agri: invoice KSh 90,000 / project Greenhouse sensors rollout / due end of month')).toEqual([
      expect.objectContaining({ tool: 'createInvoice', args: expect.objectContaining({ client: 'Kamau Agri', project: 'Greenhouse sensors rollout' }) }),
    ]);
  });
});

describe('an owner given as a labelled part', () => {
  it('is the new client\'s owner ("...; status active; owner Tariq")', () => {
    expect(callsOf('Client: Mensah Architects Ltd; Kumasi, Ghana; GHS; status lead; owner Tariq')).toEqual([
      expect.objectContaining({ tool: 'createClient', args: expect.objectContaining({ name: 'Mensah Architects Ltd', owner: 'Tariq' }) }),
    ]);
  });
});

describe('a document\'s title after "call it"', () => {
  it('is its title', () => {
    expect(callsOf('could I upload moodboard-v3.pdf to Harbour Mill Bakery? maybe call it "Moodboard v3" and keep it private')).toEqual([
      expect.objectContaining({ tool: 'addDocument', args: expect.objectContaining({ file: 'moodboard-v3.pdf', title: 'Moodboard v3' }) }),
    ]);
  });
});

describe('a teammate\'s name in brackets beside their email', () => {
  it('is the name of the one invited', () => {
    expect(callsOf('can we add <mailto:dara@fernstudio.ie|dara@fernstudio.ie> (Dara Quinn) to the team? member access is fine')).toEqual([
      { tool: 'inviteMember', args: { email: 'dara@fernstudio.ie', name: 'Dara Quinn', role: 'member' } },
    ]);
  });
});

describe('a tax number said with its name', () => {
  it('is the tax id, in capitals too ("their VAT Number is GB ...")', () => {
    expect(callsOf('add a Client named "Hazel & Fern" Gardens; their VAT Number is GB 311 4820 57')).toEqual([
      { tool: 'createClient', args: { name: '"Hazel & Fern" Gardens', taxId: 'GB 311 4820 57' } },
    ]);
  });
});

describe("a quote's title after the client's colon", () => {
  it('is the words, not the amount, and a send after it still sends', () => {
    expect(callsOf('create a quote for Harbour Lights Ltd: brand refresh, 12,000 CAD, then send it')).toEqual([
      { tool: 'createQuote', args: { client: 'Harbour Lights Ltd', title: 'brand refresh', amount: 12000, currency: 'CAD' } },
      { tool: 'sendQuote', args: { quote: 'Harbour Lights Ltd' } },
    ]);
    expect(callsOf('quote Fernhill Studio: 2,000 EUR, website refresh')[0].args).toMatchObject({ title: 'website refresh', amount: 2000 });
  });
});

