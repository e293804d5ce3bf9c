// Creates a client under one of three policies: 'full' (the form: every required field, all reported at once),
// 'quick' and 'chat' (a name is enough; a Lead keeping whatever else was given). A duplicate returns the
// existing client unless the caller insists. contactName/email/phone become the primary contact.
import type { Ctx } from '../../context';
import { clients, contacts, notes } from '../../db/schema';
import { InvalidInput, type FieldIssue } from '../../errors';
import { actorMemberId, requireClientAccess } from '../access';
import { recordActivity } from '../activity/record-activity';
import { normalizePhone } from '../normalize/phone';
import { zodIssues } from '../normalize/parse-input';
import {
  assertIdNumberFree, nextClientNumber, resolveGroupId, resolveOwnerId, workspaceCountry,
} from './client-helpers';
import { FULL_FORM_REQUIRED } from './client-forms';
import { findDuplicateClient } from './find-duplicate';
import { buildClientView } from './get-client-view';
import { CreateClientInput, fieldsToColumns, type CreateClientData } from './schemas';
import type { ClientView } from './views';

export type CreateClientResult = {
  client: ClientView; created: boolean; activityId: number | null; duplicateOf?: 'name' | 'website' | 'email';
};

/** A value by input path ("address.city"), from the parsed or the raw input. */
const valueAt = (input: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), input);

/** Parses and applies the policy, reporting every problem at once. */
export function parseCreateClient(input: unknown): CreateClientData {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const r = CreateClientInput.safeParse(raw);
  const issues: FieldIssue[] = r.success ? [] : zodIssues(r.error);
  const data = (r.success ? r.data : {}) as CreateClientData;
  const has = (field: string) => issues.some((i) => i.field === field);
  if (!has('name') && !(r.success ? data.name : typeof raw.name === 'string' && raw.name.trim())) {
    issues.push({ field: 'name', message: 'is required' });
  }
  if (raw.policy === 'full') {
    for (const field of FULL_FORM_REQUIRED) {
      if (has(field)) continue;
      const rawValue = valueAt(raw, field);
      const present = r.success ? valueAt(data, field) : typeof rawValue === 'string' && rawValue.trim();
      if (!present) issues.push({ field, message: 'is required' });
    }
  }
  if (issues.length) throw new InvalidInput(issues);
  return data;
}

export async function createClient({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<CreateClientResult> {
  requireClientAccess(ctx.actor);
  const d = parseCreateClient(input);
  const ws = ctx.actor.workspaceId;
  return ctx.db.transaction(async (tx) => {
    if (!d.insist) {
      const dup = await findDuplicateClient(tx, ctx, { name: d.name, website: d.website, email: d.email });
      if (dup) return { client: await buildClientView(tx, ctx, dup.client), created: false, activityId: null, duplicateOf: dup.reason };
    }
    await assertIdNumberFree(tx, ctx, d.idNumber);
    const ownerId = d.owner !== undefined ? await resolveOwnerId(tx, ctx, d.owner) : actorMemberId(ctx.actor);
    const groupId = d.group !== undefined ? await resolveGroupId(tx, ctx, d.group) : null;
    const cols = fieldsToColumns(d);
    const region = cols.country ?? (await workspaceCountry(tx, ctx));
    const phone = normalizePhone(d.phone, region);
    const now = ctx.now();
    const [row] = await tx.insert(clients).values({
      ...cols,
      name: cols.name!, nameKey: cols.nameKey!,
      phone,
      status: cols.status ?? 'lead',
      workspaceId: ws, number: await nextClientNumber(tx, ws), ownerId, groupId,
      createdAt: now, updatedAt: now,
    }).returning();
    let contactId: number | null = null;
    let noteId: number | null = null;
    if (d.contactName || d.email) {
      [{ id: contactId }] = await tx.insert(contacts).values({
        workspaceId: ws, clientId: row.id, name: d.contactName ?? null, email: d.email ?? null, phone,
        isPrimary: true, portalEnabled: !!d.email, createdAt: now, updatedAt: now,
      }).returning({ id: contacts.id });
    }
    if (d.notes) {
      [{ id: noteId }] = await tx.insert(notes).values({ workspaceId: ws, clientId: row.id, body: d.notes, authorId: actorMemberId(ctx.actor), createdAt: now })
        .returning({ id: notes.id });
    }
    // contactId/noteId: what the creation itself made, which an undo may remove (nothing added later).
    const after = { ...cols, phone, ownerId, groupId, number: row.number, status: row.status, contactId, noteId };
    const activityId = await recordActivity(tx, ctx, {
      verb: 'client.created', entityType: 'client', entityId: row.id, clientId: row.id,
      summary: `Created ${row.name} (#${row.number}) as ${row.status}`, before: null, after,
    });
    const fresh = { ...row, lastActivityAt: now };
    return { client: await buildClientView(tx, ctx, fresh), created: true, activityId };
  });
}
