// What the tagger put under a neighbouring slot still reaches the argument the command needs (a project's name
// tagged as a title, an amount tagged as a phone), a region stays as typed while it gives the country, and the
// tax numbers people name by their local word are tax ids.
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleCalls } from '../../../src/agent/offline/nlu/assemble-calls';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('an argument tagged under a sibling slot', () => {
  it.each([
    ['new proj for Corvid Labs: "Checkout rebuild"', 'Corvid Labs', 'Checkout rebuild'],
    ['new project for Pinewood Studio, "Spring catalogue"', 'Pinewood Studio', 'Spring catalogue'],
  ])('%s makes the project', (text, client, name) => {
    expect(callsOf(text)).toEqual([{ tool: 'createProject', args: { client, name } }]);
  });

  it('a number tagged as a phone is the amount an invoice needs', () => {
    const words = ['invoice', 'Mäkinen', 'Oy', '3', '200', '€'];
    const spans = [
      { slot: 'client', text: 'Mäkinen Oy', from: 1, to: 2 }, { slot: 'phone', text: '3 200', from: 3, to: 4 }, { slot: 'currency', text: '€', from: 5, to: 5 },
    ];
    expect(assembleCalls('createInvoice', spans, READ_DAY, words)[0].args).toEqual({ client: 'Mäkinen Oy', amount: 3200, currency: 'EUR' });
  });

  it('a note is never filled from a title: the reader asks what it should say', () => {
    const spans = [{ slot: 'client', text: 'Corvid Labs', from: 3, to: 4 }, { slot: 'title', text: 'Care guide', from: 6, to: 7 }];
    expect(assembleCalls('addNote', spans, READ_DAY)[0].args).toEqual({ client: 'Corvid Labs' });
  });

  it('a name after "for" is whom it is for, never what it is called', () => {
    const words = ['new', 'proj', 'Kiosk', 'Wall', 'for', 'ferro', 'systems'];
    const spans = [{ slot: 'client', text: 'Kiosk Wall', from: 2, to: 3 }, { slot: 'title', text: 'ferro systems', from: 5, to: 6 }];
    expect(assembleCalls('createProject', spans, READ_DAY, words)[0].args.name).toBeUndefined();
  });

  it('two spare titles are not guessed between', () => {
    const spans = [
      { slot: 'client', text: 'Corvid Labs', from: 0, to: 1 }, { slot: 'title', text: 'Alpha', from: 3, to: 3 }, { slot: 'text', text: 'Beta', from: 5, to: 5 },
    ];
    expect(assembleCalls('createProject', spans, READ_DAY)[0].args.name).toBeUndefined();
  });
});

describe('places and numbers as people write them', () => {
  // (A state names its country, but the country is set only when said, as people write addresses.)
  it('a province keeps its name, and the country is the one said', () => {
    expect(callsOf('Corvid Labs moved to 20 King St W, Toronto, Ontario M5H 1A1')[0].args.address)
      .toEqual({ line1: '20 King St W', city: 'Toronto', region: 'Ontario', postalCode: 'M5H 1A1' });
    expect(callsOf('Corvid Labs moved to 20 King St W, Toronto, Ontario M5H 1A1, Canada')[0].args.address)
      .toEqual({ line1: '20 King St W', city: 'Toronto', region: 'Ontario', postalCode: 'M5H 1A1', country: 'CA' });
  });
  it('an Australian state keeps its code, and Slack\'s flag says the country', () => {
    expect(callsOf('new client Wattle & Gum Pty Ltd, Brisbane QLD')[0].args.address).toEqual({ city: 'Brisbane', region: 'QLD' });
    expect(callsOf('new client Wattle & Gum Pty Ltd, Brisbane QLD :flag-au:')[0].args.address).toEqual({ city: 'Brisbane', region: 'QLD', country: 'AU' });
  });
  it('a CNPJ is a tax id', () => {
    expect(callsOf('New client Costa Verde Ltda., Curitiba, Brazil, CNPJ 11.222.333/0001-81')[0].args).toMatchObject({ taxId: '11.222.333/0001-81' });
  });
});
