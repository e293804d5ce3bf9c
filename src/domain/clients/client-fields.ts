// The client model, declared once: each field's key, the label people read, its input (path in the verbs' input,
// zod schema that validates and normalises it, the kind of control), the card/modal section it belongs to, whether
// the full New client form requires it, its CSV export column, the column names other tools export it under (the
// import's header hints) and the words people use for it. Derived from it: the verbs' zod schemas (schemas.ts),
// the form lists (client-forms.ts), the CSV export columns and the import's header matching.
// Hints are header keys (lower case, letters and digits only), most specific first: when two columns name one
// field, the more specific one is read first. Fields without `input` exist only on import and export (a contact's
// first name, the billing contact's email): the import turns them into contacts.
import { z } from 'zod';
import { CLIENT_STATUSES, REMINDER_TONES } from '../../db/enums';
import {
  optAmount, optCountry, optCurrency, optDate, optEmail, optPaymentTerms, optPhone, optReminderTone, optText, optWebsite, Ref,
} from '../normalize/fields';

/** Where a field is edited: the identity and billing cards/sections, or with the contact person. */
export type FieldSection = 'identity' | 'billing' | 'contact';
/** The control: text-like inputs, a select of fixed options, a team member, a group, a long text. */
export type InputKind = 'text' | 'email' | 'tel' | 'number' | 'date' | 'select' | 'member' | 'group' | 'longtext';
export type FieldInput = {
  /** Key in the verbs' input ("address.city" is address.city). */
  path: string;
  schema: z.ZodType;
  kind: InputKind;
  max?: number;
  options?: readonly string[];
  /** Shown after the label on forms: "Payment terms (days)". */
  unit?: string;
  placeholder?: string;
  help?: string;
};

export type FieldDef = {
  key: string;
  label: string;
  input?: FieldInput;
  /** Every client has it: no form may leave it empty. */
  required?: true;
  section?: FieldSection;
  /** In the full New client form (everything an invoice needs): required there, or offered. */
  fullForm?: 'required' | 'optional';
  /** Header of its column in the CSV export (which the import reads back). */
  csv?: string;
  /** What people call it in a sentence ("VAT number"), for the command reader's vocabulary. */
  words?: readonly string[];
  /** How the tools take it (tools/field-schemas.ts): what the model reads about it beyond its label; `setting`:
   *  only updateClient takes it (the contract's createClient fields plus settings); `spoken`: a number or words ("net 30"). */
  tool?: { describe?: string; setting?: true; spoken?: true };
  hints: readonly string[];
  /** Part of an address: also found behind a billing/shipping prefix ("Billing City", "SAPostalCode"). */
  address?: true;
  /** Hints that mean this field only behind an address prefix ("Billing Code" is a postal code, "Code" alone is not). */
  prefixedHints?: readonly string[];
  /** Hints that mean this field only when no other column does (Xero's "ContactName" is the client's name). */
  elseHints?: readonly string[];
};

export const optStatus = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(CLIENT_STATUSES, { error: `must be one of ${CLIENT_STATUSES.join(', ')}` })).optional();

