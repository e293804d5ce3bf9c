import { describe, expect, it } from 'vitest';
import { missingForInvoicing } from '../../../src/domain/clients/missing-for-invoicing';

const complete = { name: 'Acme', email: 'billing@acme.com', addressLine1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };

describe('invoice-readiness', () => {
  it('lists nothing for a complete client', () => {
    expect(missingForInvoicing(complete, [], 'EUR')).toEqual([]);
  });

  it('lists every missing field with a label a person reads', () => {
    const missing = missingForInvoicing({ name: 'Acme', email: null, addressLine1: null, city: null, postalCode: null, country: null }, [], 'EUR');
    expect(missing).toEqual([
      { field: 'email', label: 'Billing email' },
      { field: 'address.line1', label: 'Billing address: street' },
      { field: 'address.city', label: 'Billing address: city' },
      { field: 'address.postalCode', label: 'Billing address: postal code' },
      { field: 'address.country', label: 'Billing address: country' },
    ]);
  });

  it('takes the billing contact, then the primary contact, as the billing email; wants a resolvable currency', () => {
    const noEmail = { ...complete, email: null };
    expect(missingForInvoicing(noEmail, [{ email: 'fin@acme.com', isPrimary: false, isBillingDefault: true }], 'EUR')).toEqual([]);
    expect(missingForInvoicing(noEmail, [{ email: 'ceo@acme.com', isPrimary: true, isBillingDefault: false }], 'EUR')).toEqual([]);
    expect(missingForInvoicing(noEmail, [{ email: 'x@acme.com', isPrimary: false, isBillingDefault: false }], 'EUR').map((m) => m.field)).toEqual(['email']);
    expect(missingForInvoicing(complete, [], null).map((m) => m.field)).toEqual(['currency']);
  });
});
