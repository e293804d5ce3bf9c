// A client asked to be "set up" or "stood up" is added; a quote's one quoted phrase is its title; a quoted name in a
// share is the document's, and the bare name beside it the client's.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Clause, loadCommandReader, type Reading } from '../../../src/agent/offline/nlu/command-reader';
import { withNeededClient } from '../../../src/agent/offline/nlu/find-client-name';
import { callsOf } from '../../support/read-commands';

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
    const text = 'Can we share the " Kickoff Deck " doc with Tallowmere in the portal ?';
    const words = text.split(' ');
    let at = 0;
    const tokens = words.map((w) => ({ text: w, start: (at = text.indexOf(w, at)), end: (at += w.length) }));
    const span = (slot: string, from: number, to: number) => ({ slot, from, to, margin: 10, text: words.slice(from, to + 1).join(' ') });
    const clause: Clause = { from: 0, to: words.length - 1, text, words, boundary: 0, ranking: [{ label: 'shareDocument:on', p: 0.99 }], spans: [span('title', 5, 6), span('query', 10, 10)] };
    const reading = { text, tokens, clauses: [clause] } as unknown as Reading;
    expect(withNeededClient(reading, clause).spans.map((s) => [s.slot, s.text])).toEqual([['title', 'Kickoff Deck'], ['client', 'Tallowmere']]);
  });
});
