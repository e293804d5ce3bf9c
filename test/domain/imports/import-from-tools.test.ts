// Files exported by other tools, imported as they come (test/fixtures/imports/): each is dry-run (the preview
// names the columns used, for what, and the ones left aside), then applied, and the clients read as a person
// would expect: the company as the client, first and last name as the contact person, the billing address
// (or the only one there is), state into the region, country codes, currency and terms, phones with extensions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients, contacts } from '../../../src/db/schema';
import { applyImport } from '../../../src/domain/imports/apply-import';
import { importCsv } from '../../../src/domain/imports/import-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';

const FIXTURES = join(import.meta.dirname, '../../fixtures/imports');
let t: TestDb, ws: SeededWorkspace;
beforeEach(async () => { ({ t, ws } = await seededTestDb()); });
afterEach(() => t.cleanup());

async function importFile(file: string) {
  const ctx = testCtx(t.db, ws.actors.owner);
  const dry = await importCsv({ ctx, input: { content: readFileSync(join(FIXTURES, file), 'utf8'), filename: file } });
  expect(dry.rejections).toEqual([]);
  const used = Object.fromEntries(dry.columns.matched.map((m) => [m.header, m.note ? `${m.field} (${m.note})` : m.field]));
  await applyImport({ ctx, input: { importId: dry.importId } });
  const rows = await t.db.select().from(clients).where(eq(clients.workspaceId, ws.workspaceId)).orderBy(clients.number);
  const people = await t.db.select().from(contacts).where(eq(contacts.workspaceId, ws.workspaceId)).orderBy(contacts.id);
  const client = (name: string) => {
    const c = rows.find((r) => r.name === name);
    if (!c) throw new Error(`no client ${name} in ${rows.map((r) => r.name).join(', ')}`);
    return { ...c, people: people.filter((p) => p.clientId === c.id).map((p) => p.name ?? p.email) };
  };
  return { dry, used, rows, client };
}

