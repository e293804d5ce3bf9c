import { describe, expect, it } from 'vitest';
import { normalizeCountry } from '../../../src/domain/normalize/country';
import { normalizeCurrency } from '../../../src/domain/normalize/currency';
import { normalizeEmail } from '../../../src/domain/normalize/email';
import { normalizePhone } from '../../../src/domain/normalize/phone';
import { normalizeWebsite } from '../../../src/domain/normalize/website';

describe('normalisers', () => {
  it('reads countries as names, alpha-2 and alpha-3 codes, in several languages', () => {
    expect(normalizeCountry('Germany')).toBe('DE');
    expect(normalizeCountry('de')).toBe('DE');
    expect(normalizeCountry('DEU')).toBe('DE');
    expect(normalizeCountry('Deutschland')).toBe('DE');
    expect(normalizeCountry('the Netherlands')).toBe('NL');
    expect(normalizeCountry('Holland')).toBe('NL');
    expect(normalizeCountry('UK')).toBe('GB');
    expect(normalizeCountry('usa')).toBe('US');
    expect(normalizeCountry('Espagne')).toBe('ES');
    expect(normalizeCountry('Narnia')).toBeNull();
    expect(normalizeCountry('  ')).toBeNull();
  });

  it('formats phones as E.164 where they parse, with the default region, and keeps the rest as typed', () => {
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalizePhone('+1 (415) 555-2671')).toBe('+14155552671');
    expect(normalizePhone('0049 30 1234567')).toBe('+49301234567');
    expect(normalizePhone('ext. 12 ask for Bob', 'DE')).toBe('ext. 12 ask for Bob');
    expect(normalizePhone('555-2671')).toBe('555-2671');
  });

  it('stores websites without a trailing slash, as typed otherwise', () => {
    expect(normalizeWebsite('https://acme.io/')).toBe('https://acme.io');
    expect(normalizeWebsite(' acme.com// ')).toBe('acme.com');
    expect(normalizeWebsite('')).toBeNull();
  });

  it('trims, lower-cases and validates emails', () => {
    expect(normalizeEmail('  Jane@ACME.com ')).toBe('jane@acme.com');
    expect(normalizeEmail('not an email')).toBeNull();
  });

  it('reads ISO-4217 currencies in any case and common symbols', () => {
    expect(normalizeCurrency('eur')).toBe('EUR');
    expect(normalizeCurrency('€')).toBe('EUR');
    expect(normalizeCurrency('chf')).toBe('CHF');
    expect(normalizeCurrency('XYZ')).toBeNull();
  });
});
