// Matches a CSV's headers to client fields by the names people use ("Company", "E-mail", "Zip", ...).
// Export-only columns (revenue, timestamps) are known and ignored; anything else is reported as unmatched.
export const IMPORT_FIELDS = [
  'name', 'idNumber', 'email', 'phone', 'website', 'industry', 'taxId', 'addressLine1', 'addressLine2', 'city', 'region',
  'postalCode', 'country', 'currency', 'paymentTerms', 'reminderTone', 'status', 'value', 'startDate', 'endDate', 'owner', 'group',
  'notes', 'contactName', 'contactEmail', 'contactPhone', 'contactJobTitle', 'billingName', 'billingEmail', 'billingPhone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const ALIASES: Record<ImportField, string[]> = {
  name: ['name', 'company', 'companyname', 'client', 'clientname', 'customer', 'customername', 'organisation', 'organization', 'business', 'account', 'accountname', 'firma'],
  idNumber: ['idnumber', 'id', 'clientid', 'customerid', 'externalid', 'customernumber', 'accountnumber', 'reference', 'ref', 'kundennummer'],
  email: ['email', 'emailaddress', 'companyemail', 'mail', 'clientemail'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'companyphone', 'mobile', 'telefon'],
  website: ['website', 'web', 'url', 'homepage', 'site', 'domain', 'webseite'],
  industry: ['industry', 'sector', 'vertical', 'branche'],
  taxId: ['taxid', 'vat', 'vatid', 'vatnumber', 'taxnumber', 'ein', 'ustidnr', 'ustid'],
  addressLine1: ['addressline1', 'address', 'address1', 'street', 'streetaddress', 'billingaddress', 'strasse'],
  addressLine2: ['addressline2', 'address2', 'street2'],
  city: ['city', 'town', 'ort', 'stadt'],
  region: ['region', 'state', 'province', 'county'],
  postalCode: ['postalcode', 'zip', 'zipcode', 'postcode', 'plz'],
  country: ['country', 'countrycode', 'nation', 'land'],
  currency: ['currency', 'billingcurrency'],
  paymentTerms: ['paymentterms', 'terms'],
  reminderTone: ['remindertone', 'tone'],
  status: ['status', 'stage', 'clientstatus'],
  value: ['value', 'dealvalue', 'contractvalue'],
  startDate: ['startdate', 'start', 'clientsince', 'since'],
  endDate: ['enddate', 'end'],
  owner: ['owner', 'accountmanager', 'manager'],
  group: ['group', 'clientgroup'],
  notes: ['notes', 'note', 'comment', 'comments'],
  contactName: ['contact', 'contactname', 'contactperson', 'primarycontact', 'primarycontactname', 'ansprechpartner'],
  contactEmail: ['contactemail', 'primarycontactemail', 'contactemailaddress'],
  contactPhone: ['contactphone', 'primarycontactphone'],
  contactJobTitle: ['jobtitle', 'title', 'position', 'contacttitle', 'primarycontactjobtitle'],
  billingName: ['billingcontact', 'billingcontactname', 'financecontact'],
  billingEmail: ['billingcontactemail', 'billingemail', 'invoiceemail', 'accountsemail', 'financeemail'],
  billingPhone: ['billingcontactphone', 'billingphone'],
};
const IGNORED = new Set(['number', 'clientnumber', 'no', 'portalenabled', 'archivedat', 'enrichmentstate', 'revenue', 'balance',
  'createdat', 'updatedat', 'lastactivityat']);

const LOOKUP = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of ALIASES[field]) LOOKUP.set(alias, field);

export const headerKey = (h: string) => h.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export type HeaderMatch = {
  /** Column index -> field, for matched columns (the first column wins when two name one field). */
  fields: Map<number, ImportField>;
  matched: Array<{ header: string; field: ImportField }>;
  unmatched: string[];
  ignored: string[];
};

export function matchHeaders(headers: string[]): HeaderMatch {
  const out: HeaderMatch = { fields: new Map(), matched: [], unmatched: [], ignored: [] };
  const taken = new Set<ImportField>();
  headers.forEach((header, i) => {
    const key = headerKey(header);
    const field = LOOKUP.get(key);
    if (field && !taken.has(field)) {
      taken.add(field);
      out.fields.set(i, field);
      out.matched.push({ header, field });
    } else if (IGNORED.has(key) || (field && taken.has(field))) {
      out.ignored.push(header);
    } else {
      out.unmatched.push(header);
    }
  });
  return out;
}
