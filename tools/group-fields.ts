// Zod shapes for the group and workspace tools (../shared/contracts/tools.md, "Groups and settings").
import { z } from 'zod';
import type { GroupView } from '../src/domain/settings/create-group';
import { clientSettingsFields, currency } from './field-schemas';

export const settingFields = {
  currency: currency.optional(),
  paymentTerms: clientSettingsFields.paymentTerms,
  reminderTone: clientSettingsFields.reminderTone,
};

export const groupRef = z.union([z.string(), z.number()]).describe('The group by its name, e.g. "Agencies".');

/** "Agencies (EUR, 45 days, firm reminders)". */
export function groupLabel(g: GroupView): string {
  const parts = [g.currency, g.paymentTerms !== null ? `${g.paymentTerms} days` : null, g.reminderTone ? `${g.reminderTone} reminders` : null].filter(Boolean);
  return parts.length ? `${g.name} (${parts.join(', ')})` : g.name;
}