export const CLIENT_FIELDS = [
  { key: 'name', label: 'Name', input: { path: 'name', schema: optText(200), kind: 'text', max: 200 }, required: true, section: 'identity', fullForm: 'required', csv: 'Name',
    words: ['name', 'company', 'business', 'client'],
    hints: ['name', 'companyname', 'company', 'organization', 'organisation', 'organizationname', 'accountname',
    'businessname', 'clientname', 'customername', 'firma', 'business', 'account', 'client', 'customer',
    // The name shown on documents: used when the company name is empty (an individual).
    'displayname', 'displaynameas', 'customerfullname', 'associatedcompany'], elseHints: ['contactname'] },
  { key: 'contactName', label: 'Contact person', input: { path: 'contactName', schema: optText(200), kind: 'text' }, section: 'contact', fullForm: 'required', csv: 'Primary Contact Name',
    words: ['contact', 'contact person', 'contact name', 'person'],
    tool: { describe: 'Creates or names the primary contact.' }, hints: ['contactname', 'contact', 'contactperson', 'fullname', 'primarycontact', 'primarycontactname', 'ansprechpartner'] },
  { key: 'email', label: 'Billing email', input: { path: 'email', schema: optEmail, kind: 'email' }, section: 'billing', fullForm: 'required', csv: 'Email',
    words: ['email', 'e-mail', 'mail', 'billing email', 'invoice email'],
    hints: ['email', 'emailaddress', 'emailid', 'companyemail', 'clientemail', 'mail', 'primaryemail'] },
  { key: 'phone', label: 'Phone', input: { path: 'phone', schema: optPhone, kind: 'tel' }, section: 'identity', fullForm: 'optional', csv: 'Phone',
    words: ['phone', 'telephone', 'tel', 'mobile', 'cell'],
    hints: ['companyphone', 'workphone', 'businessphone', 'busphone', 'phone', 'phonenumber', 'telephone', 'tel',
    'telefon', 'phonenumbers', 'mobile', 'mobilephone', 'mobilenumber', 'mobphone', 'homephone', 'ddinumber'] },
  { key: 'website', label: 'Website', input: { path: 'website', schema: optWebsite, kind: 'text' }, section: 'identity', fullForm: 'optional', csv: 'Website',
    words: ['website', 'site', 'web', 'url', 'homepage', 'domain'],
    hints: ['website', 'websiteurl', 'web', 'url', 'homepage', 'site', 'webseite', 'companydomainname', 'domain'] },
  { key: 'industry', label: 'Industry', input: { path: 'industry', schema: optText(120), kind: 'text' }, section: 'identity', csv: 'Industry', words: ['industry', 'sector', 'vertical'],
    hints: ['industry', 'sector', 'vertical', 'branche'] },
  { key: 'taxId', label: 'Tax ID', input: { path: 'taxId', schema: optText(60), kind: 'text' }, section: 'identity', csv: 'Tax ID',
    words: ['tax id', 'vat', 'vat number', 'vat id', 'tax number', 'ein'],
    hints: ['taxid', 'vatnumber', 'vatid', 'vat', 'taxnumber', 'taxregistrationnumber', 'gstno', 'ein', 'ustidnr', 'ustid'] },
  { key: 'idNumber', label: 'ID number', input: { path: 'idNumber', schema: optText(100), kind: 'text', help: 'The number another system (accounting, CRM) gives this client.' },
    section: 'identity', csv: 'ID Number', words: ['id number', 'client id', 'customer number', 'reference'],
    tool: { describe: 'The client number the studio uses, if any.' }, hints: ['idnumber', 'clientid', 'customerid', 'externalid', 'customernumber', 'accountnumber', 'kundennummer',
    'reference', 'ref', 'id'] },
  { key: 'addressLine1', label: 'Street', input: { path: 'address.line1', schema: optText(200), kind: 'text' }, section: 'billing', fullForm: 'required', csv: 'Address Line 1',
    words: ['street', 'address', 'billing address'],
    address: true, hints: ['addressline1', 'address1', 'street', 'streetaddress', 'streetroadnameofaddress',
    'addressstreet', 'strasse', 'address'] },
  { key: 'houseNumber', label: 'House number', address: true, hints: ['housenumberofaddress', 'streetnumberofaddress', 'housenumber', 'streetnumber'] },
  { key: 'addressLine2', label: 'Street (line 2)', input: { path: 'address.line2', schema: optText(200), kind: 'text' }, section: 'billing', fullForm: 'optional', csv: 'Address Line 2',
    words: ['address line 2', 'suite', 'apartment'],
    address: true, hints: ['addressline2', 'address2', 'street2', 'streetaddress2', 'aptsuite', 'addressline3'] },
  { key: 'city', label: 'City', input: { path: 'address.city', schema: optText(120), kind: 'text' }, section: 'billing', fullForm: 'required', csv: 'City', words: ['city', 'town'],
    address: true, hints: ['city', 'citytownvillagelocalityofaddress', 'town', 'ort', 'stadt'] },
  { key: 'region', label: 'State or region', input: { path: 'address.region', schema: optText(120), kind: 'text' }, section: 'billing', fullForm: 'optional', csv: 'Region',
    words: ['state', 'region', 'province', 'county'],
    address: true, hints: ['region', 'state', 'province', 'stateprovince', 'provincestate', 'stateregion',
    'statecountyofaddress', 'regionofaddress', 'county'] },
  { key: 'postalCode', label: 'Postal code', input: { path: 'address.postalCode', schema: optText(20), kind: 'text' }, section: 'billing', fullForm: 'required', csv: 'Postal Code',
    words: ['postal code', 'zip', 'zip code', 'postcode'],
    address: true, hints: ['postalcode', 'zip', 'zipcode', 'postcode', 'zippostalcodeofaddress',
    'postalcodezipcode', 'postalzipcode', 'plz'], prefixedHints: ['code'] },
  { key: 'country', label: 'Country', input: { path: 'address.country', schema: optCountry, kind: 'text', placeholder: 'DE, Germany, US…' }, section: 'billing', fullForm: 'required',
    csv: 'Country', words: ['country'],
    address: true, tool: { describe: 'ISO-3166 alpha-2 code, e.g. DE.' }, hints: ['country', 'countrycode', 'countryregion', 'countryofaddress', 'nation', 'land'] },
  { key: 'currency', label: 'Currency', input: { path: 'currency', schema: optCurrency, kind: 'text', placeholder: 'EUR' }, section: 'billing', fullForm: 'optional', csv: 'Currency',
    words: ['currency', 'billing currency', 'billed in'],
    tool: { describe: 'ISO-4217 code, e.g. EUR.' }, hints: ['currency', 'currencycode', 'billingcurrency', 'defaultcurrency'] },
  { key: 'paymentTerms', label: 'Payment terms', input: { path: 'paymentTerms', schema: optPaymentTerms, kind: 'number', unit: 'days' }, section: 'billing', csv: 'Payment Terms',
    words: ['payment terms', 'terms', 'net', 'due in', 'days to pay'],
    tool: { setting: true, spoken: true, describe: 'Days until an invoice is due, e.g. 14 or "net 30".' }, hints: ['paymentterms', 'paymenttermslabel', 'terms', 'term', 'duedatesalesday', 'salesterm'] },
  { key: 'reminderTone', label: 'Reminder tone', input: { path: 'reminderTone', schema: optReminderTone, kind: 'select', options: REMINDER_TONES }, csv: 'Reminder Tone',
    words: ['reminder tone', 'tone', 'reminders'],
    tool: { setting: true, describe: 'How payment reminders sound.' }, hints: ['remindertone', 'tone'] },
  { key: 'status', label: 'Status', input: { path: 'status', schema: optStatus, kind: 'select', options: CLIENT_STATUSES }, section: 'identity', csv: 'Status',
    words: ['status', 'stage', 'lead', 'active', 'inactive', 'past'],
    hints: ['status', 'clientstatus', 'lifecyclestage', 'stage'] },
  { key: 'value', label: 'Value', input: { path: 'value', schema: optAmount, kind: 'number' }, section: 'identity', csv: 'Value', words: ['value', 'worth', 'deal value', 'budget'],
    tool: { describe: 'Expected value in currency units (12000, not "12k").' }, hints: ['value', 'dealvalue', 'contractvalue'] },
  { key: 'startDate', label: 'Start date', input: { path: 'startDate', schema: optDate, kind: 'date' }, section: 'identity', csv: 'Start Date', words: ['start date', 'started', 'client since'],
    tool: { setting: true, describe: 'When the engagement started.' }, hints: ['startdate', 'clientsince', 'since', 'start'] },
  { key: 'endDate', label: 'End date', input: { path: 'endDate', schema: optDate, kind: 'date' }, section: 'identity', csv: 'End Date', words: ['end date', 'ended', 'ends'],
    tool: { setting: true, describe: 'When the engagement ended or ends.' }, hints: ['enddate', 'end'] },
  { key: 'owner', label: 'Owner', input: { path: 'owner', schema: z.union([Ref, z.null()]).optional(), kind: 'member' }, csv: 'Owner',
    words: ['owner', 'account manager', 'managed by', 'handled by'],
    tool: { describe: "The team member who manages this client's account (name, email or Slack id)." }, hints: ['owner', 'companyowner', 'accountowner', 'contactowner', 'accountmanager', 'manager', 'salesrep'] },
  { key: 'group', label: 'Group', input: { path: 'group', schema: z.union([z.string().trim(), z.null()]).optional(), kind: 'group' }, csv: 'Group',
    words: ['group', 'client group', 'segment'],
    tool: { setting: true, describe: 'The client group whose settings it inherits, e.g. "Agencies".' }, hints: ['group', 'clientgroup', 'customertype', 'group1'] },
  { key: 'notes', label: 'Notes', input: { path: 'notes', schema: optText(10_000), kind: 'longtext' }, words: ['note', 'notes', 'comment'],
    hints: ['notes', 'note', 'privatenotes', 'description', 'comment', 'comments', 'publicnotes'] },
  { key: 'contactFirstName', label: 'Contact person (first name)', hints: ['firstname', 'contactfirstname', 'givenname', 'vorname', 'first'] },
  { key: 'contactLastName', label: 'Contact person (last name)', hints: ['lastname', 'contactlastname', 'familyname', 'surname', 'nachname', 'last'] },
  { key: 'contactEmail', label: "Contact person's email", csv: 'Primary Contact Email',
    hints: ['contactemail', 'primarycontactemail', 'contactemailaddress'] },
  { key: 'contactPhone', label: "Contact person's phone", csv: 'Primary Contact Phone',
    hints: ['contactphone', 'primarycontactphone', 'contactmobile'] },
  { key: 'contactJobTitle', label: "Contact person's job title", csv: 'Primary Contact Job Title',
    hints: ['jobtitle', 'title', 'position', 'designation', 'contacttitle',
    'primarycontactjobtitle'] },
  { key: 'billingName', label: 'Billing contact', csv: 'Billing Contact Name',
    hints: ['billingcontact', 'billingcontactname', 'financecontact', 'billingattention',
    'poattentionto'] },
  { key: 'billingEmail', label: "Billing contact's email", csv: 'Billing Contact Email',
    hints: ['billingcontactemail', 'billingemail', 'invoiceemail', 'accountsemail', 'financeemail'] },
  { key: 'billingPhone', label: "Billing contact's phone", csv: 'Billing Contact Phone',
    hints: ['billingcontactphone', 'billingphone'] },
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
