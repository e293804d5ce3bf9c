// Tells each follow-up's owner in Slack when it is due: once, from 08:00 UTC on its day (or at once when it is already
// late), for open follow-ups of clients not archived, whose owner is in the team and linked to Slack. Each is claimed
// before its post (remindedAt), so two instances sweeping at once never remind twice; a post that fails gives the
// claim back for the next sweep. Moving a follow-up to another day clears the claim (update-follow-up.ts).
import { and, asc, eq, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import type { Log } from '../../context';
import type { Db } from '../../db/client';
import { clients, followUps, members } from '../../db/schema';

export const REMIND_FROM_HOUR_UTC = 8;
const PER_SWEEP = 100;

export type DueReminder = { id: number; workspaceId: number; clientId: number; clientName: string; text: string; dueOn: string; overdue: boolean; slackUserId: string };
/** How a workspace's reminders reach Slack (src/channels/slack/follow-up-reminders.ts); none when it has no Slack.
 *  `remind` answers false when the workspace has no Slack team to post with: the follow-up is not tried again (a
 *  retry every pass would keep others waiting behind it). */
export type ReminderPoster = { remind(r: DueReminder): Promise<boolean> };
export type RemindDeps = { db: Db; now(): Date; log: Log; posterOf(workspaceId: number): ReminderPoster | undefined };

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function remindDueFollowUps(deps: RemindDeps): Promise<{ reminded: number; failed: number }> {
  const now = deps.now();
  const today = day(now);
  const due = now.getUTCHours() >= REMIND_FROM_HOUR_UTC ? lte(followUps.dueOn, today) : lt(followUps.dueOn, today);
  const rows = await deps.db.select({
    id: followUps.id, workspaceId: followUps.workspaceId, clientId: followUps.clientId, clientName: clients.name,
    text: followUps.text, dueOn: followUps.dueOn, slackUserId: members.slackUserId,
  }).from(followUps)
    .innerJoin(clients, eq(clients.id, followUps.clientId))
    .innerJoin(members, eq(members.id, followUps.ownerId))
    .where(and(isNull(followUps.doneAt), isNull(followUps.remindedAt), due, isNull(clients.archivedAt),
      isNull(members.removedAt), isNotNull(members.slackUserId)))
    .orderBy(asc(followUps.dueOn), asc(followUps.id)).limit(PER_SWEEP);
  let reminded = 0;
  let failed = 0;
  for (const r of rows) {
    const poster = deps.posterOf(r.workspaceId);
    if (!poster || !r.slackUserId) continue;
    const open = and(eq(followUps.id, r.id), isNull(followUps.remindedAt), isNull(followUps.doneAt));
    const [claimed] = await deps.db.update(followUps).set({ remindedAt: now }).where(open).returning({ id: followUps.id });
    if (!claimed) continue;
    try {
      if (await poster.remind({ ...r, slackUserId: r.slackUserId, overdue: r.dueOn < today })) reminded++;
    } catch (err) {
      failed++;
      deps.log.warn({ err, followUpId: r.id }, 'follow-up reminder not posted; trying again next sweep');
      await deps.db.update(followUps).set({ remindedAt: null }).where(and(eq(followUps.id, r.id), eq(followUps.remindedAt, now)));
    }
  }
  return { reminded, failed };
}
