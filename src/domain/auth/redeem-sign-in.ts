// Redeems a sign-in link: one atomic UPDATE ... WHERE used_at IS NULL AND expires_at > now RETURNING, so 50
// concurrent clicks make exactly one session. Only the POST from the link's page calls this.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client';
import { members, signInTokens } from '../../db/schema';
import { DomainError, InvalidInput } from '../../errors';
import { recordActivity } from '../activity/record-activity';
import { createTeamSession } from './sessions';
import { hashToken } from './tokens';

const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const linkExpired = () => new DomainError('expired', 'This sign-in link has expired or was already used. Ask for a new one.');

async function consume(tx: Tx, workspaceId: number, purpose: 'team' | 'first_owner', token: unknown, now: Date) {
  const parsed = Token.safeParse(token);
  if (!parsed.success) throw linkExpired();
  const [row] = await tx.update(signInTokens).set({ usedAt: now })
    .where(and(
      eq(signInTokens.tokenHash, hashToken(parsed.data)), eq(signInTokens.workspaceId, workspaceId),
      eq(signInTokens.purpose, purpose), isNull(signInTokens.usedAt), gt(signInTokens.expiresAt, now),
    ))
    .returning();
  if (!row) throw linkExpired();
  return row;
}

/** A team link: returns the new session's cookie value. */
export async function redeemTeamLink(db: Db, opts: { workspaceId: number; token: unknown; now: Date }): Promise<{ cookie: string; memberId: number }> {
  return db.transaction(async (tx) => {
    const row = await consume(tx, opts.workspaceId, 'team', opts.token, opts.now);
    const [member] = await tx.select().from(members)
      .where(and(eq(members.id, row.memberId ?? -1), eq(members.workspaceId, opts.workspaceId)));
    if (!member || member.removedAt) throw linkExpired();
    const cookie = await createTeamSession(tx, { workspaceId: opts.workspaceId, memberId: member.id, now: opts.now });
    return { cookie, memberId: member.id };
  });
}

export const FirstOwnerInput = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});

/** The link `npm start` prints: makes the first owner (name and email typed on the page) and signs them in. */
export async function redeemFirstOwnerLink(db: Db, opts: { workspaceId: number; token: unknown; input: unknown; now: Date }) {
  const parsed = FirstOwnerInput.safeParse(opts.input);
  if (!parsed.success) {
    throw new InvalidInput(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.path[0] === 'email' ? 'Enter a valid email address.' : 'Enter your name.' })));
  }
  return db.transaction(async (tx) => {
    await consume(tx, opts.workspaceId, 'first_owner', opts.token, opts.now);
    const [owner] = await tx.select({ id: members.id }).from(members)
      .where(and(eq(members.workspaceId, opts.workspaceId), eq(members.role, 'owner'), isNull(members.removedAt))).limit(1);
    if (owner) throw linkExpired();
    const { name, email } = parsed.data;
    const [existing] = await tx.select().from(members).where(and(eq(members.workspaceId, opts.workspaceId), eq(members.email, email)));
    const [row] = existing
      ? await tx.update(members).set({ role: 'owner', name: existing.name ?? name, removedAt: null, updatedAt: opts.now }).where(eq(members.id, existing.id)).returning()
      : await tx.insert(members).values({ workspaceId: opts.workspaceId, name, email, role: 'owner', createdAt: opts.now }).returning();
    const memberId = row.id;
    // The new owner is the actor of their own arrival (there is no one else yet), from the web page of the link.
    const actor = { kind: 'member', workspaceId: opts.workspaceId, memberId, role: 'owner', channel: 'web', name: row.name ?? name } as const;
    await recordActivity(tx, { actor, now: () => opts.now }, existing
      ? {
        verb: 'member.role_changed', entityType: 'member', entityId: memberId,
        summary: `${actor.name} became the first owner from the sign-in link (was ${existing.role})`, before: { role: existing.role }, after: { role: 'owner' },
      }
      : {
        verb: 'member.joined', entityType: 'member', entityId: memberId,
        summary: `${actor.name} joined as the first owner from the sign-in link`, before: null, after: { email, name, role: 'owner' },
      });
    const cookie = await createTeamSession(tx, { workspaceId: opts.workspaceId, memberId, now: opts.now });
    return { cookie, memberId };
  });
}
