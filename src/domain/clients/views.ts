// The shapes every channel renders (Slack cards, web cards, CLI text, the model's tool results).
// Amounts are in currency units (not cents); timestamps are ISO strings; dates are YYYY-MM-DD.
import type { ClientStatus, ContactRole } from '../../db/enums';
import type { QuoteView } from '../quotes/quote-views';
import type { FollowUpView } from '../follow-ups/follow-up-views';
import type { ClientDetails } from './client-columns';

export type { ClientStatus, ContactRole };

export type ContactView = {
  id: number;
  clientId: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  role: ContactRole | null;
  isPrimary: boolean;
  isBillingDefault: boolean;
  portalEnabled: boolean;
  portalLastSignInAt: string | null;
};

export type ClientSummary = {
  id: number;
  number: string;
  name: string;
  status: ClientStatus;
  archived: boolean;
  email: string | null;
  city: string | null;
  country: string | null;
  industry: string | null;
  ownerName: string | null;
  /** Revenue, payments and outstanding per currency the client was invoiced in (never added across currencies). */
  totals: MoneyTotal[];
  /** Every invoice of the client, drafts and void ones included. */
  invoiceCount: number;
  /** The currency new invoices take (client, group or workspace); older invoices keep their own. */
  currency: string;
  lastActivityAt: string | null;
  createdAt: string;
};

/** One currency's figures, in currency units: issued + paid invoices, what was paid on them, and the rest. */
export type MoneyTotal = { currency: string; revenue: number; paid: number; outstanding: number };

/** A field the client lacks for invoicing, with a label a person reads ("Billing address: city"). */
export type MissingField = { field: string; label: string };

/** Every field stored as the client's own column (client-columns.ts) as stored, the address as one object; then the
 *  resolved settings and everything around the client. */
export type ClientView = ClientSummary & ClientDetails & {
  /** Where the resolved currency comes from, e.g. "set on the group Agencies". */
  currencySource: string;
  paymentTerms: number;
  paymentTermsSource: string;
  reminderTone: string;
  reminderToneSource: string;
  value: number | null;
  startDate: string | null;
  endDate: string | null;
  ownerId: number | null;
  groupName: string | null;
  portalEnabled: boolean;
  enrichmentState: 'none' | 'succeeded' | 'skipped' | 'failed';
  missingForInvoicing: MissingField[];
  primaryContact: ContactView | null;
  contacts: ContactView[];
  projects: Array<{ id: number; name: string; status: string }>;
  /** Open follow-ups, soonest first (follow-ups/follow-up-views.ts). */
  followUps: FollowUpView[];
  invoices: Array<{
    id: number; number: string; amount: number; amountPaid: number; currency: string; status: string; issuedOn: string | null; dueOn: string | null;
    /** When it was last emailed (sendInvoice), ISO, and to which address. */
    sentAt: string | null; sentTo: string | null;
    /** It can be voided (ledger/voidable.ts). */
    voidable: boolean;
  }>;
  notes: Array<{ id: number; body: string; createdAt: string; author: string | null }>;
  /** Every quote, newest first; `state` says which are open (draft, sent) and which expired. */
  quotes: QuoteView[];
};
