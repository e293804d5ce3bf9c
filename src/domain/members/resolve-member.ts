// Turns "Bob", "bob@studio.com", "U123" / "<@U123>" or "me" into exactly one member of the actor's workspace.
// Members removed from the team are left out unless asked for (a filter on clients they still own, removing twice);
// a reference that names one of them exactly (id, Slack user, email, full name) says so rather than guessing.
import { and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import type { DbOrTx } from '../../db/client';
import { members } from '../../db/schema';
import { Ambiguous, Conflict, InvalidInput, NotFound } from '../../errors';
import { escapeLike } from '../normalize/escape-like';

export type MemberRow = typeof members.$inferSelect;


/** The reference names exactly a teammate removed from the team (and no current one): the verb cannot use them. */
export class MemberRemoved extends Conflict {
  constructor(m: MemberRow) {
    const label = m.name ?? m.email ?? `member ${m.id}`;
    const day = m.removedAt!.toISOString().slice(0, 10);
    super(`${label} was removed from the team on ${day}; undo the removal on the Team page to bring them back, or name a current teammate.`,
      { reason: 'member_removed', what: 'member', memberId: m.id, removedAt: m.removedAt!.toISOString() });
  }
}

export async function resolveMember(db: DbOrTx, ctx: Ctx, ref: string | number, opts: { includeRemoved?: boolean } = {}): Promise<MemberRow> {
  const inWs = eq(members.workspaceId, ctx.actor.workspaceId);
  const ws = opts.includeRemoved ? inWs : and(inWs, isNull(members.removedAt));
  const text = String(ref ?? '').trim();
  if (!text) throw new InvalidInput([{ field: 'owner', message: 'Say which team member (a name, email or Slack user).' }]);
  const pick = (where: SQL | undefined) => db.select().from(members).where(and(ws, where)).limit(11);
  // Only for an exact tier that found no current member: the removed one it names, if any.
  const removedOne = async (where: SQL | undefined) => {
    if (opts.includeRemoved) return;
    const [m] = await db.select().from(members).where(and(inWs, isNotNull(members.removedAt), where)).limit(1);
    if (m) throw new MemberRemoved(m);
  };

  const exact: Array<SQL | undefined> = [];
  if (/^(me|myself|i)$/i.test(text) && ctx.actor.kind === 'member') exact.push(eq(members.id, ctx.actor.memberId));
  const slack = text.match(/^<?@?(U[A-Z0-9]{2,})(?:\|[^>]*)?>?$/);
  if (slack) exact.push(eq(members.slackUserId, slack[1]));
  if (typeof ref === 'number' || /^\d+$/.test(text)) exact.push(eq(members.id, Number(text)));
  if (text.includes('@')) exact.push(sql`lower(${members.email}) = ${text.toLowerCase().replace(/^<?mailto:|[|>].*$/g, '')}`);
  const name = text.replace(/^@/, '').toLowerCase();
  exact.push(sql`lower(${members.name}) = ${name}`);
  const fuzzy = [
    sql`lower(${members.name}) LIKE ${`${escapeLike(name)}%`} ESCAPE '\\'`,
    sql`lower(${members.name}) LIKE ${`%${escapeLike(name)}%`} ESCAPE '\\'`,
  ];

  const tiers = [...exact.map((where) => ({ where, exact: true })), ...fuzzy.map((where) => ({ where, exact: false }))];
  for (const tier of tiers) {
    const rows = await pick(tier.where);
    if (rows.length === 1) return rows[0];
    if (rows.length > 1) {
      throw new Ambiguous('member', text, rows.slice(0, 10).map((m) => ({
        id: m.id, label: m.name ?? m.email ?? `member ${m.id}`, detail: [m.email, m.role].filter(Boolean).join(' · '),
      })));
    }
    if (tier.exact) await removedOne(tier.where);
  }
  throw new NotFound('member', text);
}
