// Zod field schemas shared by the verbs: each normalises the value or names what is wrong with it.
// `undefined` means "not given"; `null` (or an empty string) means "clear it".
import { z } from 'zod';
import { REMINDER_TONES } from '../../db/enums';
import { normalizeCountry } from './country';
import { normalizeCurrency } from './currency';
import { EmailSchema } from './email';
import { looksLikeWebsite, normalizeWebsite } from './website';

const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());

export const optText = (max = 500) =>
  z.string({ error: 'must be text' }).max(max, `is longer than ${max} characters`).transform(blankToNull).nullish();

export const optEmail = z.string({ error: 'must be text' }).transform((v, ctx) => {
  if (!v.trim()) return null;
  const r = EmailSchema.safeParse(v);
  if (!r.success) {
    ctx.addIssue({ code: 'custom', message: `"${v.trim()}" is not a valid email address` });
    return z.NEVER;
  }
  return r.data;
}).nullish();

export const optCountry = z.string({ error: 'must be text' }).transform((v, ctx) => {
  if (!v.trim()) return null;
  const code = normalizeCountry(v);
  if (!code) {
    ctx.addIssue({ code: 'custom', message: `"${v.trim()}" is not a country (use a name or an ISO code such as DE)` });
    return z.NEVER;
  }
  return code;
}).nullish();

export const optCurrency = z.string({ error: 'must be text' }).transform((v, ctx) => {
  if (!v.trim()) return null;
  const code = normalizeCurrency(v);
  if (!code) {
    ctx.addIssue({ code: 'custom', message: `"${v.trim()}" is not an ISO-4217 currency code (such as EUR)` });
    return z.NEVER;
  }
  return code;
}).nullish();

export const optWebsite = z.string({ error: 'must be text' }).transform((v, ctx) => {
  const site = normalizeWebsite(v);
  if (!site) return null;
  if (!looksLikeWebsite(site)) {
    ctx.addIssue({ code: 'custom', message: `"${v.trim()}" is not a website address` });
    return z.NEVER;
  }
  return site;
}).nullish();

/** Kept as typed here; verbs normalise to E.164 once they know the default region. */
export const optPhone = z.string({ error: 'must be text' }).transform((v, ctx) => {
  if (!v.trim()) return null;
  if ((v.match(/\d/g) ?? []).length < 3) {
    ctx.addIssue({ code: 'custom', message: `"${v.trim()}" is not a phone number` });
    return z.NEVER;
  }
  return v.trim();
}).nullish();

export const optDate = z.union([z.iso.date({ error: 'must be a date as YYYY-MM-DD' }), z.literal('').transform(() => null)], {
  error: 'must be a date as YYYY-MM-DD',
}).nullish();

const toNumber = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/[,_\s]/g, '')) : v);
export const optAmount = z.preprocess(toNumber, z.number({ error: 'must be a number' }).finite('must be a number').nonnegative('cannot be negative')).nullish();

// "net 30", "30 days", 30 -> 30
const toDays = (v: unknown) => (typeof v === 'string' ? Number((v.match(/\d+/) ?? ['NaN'])[0]) : v);
export const optPaymentTerms = z.preprocess(toDays, z.number({ error: 'must be a number of days' }).int('must be whole days')
  .min(0, 'cannot be negative').max(365, 'must be at most 365 days')).nullish();

export { REMINDER_TONES };
export const optReminderTone = z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(REMINDER_TONES, { error: `must be one of ${REMINDER_TONES.join(', ')}` })).nullish();

/** A reference as a person types it: a name, part of one, an email, a number or an id. */
export const Ref = z.union([z.string().trim().min(1, 'is required'), z.number().int().positive()], { error: 'is required' });
