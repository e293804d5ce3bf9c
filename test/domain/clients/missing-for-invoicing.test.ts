import { describe, expect, it } from 'vitest';
import { missingForInvoicing } from '../../../src/domain/clients/missing-for-invoicing';

const complete = { name: 'Acme', email: 'billing@acme.com', addressLine1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' };
const jane = { name: 'Jane Roe', email: null, isPrimary: true, isBillingDefault: false };

describe('invoice-readiness', () => {
  it('lists nothing for a complete client', () => {
    expect(missingForInvoicing(complete, [jane], 'EUR')).toEqual([]);
  });

  it('lists every missing field with a label a person reads', () => {
    const missing = missingForInvoicing({ name: 'Acme', email: null, addressLine1: null, city: null, postalCode: null, country: null }, [], 'EUR');
    expect(missing).toEqual([
      { field: 'email', label: 'Billing email' },
      { field: 'address.line1', label: 'Billing address: street' },
      { field: 'address.city', label: 'Billing address: city' },
      { field: 'address.postalCode', label: 'Billing address: postal code' },
      { field: 'address.country', label: 'Billing address: country' },
      { field: 'contactName', label: 'Contact person' },
    ]);
  });

  it('takes the billing contact, then the primary contact, as the billing email; wants a resolvable currency', () => {
    const noEmail = { ...complete, email: null };
    expect(missingForInvoicing(noEmail, [jane, { email: 'fin@acme.com', isPrimary: false, isBillingDefault: true }], 'EUR')).toEqual([]);
    expect(missingForInvoicing(noEmail, [{ ...jane, email: 'ceo@acme.com' }], 'EUR')).toEqual([]);
    expect(missingForInvoicing(noEmail, [jane, { email: 'x@acme.com', isPrimary: false, isBillingDefault: false }], 'EUR').map((m) => m.field)).toEqual(['email']);
    expect(missingForInvoicing(complete, [jane], null).map((m) => m.field)).toEqual(['currency']);
    // A contact without a name (only an email) is no contact person.
    expect(missingForInvoicing(complete, [{ ...jane, name: ' ', email: 'a@acme.com' }], 'EUR').map((m) => m.field)).toEqual(['contactName']);
  });
});
