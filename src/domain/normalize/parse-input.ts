// Parses a verb's input with zod and turns every problem into one InvalidInput naming the fields.
import type { z } from 'zod';
import { InvalidInput, type FieldIssue } from '../../errors';

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field: i.path.map(String).join('.') || 'input',
    message: i.code === 'invalid_type' && /received undefined/.test(i.message) ? 'is required' : i.message,
  }));
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success) throw new InvalidInput(zodIssues(r.error));
  return r.data;
}