describe('importing the export files of other tools, unedited', () => {
  it('FreshBooks: Organization or, for a person, first and last name; the secondary address where there is no other', async () => {
    const { dry, used, client } = await importFile('freshbooks-clients.csv');
    expect(dry).toMatchObject({ rows: 3, created: 3 });
    expect(used).toMatchObject({ Organization: 'name', FirstName: 'contactFirstName', Province: 'region', BusPhone: 'phone' });
    expect(client('Maple Leaf Design Inc.')).toMatchObject({ country: 'CA', region: 'Ontario', phone: '+14165550142 ext. 21', people: ['Chloé Tremblay'] });
    expect(client('Pat Nguyen')).toMatchObject({ addressLine1: '88 Beach Ave', city: 'Vancouver', country: 'CA', phone: '+16045550199' });
    expect(client('Harbour & Co')).toMatchObject({ country: 'AU', region: 'NSW', phone: '+61295550100' });
  });

  it('Wave: snake_case columns, account number as the ID number, currency, the ship-to address only as a fallback', async () => {
    const { used, client } = await importFile('wave-customers.csv');
    expect(used.ship_to_city).toBe('city (shipping address, for rows without another address)');
    expect(client('Northwind Bakery')).toMatchObject({ idNumber: 'W-100', currency: 'CAD', city: 'Halifax', region: 'Nova Scotia', phone: '+19025550101 ext. 7', people: ['Ada Lovelace'] });
    expect(client('Bluebird Yoga')).toMatchObject({ city: 'Chicago', region: 'Illinois', country: 'US', currency: 'USD' });
  });

  it('Zoho Books: Company Name over Display Name, "EUR - Euro", payment terms in days, Billing Attention as the billing contact', async () => {
    const { dry, used, client } = await importFile('zoho-books-contacts.csv');
    expect(used['Display Name']).toBe('name (when "Company Name" is empty)');
    expect(dry.columns.ignored.map((i) => i.header)).toEqual(['Created Time', 'Last Modified Time', 'Shipping Attention']);
    expect(client('Acme Studio GmbH')).toMatchObject({ currency: 'EUR', paymentTerms: 30, addressLine1: 'Friedrichstraße 10', city: 'Berlin', postalCode: '10117', status: 'active', people: ['Julia Becker'] });
    expect(client('Ravi Kumar')).toMatchObject({ currency: 'GBP', paymentTerms: 0, country: 'GB', phone: '+447700900123' });
  });

  it('Zoho CRM: Account Name, billing street and code, an unknown owner only warned about', async () => {
    const { dry, client } = await importFile('zoho-crm-accounts.csv');
    expect(dry.warnings).toContainEqual({ row: 1, message: 'Owner "Sam Seller" is not known; left unset' });
    expect(client('Globex Corporation')).toMatchObject({ addressLine1: '500 Market St', postalCode: '94105', region: 'CA', country: 'US' });
    expect(client('Initrode AG')).toMatchObject({ city: 'Zürich', country: 'CH', phone: '+41445550100' });
  });

  it('QuickBooks Online: the report title above the header and the timestamp below are passed over; Net 30, Due on receipt', async () => {
    const { dry, used, client } = await importFile('quickbooks-online-customers.csv');
    expect(dry).toMatchObject({ rows: 2, created: 2, skippedLines: { above: 3, below: 1 } });
    expect(used['Billing street']).toBe('addressLine1 (billing address)');
    expect(used['Full name']).toBe('contactName');
    expect(client('Bayside Dental Group PC')).toMatchObject({ addressLine1: '1 Bay St', city: 'San Francisco', paymentTerms: 30, phone: '+14155550123 ext. 12', people: ['Maria Lopez'] });
    expect(client('Jordan Lee')).toMatchObject({ addressLine1: '10 Hudson Yards', city: 'New York', paymentTerms: 0, country: 'US' });
  });

  it('Xero: *ContactName is the client, the PO address before the street address, POAttentionTo as the billing contact', async () => {
    const { used, client } = await importFile('xero-contacts.csv');
    expect(used['*ContactName']).toBe('name');
    expect(client('Kiwi Web Ltd')).toMatchObject({ addressLine1: 'PO Box 1234', postalCode: '6140', country: 'NZ', paymentTerms: 20, taxId: '123-456-789', people: ['Aroha Ngata'] });
    expect(client('Outback Analytics Pty Ltd')).toMatchObject({ addressLine1: '12 George St', addressLine2: 'Level 3', region: 'QLD', country: 'AU', people: ['Bruce Wayne', 'Finance Team'] });
  });

  it('HubSpot companies: Country/Region, State/Region, the lifecycle stage as status, Record ID ignored', async () => {
    const { dry, client } = await importFile('hubspot-companies.csv');
    expect(dry.columns.ignored.map((i) => i.header)).toContain('Record ID');
    expect(client('Brightwave Media')).toMatchObject({ region: 'Massachusetts', country: 'US', status: 'lead', website: 'https://www.brightwave.example', phone: '+16175550100 ext. 3' });
    expect(client('Nordlicht Software')).toMatchObject({ country: 'DE', status: 'active', website: 'nordlicht.example' });
  });

  it('HubSpot contacts: one row per person; two people at one company make one client with both contacts', async () => {
    const { dry, rows, client } = await importFile('hubspot-contacts.csv');
    expect(dry.skips).toEqual([{ row: 2, reason: 'same client as row 1; its contact is added there' }]);
    expect(rows.map((r) => r.name)).toEqual(['Sternwerk GmbH', 'Solmar Lda']);
    expect(client('Sternwerk GmbH').people).toEqual(['Lena Vogel', 'Tom Berg']);
    expect(client('Solmar Lda').people).toEqual(['Ines Costa']);
  });

  it('Pipedrive organizations: the "Organization - " prefix, street and house number joined the way the country writes them', async () => {
    const { used, client } = await importFile('pipedrive-organizations.csv');
    expect(used['Organization - Name']).toBe('name');
    expect(client('Fjord Logistics AS')).toMatchObject({ idNumber: '101', addressLine1: 'Karl Johans gate 22', postalCode: '0159', country: 'NO' });
    expect(client('Baker Street Books')).toMatchObject({ addressLine1: '12 Baker Street', country: 'GB', region: 'Greater London' });
  });

  it('Invoice Ninja v4: Street and Apt/Suite, "Euro" as the currency, the work phone as the client\'s', async () => {
    const { dry, client } = await importFile('invoice-ninja-v4-clients.csv');
    expect(dry.columns.ignored.map((i) => i.header)).toEqual(['Balance', 'Paid to Date']);
    expect(client('Rheinblick Hotel GmbH')).toMatchObject({ currency: 'EUR', idNumber: 'IN4-17', taxId: 'DE123456789', phone: '+492215550100', people: ['Klaus Meyer'] });
    expect(client('Costa Verde Surf')).toMatchObject({ addressLine2: '2 Esq', country: 'PT', currency: 'EUR' });
  });

  it('Invoice Ninja v5: a repeated "Phone" column is read after the first; shipping address only where the billing one is empty', async () => {
    const { dry, client } = await importFile('invoice-ninja-v5-clients.csv');
    expect(dry.columns.matched.filter((m) => m.header === 'Phone').map((m) => m.note ?? '')).toEqual(['', 'when "Phone" is empty']);
    expect(client('Polar Bear Studio')).toMatchObject({ phone: '+46855501000', currency: 'SEK', paymentTerms: 14, country: 'SE' });
    expect(client('Tidewater Consulting')).toMatchObject({ phone: '+17575550100', addressLine1: '200 Granby St', city: 'Norfolk', region: 'Virginia', paymentTerms: 30 });
  });

  it('a plain spreadsheet with a title above the header, repeated "Notes", country names in German, € and odd terms', async () => {
    const { dry, client } = await importFile('spreadsheet-with-banner.csv');
    expect(dry).toMatchObject({ rows: 3, created: 3, skippedLines: { above: 3, below: 0 } });
    expect(dry.warnings).toEqual([{ row: 2, message: 'Terms: "end of month" is not a number of days; left unset' }]);
    expect(client('Café Sonne')).toMatchObject({ country: 'AT', currency: 'EUR', paymentTerms: 30, phone: '+4315550100 ext. 3' });
    expect(client('Alpenblick AG')).toMatchObject({ country: 'CH', currency: 'CHF', paymentTerms: null, phone: '+41445550100 ext. 12' });
    expect(client('Delta Print')).toMatchObject({ country: 'DE', paymentTerms: 0 });
  });
});
