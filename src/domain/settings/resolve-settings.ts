// Settings resolve client -> group -> workspace, and say where each value comes from
// ("set on the group Agencies"). createInvoice reads the currency from here.
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { groups, workspaces } from '../../db/schema';

export type Resolved<T> = { value: T; source: string };
export type ClientSettings = { currency: Resolved<string>; paymentTerms: Resolved<number>; reminderTone: Resolved<string> };
export type SettingsSubject = { currency: string | null; paymentTerms: number | null; reminderTone: string | null; groupId: number | null };

export const SOURCE_CLIENT = 'set on the client';
export const SOURCE_WORKSPACE = 'workspace default';
export const groupSource = (name: string) => `set on the group ${name}`;

export async function resolveClientSettings(db: DbOrTx, ctx: Ctx, client: SettingsSubject): Promise<ClientSettings> {
  const ws = ctx.actor.workspaceId;
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, ws)).limit(1);
  const group = client.groupId
    ? (await db.select().from(groups).where(and(eq(groups.workspaceId, ws), eq(groups.id, client.groupId))).limit(1))[0]
    : undefined;
  function pick<T>(own: T | null, fromGroup: T | null | undefined, fallback: T): Resolved<T> {
    if (own !== null && own !== undefined) return { value: own, source: SOURCE_CLIENT };
    if (group && fromGroup !== null && fromGroup !== undefined) return { value: fromGroup, source: groupSource(group.name) };
    return { value: fallback, source: SOURCE_WORKSPACE };
  }
  return {
    currency: pick(client.currency, group?.currency, workspace?.defaultCurrency ?? 'USD'),
    paymentTerms: pick(client.paymentTerms, group?.paymentTerms, workspace?.paymentTerms ?? 30),
    reminderTone: pick(client.reminderTone, group?.reminderTone, workspace?.reminderTone ?? 'friendly'),
  };
}
