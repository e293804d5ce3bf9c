// A client change's history line in the words of the cards: "status lead → active, group (empty) → Agencies,
// owner Olive Owner → Ada Lovelace, contact person". The history is read by people (the client page, App Home),
// so it names labels, people and groups; before/after keep the columns and ids, for undo.
import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { groups, members } from '../../db/schema';
import type { ClientFieldKey } from './client-fields';
import { labelOfKey, sentenceLabel } from './client-forms';

const KEY_OF_COLUMN: Record<string, ClientFieldKey> = { ownerId: 'owner', groupId: 'group' };

/** A changed column as the cards label it: "addressLine1" -> "street", "groupId" -> "group". */
export const clientChangeWord = (column: string): string => sentenceLabel(labelOfKey(KEY_OF_COLUMN[column] ?? (column as ClientFieldKey)));

export async function describeClientChanges(db: DbOrTx, ctx: Ctx, changed: string[], before: Record<string, unknown>, after: Record<string, unknown>): Promise<string> {
  const names = await idNames(db, ctx, changed, before, after);
  const value = (k: string, v: unknown) => (v === null || v === undefined ? '(empty)' : (names.get(`${k}:${v}`) ?? String(v)));
  return changed.map((k) => {
    const label = clientChangeWord(k);
    const v = after[k];
    return k in after && (v === null || typeof v !== 'object') ? `${label} ${value(k, before[k])} → ${value(k, v)}` : label;
  }).join(', ');
}

/** The names behind the owner and group ids of this change ("ownerId:3" -> "Olive Owner"). */
async function idNames(db: DbOrTx, ctx: Ctx, changed: string[], before: Record<string, unknown>, after: Record<string, unknown>) {
  const out = new Map<string, string>();
  const ids = (k: string) => [before[k], after[k]].filter((v): v is number => typeof v === 'number');
  const ws = ctx.actor.workspaceId;
  if (changed.includes('ownerId') && ids('ownerId').length) {
    const rows = await db.select({ id: members.id, name: members.name, email: members.email }).from(members)
      .where(and(eq(members.workspaceId, ws), inArray(members.id, ids('ownerId'))));
    for (const m of rows) out.set(`ownerId:${m.id}`, m.name ?? m.email ?? `member ${m.id}`);
  }
  if (changed.includes('groupId') && ids('groupId').length) {
    const rows = await db.select({ id: groups.id, name: groups.name }).from(groups).where(and(eq(groups.workspaceId, ws), inArray(groups.id, ids('groupId'))));
    for (const g of rows) out.set(`groupId:${g.id}`, g.name);
  }
  return out;
}
