// The client fields a file can bring, declared once: the label people read and the column names other tools
// export them under (FreshBooks, Wave, Zoho, QuickBooks, Xero, HubSpot, Pipedrive, Invoice Ninja, spreadsheets).
// The import's header matching is derived from this list. Hints are header keys (lower case, letters and digits
// only), most specific first: when two columns name one field, the more specific one is read first.
export type FieldDef = {
  key: string;
  label: string;
  hints: readonly string[];
  /** Part of an address: also found behind a billing/shipping prefix ("Billing City", "SAPostalCode"). */
  address?: true;
  /** Hints that mean this field only behind an address prefix ("Billing Code" is a postal code, "Code" alone is not). */
  prefixedHints?: readonly string[];
  /** Hints that mean this field only when no other column does (Xero's "ContactName" is the client's name). */
  elseHints?: readonly string[];
};

export const CLIENT_FIELDS = [
  { key: 'name', label: 'name', hints: ['name', 'companyname', 'company', 'organization', 'organisation', 'organizationname', 'accountname',
    'businessname', 'clientname', 'customername', 'firma', 'business', 'account', 'client', 'customer',
    // The name shown on documents: used when the company name is empty (an individual).
    'displayname', 'displaynameas', 'customerfullname', 'associatedcompany'], elseHints: ['contactname'] },
  { key: 'idNumber', label: 'ID number', hints: ['idnumber', 'clientid', 'customerid', 'externalid', 'customernumber', 'accountnumber', 'kundennummer',
    'reference', 'ref', 'id'] },
  { key: 'email', label: 'email', hints: ['email', 'emailaddress', 'emailid', 'companyemail', 'clientemail', 'mail', 'primaryemail'] },
  { key: 'phone', label: 'phone', hints: ['companyphone', 'workphone', 'businessphone', 'busphone', 'phone', 'phonenumber', 'telephone', 'tel',
    'telefon', 'phonenumbers', 'mobile', 'mobilephone', 'mobilenumber', 'mobphone', 'homephone', 'ddinumber'] },
  { key: 'website', label: 'website', hints: ['website', 'websiteurl', 'web', 'url', 'homepage', 'site', 'webseite', 'companydomainname', 'domain'] },
  { key: 'industry', label: 'industry', hints: ['industry', 'sector', 'vertical', 'branche'] },
  { key: 'taxId', label: 'tax ID', hints: ['taxid', 'vatnumber', 'vatid', 'vat', 'taxnumber', 'taxregistrationnumber', 'gstno', 'ein', 'ustidnr', 'ustid'] },
  { key: 'addressLine1', label: 'street', address: true, hints: ['addressline1', 'address1', 'street', 'streetaddress', 'streetroadnameofaddress',
    'addressstreet', 'strasse', 'address'] },
  { key: 'houseNumber', label: 'house number', address: true, hints: ['housenumberofaddress', 'streetnumberofaddress', 'housenumber', 'streetnumber'] },
  { key: 'addressLine2', label: 'street, line 2', address: true, hints: ['addressline2', 'address2', 'street2', 'streetaddress2', 'aptsuite', 'addressline3'] },
  { key: 'city', label: 'city', address: true, hints: ['city', 'citytownvillagelocalityofaddress', 'town', 'ort', 'stadt'] },
  { key: 'region', label: 'state or region', address: true, hints: ['region', 'state', 'province', 'stateprovince', 'provincestate', 'stateregion',
    'statecountyofaddress', 'regionofaddress', 'county'] },
  { key: 'postalCode', label: 'postal code', address: true, hints: ['postalcode', 'zip', 'zipcode', 'postcode', 'zippostalcodeofaddress',
    'postalcodezipcode', 'postalzipcode', 'plz'], prefixedHints: ['code'] },
  { key: 'country', label: 'country', address: true, hints: ['country', 'countrycode', 'countryregion', 'countryofaddress', 'nation', 'land'] },
  { key: 'currency', label: 'currency', hints: ['currency', 'currencycode', 'billingcurrency', 'defaultcurrency'] },
  { key: 'paymentTerms', label: 'payment terms', hints: ['paymentterms', 'paymenttermslabel', 'terms', 'term', 'duedatesalesday', 'salesterm'] },
  { key: 'reminderTone', label: 'reminder tone', hints: ['remindertone', 'tone'] },
  { key: 'status', label: 'status', hints: ['status', 'clientstatus', 'lifecyclestage', 'stage'] },
  { key: 'value', label: 'value', hints: ['value', 'dealvalue', 'contractvalue'] },
  { key: 'startDate', label: 'start date', hints: ['startdate', 'clientsince', 'since', 'start'] },
  { key: 'endDate', label: 'end date', hints: ['enddate', 'end'] },
  { key: 'owner', label: 'owner', hints: ['owner', 'companyowner', 'accountowner', 'contactowner', 'accountmanager', 'manager', 'salesrep'] },
  { key: 'group', label: 'group', hints: ['group', 'clientgroup', 'customertype', 'group1'] },
  { key: 'notes', label: 'notes', hints: ['notes', 'note', 'privatenotes', 'description', 'comment', 'comments', 'publicnotes'] },
  { key: 'contactName', label: 'contact person', hints: ['contactname', 'contact', 'contactperson', 'fullname', 'primarycontact', 'primarycontactname', 'ansprechpartner'] },
  { key: 'contactFirstName', label: 'contact person (first name)', hints: ['firstname', 'contactfirstname', 'givenname', 'vorname', 'first'] },
  { key: 'contactLastName', label: 'contact person (last name)', hints: ['lastname', 'contactlastname', 'familyname', 'surname', 'nachname', 'last'] },
  { key: 'contactEmail', label: 'contact person\'s email', hints: ['contactemail', 'primarycontactemail', 'contactemailaddress'] },
  { key: 'contactPhone', label: 'contact person\'s phone', hints: ['contactphone', 'primarycontactphone', 'contactmobile'] },
  { key: 'contactJobTitle', label: 'contact person\'s job title', hints: ['jobtitle', 'title', 'position', 'designation', 'contacttitle',
    'primarycontactjobtitle'] },
  { key: 'billingName', label: 'billing contact', hints: ['billingcontact', 'billingcontactname', 'financecontact', 'billingattention',
    'poattentionto'] },
  { key: 'billingEmail', label: 'billing email', hints: ['billingcontactemail', 'billingemail', 'invoiceemail', 'accountsemail', 'financeemail'] },
  { key: 'billingPhone', label: 'billing phone', hints: ['billingcontactphone', 'billingphone'] },
] as const satisfies readonly FieldDef[];

export type ClientFieldKey = (typeof CLIENT_FIELDS)[number]['key'];

/** Columns other tools export that are not client details (their own figures and timestamps): read, never used. */
export const EXPORT_ONLY_HINTS = ['number', 'clientnumber', 'no', 'portalenabled', 'archivedat', 'enrichmentstate', 'revenue', 'balance',
  'createdat', 'updatedat', 'lastactivityat', 'paidtodate', 'creditbalance', 'openbalance', 'outstandingreceivableamount', 'recordid',
  'invoices', 'createdate', 'createdtime', 'lastmodifiedtime', 'lastactivitydate', 'addtime', 'updatetime', 'opendeals', 'closeddeals', 'invoicecount'];

/** Address prefixes: the billing address is the client's; a shipping (or secondary) one is used only where a row has no other. */
export const ADDRESS_PREFIXES = {
  billing: ['billingaddress', 'billing', 'billto', 'bill', 'po', 'postal', 'mailing', 'invoice'],
  shipping: ['shippingaddress', 'shipping', 'shipto', 'ship', 'sa', 'delivery', 'physical', 'secondary'],
} as const;
