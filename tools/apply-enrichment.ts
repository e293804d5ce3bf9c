import { z } from 'zod';
import { applyEnrichment } from '../src/domain/enrichment/apply-enrichment';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import { enrichmentReachesPortal } from '../src/domain/portal/portal-reach';
import { grantsIf } from './risk';
import type { ToolDescriptor } from './types';

const field = z.enum(['industry', 'phone', 'address', 'billingEmail', 'description', 'linkedin']);
export const ApplyEnrichmentToolInput = z.object({
  client: clientRef,
  fields: z.array(field).optional().describe('Which proposals from enrichClient to apply; default: those that conflict with nothing stored.'),
  overwrite: z.array(field).optional().describe('Fields whose stored value the person explicitly chose to replace.'),
});
type Input = z.infer<typeof ApplyEnrichmentToolInput>;

export const applyEnrichmentTool: ToolDescriptor<Input> = {
  name: 'applyEnrichment',
  description: "Applies proposals found on the client's website by enrichClient. Values the team already typed are never replaced unless named in `overwrite`; they come back as conflicts.",
  input: ApplyEnrichmentToolInput,
  risk: 'grantsAccess',
  riskOf: ({ ctx, input }) => grantsIf(enrichmentReachesPortal(ctx, input)),
  summarize: (input) => `Apply website findings to ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await applyEnrichment({ ctx, input });
    const parts = [r.applied.length ? `Applied to ${r.client.name}: ${r.applied.join(', ')}.` : `Nothing applied to ${r.client.name}.`];
    if (r.conflicts.length) parts.push(`Kept what is stored for ${r.conflicts.map((c) => `${c.field} (${JSON.stringify(c.current)})`).join(', ')}; say to overwrite if the website is right.`);
    const out = { ok: true as const, text: parts.join(' '), data: { kind: 'enrichmentApplied', client: r.client, applied: r.applied, conflicts: r.conflicts } };
    return r.activityId ? { ...out, undo: { activityId: r.activityId, label: 'Undo' } } : out;
  }),
};
