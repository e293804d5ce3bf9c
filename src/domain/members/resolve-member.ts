// Turns "Bob", "bob@studio.com", "U123" / "<@U123>" or "me" into exactly one member of the actor's workspace.
// Members removed from the team are left out unless asked for (a filter on clients they still own, removing twice).
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { members } from '../../db/schema';
import { Ambiguous, InvalidInput, NotFound } from '../../errors';

export type MemberRow = typeof members.$inferSelect;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function resolveMember(db: DbOrTx, ctx: Ctx, ref: string | number, opts: { includeRemoved?: boolean } = {}): Promise<MemberRow> {
  const ws = opts.includeRemoved ? eq(members.workspaceId, ctx.actor.workspaceId) : and(eq(members.workspaceId, ctx.actor.workspaceId), isNull(members.removedAt));
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'owner', message: 'Say which team member (a name, email or Slack user).' }]);
  const pick = (where: ReturnType<typeof and>) => db.select().from(members).where(and(ws, where)).limit(11);

  const tiers: Array<() => Promise<MemberRow[]>> = [];
  if (/^(me|myself|i)$/i.test(text) && ctx.actor.kind === 'member') {
    const memberId = ctx.actor.memberId;
    tiers.push(() => pick(eq(members.id, memberId)));
  }
  const slack = text.match(/^<?@?(U[A-Z0-9]{2,})(?:\|[^>]*)?>?$/);
  if (slack) tiers.push(() => pick(eq(members.slackUserId, slack[1])));
  if (typeof ref === 'number' || /^\d+$/.test(text)) tiers.push(() => pick(eq(members.id, Number(text))));
  if (text.includes('@')) tiers.push(() => pick(sql`lower(${members.email}) = ${text.toLowerCase().replace(/^<?mailto:|[|>].*$/g, '')}`));
  const name = text.replace(/^@/, '').toLowerCase();
  tiers.push(() => pick(sql`lower(${members.name}) = ${name}`));
  tiers.push(() => pick(sql`lower(${members.name}) LIKE ${`${escapeLike(name)}%`} ESCAPE '\\'`));
  tiers.push(() => pick(sql`lower(${members.name}) LIKE ${`%${escapeLike(name)}%`} ESCAPE '\\'`));

  for (const tier of tiers) {
    const rows = await tier();
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) {
      throw new Ambiguous('member', text, rows.slice(0, 10).map((m) => ({
        id: m.id, label: m.name ?? m.email ?? `member ${m.id}`, detail: [m.email, m.role].filter(Boolean).join(' · '),
      })));
    }
  }
  throw new NotFound('member', text);
}
