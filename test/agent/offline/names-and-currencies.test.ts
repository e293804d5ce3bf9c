// Names from many countries and currencies written the way their own countries write them: a name that begins with
// a word English does not spell is read whole, and "KSh", "₫", "₦", "lira" are currencies, not part of a name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { findLocalCurrency } from '../../../src/agent/offline/values/find-local-currency';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('names and currencies from many countries', () => {
  it("keeps a name's first word when it is spelled with letters English does not use", () => {
    expect(callsOf('invoice Đặng Văn Minh ₫12,000,000 for the logo')).toEqual([
      { tool: 'createInvoice', args: { client: 'Đặng Văn Minh', amount: 12000000, currency: 'VND', description: 'logo' } },
    ]);
  });

  it('reads a currency written before the amount as the currency, not the end of the name', () => {
    expect(callsOf('invoice Wanjiku Farms KSh 80,000 due in 14 days')).toEqual([
      { tool: 'createInvoice', args: { client: 'Wanjiku Farms', amount: 80000, currency: 'KES', dueDate: '2026-06-15' } },
    ]);
    expect(callsOf('Ngozi Textiles: invoice ₦450,000 due 30 June')[0].args).toMatchObject({ currency: 'NGN', amount: 450000 });
  });

  it('reads a currency named in words anywhere in the request', () => {
    expect(callsOf('add Anadolu Seramik in Izmir, Turkey, they pay in lira')).toEqual([
      { tool: 'createClient', args: { name: 'Anadolu Seramik', address: { city: 'Izmir', country: 'TR' }, currency: 'TRY' } },
    ]);
  });

  it('knows the words and signs, and the first one named wins', () => {
    expect(findLocalCurrency('paid in ringgit')).toBe('MYR');
    expect(findLocalCurrency('Colombian pesos')).toBe('COP');
    expect(findLocalCurrency('฿30,000 or 1,000 lira')).toBe('THB');
    expect(findLocalCurrency('the Kshatriya account')).toBeUndefined();
    expect(findLocalCurrency('no money here')).toBeUndefined();
  });
});

describe('the contact a portal change is for', () => {
  it('takes the name right after "invite" or "for" as the contact beside the client', () => {
    expect(callsOf('Ionescu & Fiii SRL: portal invite Mihai')).toEqual([{ tool: 'invitePortal', args: { client: 'Ionescu & Fiii SRL', contact: 'Mihai' } }]);
    expect(callsOf('Portal: Okada Print Works — enable for Haruto')).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Okada Print Works', contact: 'Haruto', enabled: true } },
    ]);
  });

  it('reads no contact into a word that only sounds like one', () => {
    expect(callsOf('Please switch the Portal Off for Hendricks Hardware for now.')[0].args).not.toHaveProperty('contact');
    expect(callsOf('Re: kickoff — invite everyone at Copperline Ltd to the portal')[0].args).not.toHaveProperty('contact');
  });
});

describe("names joined by another language's 'and'", () => {
  it('keep the whole name: "Kowalski i Syn", "Jansen en Zonen", "Berg och Son"', () => {
    expect(callsOf('Status: Nowak i Wspólnicy → active; Jansen en Zonen → active; Berg och Son → past')).toEqual([
      { tool: 'updateClient', args: { client: 'Nowak i Wspólnicy', status: 'active' } },
      { tool: 'updateClient', args: { client: 'Jansen en Zonen', status: 'active' } },
      { tool: 'updateClient', args: { client: 'Berg och Son', status: 'past' } },
    ]);
  });
});

describe('a name with an abbreviation inside it', () => {
  it('goes on past the abbreviation\'s stop ("Hartley Bros. Roofing & Guttering")', () => {
    expect(callsOf('Please prepare a quotation for Hartley Bros. Roofing & Guttering: "Porch repair", £1,900')).toEqual([
      { tool: 'createQuote', args: { client: 'Hartley Bros. Roofing & Guttering', title: 'Porch repair', amount: 1900, currency: 'GBP' } },
    ]);
  });
});

