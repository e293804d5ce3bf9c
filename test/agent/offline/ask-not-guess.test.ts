// A half-read change is a question, never a write: a value no slot took, an argument the tool cannot run
// without, a change with nothing to change, or a slash command's words that are not a name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';

beforeAll(() => loadCommandReader());

const today = new Date('2026-06-01T12:00:00Z');
const read = (text: string) => readMessage(text, { today, memory: {} });
const asks = (text: string) => {
  const d = read(text);
  expect(d.kind, `"${text}" should be a question, got ${JSON.stringify(d)}`).toBe('reply');
  return d.kind === 'reply' ? d.text : '';
};

describe('an argument the tool needs is asked for, not left out', () => {
  it.each([
    ['invoice Acme Corp for the design work', /How much should the invoice to Acme Corp be\?/],
    ['record a payment from Acme Corp', /How much was paid\?/],
    ['add a note to Acme Corp', /What should the note on Acme Corp say\?/],
  ])('%s', (text, question) => {
    expect(asks(text)).toMatch(question);
  });

  it('a change that names nothing to change asks what to change', () => {
    expect(asks('update Acme Corp')).toMatch(/What should I change for Acme Corp\?/);
  });

  it('the same sentences with the missing part are calls', () => {
    const d = read('invoice Acme Corp 1,200 EUR for the design work');
    expect(d.kind).toBe('calls');
    if (d.kind === 'calls') expect(d.calls[0]).toMatchObject({ tool: 'createInvoice', args: { client: 'Acme Corp', amount: 1200, currency: 'EUR' } });
  });
});

describe('a value the reading did not place', () => {
  it('an email address inside a new client name is its email, not part of the name', () => {
    const d = read('add Atlas Freight <mailto:ops@atlasfreight.com|ops@atlasfreight.com> as a client');
    expect(d).toEqual({ kind: 'calls', calls: [{ tool: 'createClient', args: { name: 'Atlas Freight', email: 'ops@atlasfreight.com' } }] });
  });
});

describe('a second action the reading did not split off', () => {
  it('is done whole or named back, never half done', () => {
    const d = read('create group Benelux with net 30 and move Van Dijk Architecten into it');
    if (d.kind === 'reply') expect(d.text).toMatch(/and move Van Dijk Architecten into it/);
    else expect(d.calls).toEqual([
      { tool: 'createGroup', args: { name: 'Benelux', paymentTerms: 30 } },
      { tool: 'updateClient', args: { client: 'Van Dijk Architecten', group: 'Benelux' } },
    ]);
  });

  it('"into it" with no group named in the message asks which group', () => {
    const d = read('move Van Dijk Architecten into it');
    if (d.kind === 'calls') expect(d.calls.every((c) => c.args.group !== 'it')).toBe(true);
  });

  it('"upload it and share it" is still one action', () => {
    const d = read('upload menu-final.pdf for Bakerloo Bakery and share it with them');
    expect(d.kind).toBe('calls');
    if (d.kind === 'calls') expect(d.calls[0]).toMatchObject({ tool: 'addDocument', args: { file: 'menu-final.pdf' } });
  });
});

describe('the word before a number says which number it is', () => {
  it.each([
    ['Lumen Forge tax number is 1234567890', 'taxId'],
    ["Lumen Forge's company registration number is 552 100 554", 'idNumber'],
  ])('%s', (text, field) => {
    const d = read(text);
    expect(d.kind).toBe('calls');
    if (d.kind === 'calls') expect(Object.keys(d.calls[0].args)).toContain(field);
  });
});

describe('places', () => {
  it('two capitals after a city outside North America are its country, not a province', () => {
    const d = read('add Oceanic Freight BV, Rotterdam, NL');
    expect(d.kind).toBe('calls');
    if (d.kind === 'calls') expect(d.calls[0].args.address).toEqual({ city: 'Rotterdam', country: 'NL' });
  });

  it('after a North American city they stay the state', () => {
    const d = read('add Cascade Coffee, Portland, OR');
    expect(d.kind).toBe('calls');
    if (d.kind === 'calls') expect(d.calls[0].args.address).toEqual({ city: 'Portland', region: 'OR' });
  });
});

describe('names are capitalised: lower-case words before a name are not part of it', () => {
  it('a friend of mine runs Habibi Foods', () => {
    const d = read('A friend of mine runs Habibi Foods, could you add them as a lead? Her email is rania@habibifoods.jo.');
    if (d.kind === 'calls') expect(d.calls[0].args.name).toBe('Habibi Foods');
    else expect(d.text).not.toMatch(/mine runs/);
  });
});

describe('/client with words that are not a name', () => {
  it.each(['add', 'wipe everything', 'mark it paid', 'delete all'])('/client %s creates nothing', (text) => {
    const d = read(`/client ${text}`);
    if (d.kind === 'calls') expect(d.calls.map((c) => c.tool)).not.toContain('createClient');
  });

  it('/client with a name still adds the lead (the help card\'s grammar)', () => {
    expect(read('/client Lumen Forge')).toEqual({ kind: 'calls', calls: [{ tool: 'createClient', args: { name: 'Lumen Forge' } }] });
  });
});

describe("a client's own number", () => {
  it.each(['show #0001', 'show 0001', 'show #12'])('%s shows the client, never sends an invoice', (text) => {
    const d = read(text);
    expect(d.kind).toBe('calls');
    if (d.kind === 'calls') expect(d.calls).toEqual([{ tool: 'showClient', args: { client: text.slice(5) } }]);
  });

  it('"send invoice #12" keeps its word', () => {
    expect(read('send invoice #12')).toEqual({ kind: 'calls', calls: [{ tool: 'sendInvoice', args: { invoice: '#12' } }] });
  });
});

describe('an import is of a file or a list, said in words', () => {
  it('a request about how things look, or a vague one, starts no import', () => {
    asks('could you perhaps make the whole thing look tidier?');
    asks('Is there a way to have the quotes printed in a bigger font?');
  });

  it('an import said with its file still starts one', () => {
    const d = read('import ./fair-leads.csv');
    expect(d.kind === 'calls' ? d.calls : []).toEqual([{ tool: 'importCsv', args: { file: './fair-leads.csv' } }]);
  });
});

describe('a question about the product, in lower case', () => {
  it('is not read as showing a client named after its words', () => {
    for (const text of ['what does enrich actually look up?', 'is the app broken? nothing loads for me']) {
      const d = read(text);
      expect(d.kind, text).toBe('reply');
    }
    const named = read('show the tidewater account');
    expect(named.kind === 'calls' ? named.calls : []).toEqual([{ tool: 'showClient', args: { client: 'tidewater' } }]);
  });
});

