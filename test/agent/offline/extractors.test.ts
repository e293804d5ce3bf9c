// The offline parser's extractors: Slack decoding, money, dates, countries, addresses, emails, sites, phones.
import { describe, expect, it } from 'vitest';
import { decodeSlack } from '../../../src/agent/offline/values/decode-slack';
import { findEmails, findPhones, findWebsites } from '../../../src/agent/offline/values/find-contacts-info';
import { countryCode, findCountry } from '../../../src/agent/offline/values/find-country';
import { findCurrency, findMoney } from '../../../src/agent/offline/values/parse-money';

describe('decodeSlack', () => {
  it('drops the leading bot mention and unwraps mailto, links and entities', () => {
    expect(decodeSlack('<@U07BOT123> add <mailto:a@b.com|a@b.com> site <https://x.io|x.io> Cedar &amp; Pine &lt;3&gt;'))
      .toBe('add a@b.com site x.io Cedar & Pine <3>');
  });
  it('keeps a link without a label as the URL and other mentions as @id', () => {
    expect(decodeSlack('site <https://cedarandpine.ca/> owner <@U02XYZ789>')).toBe('site https://cedarandpine.ca/ owner @U02XYZ789');
  });
});

describe('money', () => {
  const one = (t: string) => findMoney(t)[0];
  it.each([
    ['$1,500', 1500, 'USD'], ['€3.000', 3000, 'EUR'], ['12k', 12000, undefined], ['CHF 80,000', 80000, 'CHF'],
    ['₹2,40,000', 240000, 'INR'], ['1.2m', 1200000, undefined], ['40 thousand euros', 40000, 'EUR'], ['1200 EUR', 1200, 'EUR'],
    ['£8k', 8000, 'GBP'], ['12,50 €', 12.5, undefined], ['C$ 900', 900, 'CAD'], ['¥1,500,000', 1500000, 'JPY'],
  ])('%s -> %d %s', (text, amount, currency) => {
    expect(one(text)?.amount).toBe(amount);
    if (currency) expect(one(text)?.currency).toBe(currency);
  });
  it('names currencies by code, symbol or word', () => {
    expect(findCurrency('bill in Canadian dollars')).toBe('CAD');
    expect(findCurrency('they pay in yen')).toBe('JPY');
    expect(findCurrency('invoices in SEK')).toBe('SEK');
    expect(findCurrency('Swiss francs please')).toBe('CHF');
    expect(findCurrency('no money here, VAT and CEO')).toBeUndefined();
  });
});

describe('countries and addresses', () => {
  it('maps names, aliases and codes to alpha-2, but not lower-case words', () => {
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('Holland')).toBe('NL');
    expect(countryCode('us')).toBeUndefined();
    expect(findCountry('clients in germany')?.code).toBe('DE');
    expect(findCountry('Jordan Lee called')).toBeUndefined();
  });
});

describe('emails, websites, phones', () => {
  it('lower-cases emails and keeps sites as typed without a trailing slash', () => {
    expect(findEmails('Tom.Becker@Kestrel-Aviation.de')).toEqual(['tom.becker@kestrel-aviation.de']);
    expect(findWebsites('site https://deltarobotics.ai/ and lumenstudio.io')).toEqual(['https://deltarobotics.ai', 'lumenstudio.io']);
    expect(findWebsites('Iberia Textiles S.A. and Nimbus B.V.')).toEqual([]);
    expect(findWebsites('mail jane@acme.com')).toEqual([]);
  });
  it('finds phone numbers in common layouts and not short numbers', () => {
    expect(findPhones('phone +44 20 7946 0321')).toEqual(['+44 20 7946 0321']);
    expect(findPhones('call (555) 214-8890 now')).toEqual(['(555) 214-8890']);
    expect(findPhones('650-555-0199')).toEqual(['650-555-0199']);
    expect(findPhones('Calle Mayor 10, 28013 Madrid')).toEqual([]);
  });
});
