// The full form in chat ("add a client with all the invoice details"): createClient / updateClient with
// complete: true run the domain's 'full' policy, and what is missing is said the way a person reads it.
import { z } from 'zod';
import { missingLabel, sentenceLabel } from '../src/domain/clients/client-forms';
import { InvalidInput } from '../src/errors';

export const completeFlag = z.boolean().optional().describe('The full form ("add a client with all the invoice details"): name, contact person, '
  + 'billing email and the complete billing address are all required; if any is missing nothing is saved and every missing one is named at once.');

/** The domain input with the full-form policy when asked for. */
export const withPolicy = <T extends object>(fields: T, complete: boolean | undefined) => (complete ? { ...fields, policy: 'full' as const } : fields);

/** Every missing field named as a person reads it, in one sentence; the field issues stay for the channels. */
export function stillNeeded(err: unknown, complete: boolean | undefined): unknown {
  if (!complete || !(err instanceof InvalidInput)) return err;
  const missing = err.issues.filter((i) => i.message === 'is required').map((i) => sentenceLabel(missingLabel(i.field)));
  const other = err.issues.filter((i) => i.message !== 'is required').map((i) => `${sentenceLabel(missingLabel(i.field))} ${i.message}`);
  const parts = [missing.length ? `it still needs: ${missing.join(', ')}` : '', other.length ? `please fix: ${other.join('; ')}` : ''].filter(Boolean);
  return new InvalidInput(err.issues, `Nothing was saved; for a client with all the invoice details ${parts.join('; and ')}.`);
}
