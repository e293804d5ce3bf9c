// Input schemas of the ledger verbs (keys are the tool contract's). Amounts arrive in currency units and are
// stored in cents; dates a person gives are YYYY-MM-DD.
import { z } from 'zod';
import { optCurrency, optDate, optText, Ref } from '../normalize/fields';
import { formatMoney } from './money-totals';

export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'completed', 'cancelled'] as const;

const toNumber = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/[,_\s]/g, '')) : v);
/** A positive amount in currency units, with at most two decimals (it is stored in cents). */
export const Amount = z.preprocess(toNumber, z.number({ error: 'must be a number' }).finite('must be a number')
  .positive('must be more than zero').max(1e11, 'is too large')
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'can have at most two decimals'));

export const CreateProjectInput = z.object({
  client: Ref,
  name: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'is longer than 200 characters'),
  status: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/[\s-]+/g, '_') : v),
    z.enum(PROJECT_STATUSES, { error: `must be one of ${PROJECT_STATUSES.join(', ')}` })).optional(),
});

export const CreateInvoiceInput = z.object({
  client: Ref,
  amount: Amount,
  currency: optCurrency,
  dueDate: optDate,
  description: optText(1000),
  project: Ref.optional(),
});

export const RecordPaymentInput = z.object({
  invoice: Ref.optional(),
  client: Ref.optional(),
  /** Without it, the named invoice is paid in full (what is still owed on it). */
  amount: Amount.optional(),
  date: optDate,
});

export const toCents = (units: number) => Math.round(units * 100);
export const toUnits = (cents: number) => cents / 100;
/** "€1,200.00": as every surface shows an amount (history lines and messages included). */
export const money = (cents: number, currency: string) => formatMoney(toUnits(cents), currency);
/** Today in UTC as YYYY-MM-DD, from the context's clock. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
