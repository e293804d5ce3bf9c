// applyEnrichment: applies the proposals a person chose. A field the team already filled with something else is
// never overwritten silently: it comes back as a conflict unless it is also named in `overwrite`.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../context';
import { clients, contacts, notes } from '../../db/schema';
import { Conflict } from '../../errors';
import { requireClientAccess, actorMemberId } from '../access';
import { recordActivity } from '../activity/record-activity';
import { resolveClient } from '../clients/resolve-client';
import { Ref } from '../normalize/fields';
import { parseInput } from '../normalize/parse-input';
import type { EnrichmentData } from './enrich-client';
import { ADDRESS_KEYS, type ProposedAddress, type ProposalField } from './propose-changes';

const FIELDS = ['industry', 'phone', 'address', 'billingEmail', 'description', 'linkedin'] as const;
export const ApplyEnrichmentInput = z.object({
  client: Ref,
  /** Which proposals to apply; default: every proposal without a conflict. */
  fields: z.array(z.enum(FIELDS)).optional(),
  /** Fields whose stored value may be replaced (the explicit choice for conflicts). */
  overwrite: z.array(z.enum(FIELDS)).default([]),
});

export type ApplyEnrichmentResult = {
  client: { id: number; number: string; name: string };
  applied: ProposalField[];
  conflicts: Array<{ field: ProposalField; current: unknown; proposed: unknown }>;
  activityId: number | null;
};

export async function applyEnrichment({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<ApplyEnrichmentResult> {
  const args = parseInput(ApplyEnrichmentInput, input);
  requireClientAccess(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const client = await resolveClient(tx, ctx, args.client);
    const data = client.enrichmentData as EnrichmentData | null;
    if (!data?.proposals?.length) throw new Conflict(`There are no proposed changes for ${client.name}; run enrichClient first.`);
    const chosen = data.proposals.filter((p) => (args.fields ? args.fields.includes(p.field) : !p.conflict));
    const set: Partial<typeof clients.$inferInsert> = {};
    const before: Record<string, unknown> = {};
    const applied: ProposalField[] = [];
    const conflicts: ApplyEnrichmentResult['conflicts'] = [];
    const people = await tx.select().from(contacts).where(eq(contacts.clientId, client.id));
    const noteBodies = new Set((await tx.select({ body: notes.body }).from(notes).where(eq(notes.clientId, client.id))).map((n) => n.body));

    for (const p of chosen) {
      const may = args.overwrite.includes(p.field);
      if (p.field === 'industry' || p.field === 'phone') {
        const cur = client[p.field];
        if (cur && cur !== p.value && !may) { conflicts.push({ field: p.field, current: cur, proposed: p.value }); continue; }
        before[p.field] = cur;
        set[p.field] = p.value as string;
      } else if (p.field === 'address') {
        const v = p.value as ProposedAddress;
        const clash = ADDRESS_KEYS.some((k) => client[k] && v[k] && client[k] !== v[k]);
        if (clash && !may) {
          conflicts.push({ field: p.field, current: Object.fromEntries(ADDRESS_KEYS.map((k) => [k, client[k]])), proposed: v });
          continue;
        }
        for (const k of ADDRESS_KEYS) if (v[k] && (may || !client[k])) { before[k] = client[k]; set[k] = v[k]; }
      } else if (p.field === 'billingEmail') {
        const email = String(p.value);
        if (people.some((c) => c.email === email)) continue;
        await tx.insert(contacts).values({
          workspaceId: ctx.actor.workspaceId, clientId: client.id, email, role: 'finance', name: null,
          isBillingDefault: !people.some((c) => c.isBillingDefault),
        });
      } else {
        const body = p.field === 'description' ? `From the website: ${p.value}` : `LinkedIn: ${p.value}`;
        if (noteBodies.has(body)) continue;
        await tx.insert(notes).values({ workspaceId: ctx.actor.workspaceId, clientId: client.id, body, authorId: actorMemberId(ctx.actor), createdAt: ctx.now() });
      }
      applied.push(p.field);
    }
    const ref = { id: client.id, number: client.number, name: client.name };
    if (!applied.length) return { client: ref, applied, conflicts, activityId: null };
    if (Object.keys(set).length) {
      await tx.update(clients).set({ ...set, updatedAt: ctx.now() })
        .where(and(eq(clients.workspaceId, ctx.actor.workspaceId), eq(clients.id, client.id)));
    }
    const activityId = await recordActivity(tx, ctx, {
      verb: 'client.updated', entityType: 'client', entityId: client.id, clientId: client.id,
      summary: `Applied website findings to ${client.name}: ${applied.join(', ')}`, before, after: { ...set, applied },
    });
    return { client: ref, applied, conflicts, activityId };
  });
}
