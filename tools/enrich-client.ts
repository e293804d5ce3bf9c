import { z } from 'zod';
import { enrichClient } from '../src/domain/enrichment/enrich-client';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const EnrichClientToolInput = z.object({ client: clientRef });
type Input = z.infer<typeof EnrichClientToolInput>;

export const enrichClientTool: ToolDescriptor<Input> = {
  name: 'enrichClient',
  description: "Reads the client's website (home, about, contact and imprint pages) and proposes changes: description, industry, LinkedIn, billing email, phone, address. Nothing on the client changes until the person applies the proposals. Needs a website.",
  input: EnrichClientToolInput,
  risk: 'read',
  summarize: (input) => `Read ${input.client}'s website for details`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await enrichClient({ ctx, input });
    const proposals = r.data?.proposals ?? [];
    const text = r.state === 'succeeded'
      ? proposals.length
        ? `Read ${r.client.name}'s website; proposed: ${proposals.map((p) => `${p.label}${p.conflict ? ' (differs from what is stored)' : ''}`).join(', ')}. Nothing is changed until you apply them.`
        : `Read ${r.client.name}'s website; nothing new to propose.`
      : r.state === 'skipped' ? `Skipped: ${r.reason}` : `Could not read ${r.client.name}'s website: ${r.reason}`;
    return { ok: true, text, data: { kind: 'enrichment', client: r.client, state: r.state, reason: r.reason, proposals } };
  }),
};
