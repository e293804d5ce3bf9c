// Undo of group and workspace-settings changes. A new group goes only while no client has joined it (removing
// it would silently take them out); an update restores the columns it changed.
import { and, count, eq } from 'drizzle-orm';
import { clients, groups, workspaces } from '../../db/schema';
import { Conflict } from '../../errors';
import type { UndoHandler } from './undo-handlers';

const GROUP_COLUMNS = ['name', 'currency', 'paymentTerms', 'reminderTone'];
const WORKSPACE_COLUMNS = ['name', 'defaultCurrency', 'country', 'paymentTerms', 'reminderTone', 'slackMessagesChannel'];
const pick = (v: unknown, keys: string[]) => Object.fromEntries(Object.entries(v && typeof v === 'object' ? v : {}).filter(([k]) => keys.includes(k)));

export const UNDO_SETTINGS: Record<string, UndoHandler> = {
  'group.created': async (j, act) => {
    const scope = and(eq(groups.workspaceId, act.workspaceId), eq(groups.id, act.entityId!))!;
    const [{ n }] = await j.tx.select({ n: count() }).from(clients).where(eq(clients.groupId, act.entityId!));
    if (n) throw new Conflict(`${n} client${n === 1 ? ' is' : 's are'} in the group now, so creating it can no longer be undone; take them out first.`);
    await j.delete(groups, scope);
  },
  'group.updated': async (j, act) => {
    const cols = pick(act.before, GROUP_COLUMNS);
    if (Object.keys(cols).length) await j.update(groups, and(eq(groups.workspaceId, act.workspaceId), eq(groups.id, act.entityId!))!, cols);
  },
  'workspace.updated': async (j, act) => {
    const cols = pick(act.before, WORKSPACE_COLUMNS);
    if (Object.keys(cols).length) await j.update(workspaces, eq(workspaces.id, act.workspaceId), cols);
  },
};
