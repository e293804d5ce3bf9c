// Writes a checked plan inside the caller's transaction: clients in batches, their contacts and notes, and one
// history row per client (the same shape recordActivity writes), so 10,000 rows stay one quick transaction.
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { Tx } from '../../db/client';
import { activities, clients, contacts, notes } from '../../db/schema';
import type { PlannedContact } from './plan-contacts';
import type { ImportPlan, PlanItem, Progress } from './plan-import';

const BATCH = 100;
type Create = Extract<PlanItem, { action: 'create' }>;
type Update = Extract<PlanItem, { action: 'update' }>;

export async function writeImport(tx: Tx, ctx: Ctx, plan: ImportPlan, source: string, onProgress?: Progress): Promise<void> {
  const ws = ctx.actor.workspaceId;
  const now = ctx.now();
  const actor = {
    workspaceId: ws, actorMemberId: ctx.actor.kind === 'member' ? ctx.actor.memberId : null,
    actorContactId: null, actorName: ctx.actor.name, channel: ctx.actor.channel, createdAt: now,
  };
  const creates = plan.items.filter((i): i is Create => i.action === 'create');
  const updates = plan.items.filter((i): i is Update => i.action === 'update');
  const total = creates.length + updates.length;
  let done = 0;

  const [{ n }] = await tx.select({ n: sql<number | null>`max(CAST(${clients.number} AS INTEGER))` }).from(clients)
    .where(eq(clients.workspaceId, ws));
  let next = Number(n ?? 0) + 1;

  for (let i = 0; i < creates.length; i += BATCH) {
    const batch = creates.slice(i, i + BATCH).map((c) => ({ c, number: String(next++).padStart(4, '0') }));
    const rows = await tx.insert(clients).values(batch.map(({ c, number }) => ({
      ...c.values, name: c.values.name!, nameKey: c.values.nameKey!, workspaceId: ws, number,
      createdAt: now, updatedAt: now, lastActivityAt: now,
    }))).returning({ id: clients.id, number: clients.number });
    // RETURNING order is not guaranteed: match rows back by their new number.
    const idOf = new Map(rows.map((r) => [r.number, r.id]));
    const people = batch.flatMap(({ c, number }) => contactRows(ws, idOf.get(number)!, c.contacts));
    if (people.length) await tx.insert(contacts).values(people);
    const noteRows = batch.filter(({ c }) => c.note).map(({ c, number }) => ({ workspaceId: ws, clientId: idOf.get(number)!, body: c.note!, createdAt: now }));
    if (noteRows.length) await tx.insert(notes).values(noteRows);
    await tx.insert(activities).values(batch.map(({ c, number }) => ({
      ...actor, verb: 'client.created', entityType: 'client', entityId: idOf.get(number)!, clientId: idOf.get(number)!,
      summary: `Imported ${c.label} (#${number}) from ${source}`, after: { ...c.values, number } as Record<string, unknown>,
    })));
    done += batch.length;
    onProgress?.({ phase: 'writing', done, total });
  }

  for (const u of updates) {
    await tx.update(clients).set({ ...u.set, updatedAt: now, lastActivityAt: now })
      .where(and(eq(clients.workspaceId, ws), eq(clients.id, u.clientId)));
    const people = contactRows(ws, u.clientId, u.contacts);
    if (people.length) await tx.insert(contacts).values(people);
    if (u.note) await tx.insert(notes).values({ workspaceId: ws, clientId: u.clientId, body: u.note, createdAt: now });
    await tx.insert(activities).values({
      ...actor, verb: 'client.updated', entityType: 'client', entityId: u.clientId, clientId: u.clientId,
      summary: `Updated ${u.label} from ${source}: ${u.changed.join(', ')}`, before: u.before, after: u.set as Record<string, unknown>,
    });
    if (++done % BATCH === 0) onProgress?.({ phase: 'writing', done, total });
  }
  onProgress?.({ phase: 'writing', done: total, total });
}

function contactRows(workspaceId: number, clientId: number, people: PlannedContact[]) {
  return people.map((p) => ({
    workspaceId, clientId, name: p.name, email: p.email, phone: p.phone, jobTitle: p.jobTitle, role: p.role,
    isPrimary: p.isPrimary, isBillingDefault: p.isBillingDefault,
  }));
}
