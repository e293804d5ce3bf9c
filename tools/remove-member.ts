import { z } from 'zod';
import { ADMIN_ROLES, requireRole } from '../src/domain/access';
import type { Ctx } from '../src/context';
import { countOwnedClients, type HandedClients } from '../src/domain/members/hand-over-clients';
import { cancelledWords, removeMember } from '../src/domain/members/remove-member';
import { resolveMember } from '../src/domain/members/resolve-member';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

// Takes a teammate off the team (the Team page's Remove…): their access ends at once, their name stays on past
// changes, and the removal can be undone. Their clients stay theirs unless reassignTo names who takes them over.
const NO_OWNER = /^(?:nobody|no[\s-]?one|no owner|none)$/i;

export const RemoveMemberInput = z.object({
  member: z.union([z.string(), z.number()]).describe('The teammate to remove: a name, email or Slack user.'),
  reassignTo: z
    .union([z.string().trim().min(1), z.number()])
    .nullable()
    .optional()
    .describe(
      'Who takes over the clients they own: a teammate (a name, email or Slack user), or "nobody" (or null) for no owner. Left out, the clients stay assigned to them.',
    ),
});
type Input = z.infer<typeof RemoveMemberInput>;

const refText = (ref: string | number) => (typeof ref === 'number' ? `member ${ref}` : ref);
const toNoOne = (ref: Input['reassignTo']) => ref === null || (typeof ref === 'string' && NO_OWNER.test(ref.trim()));

/** The member id the domain verb takes: undefined (clients stay), null (no owner), or the teammate resolved as setMemberRole does. */
async function newOwnerId(ctx: Ctx, ref: Input['reassignTo']): Promise<number | null | undefined> {
  if (ref === undefined) return undefined;
  if (toNoOne(ref)) return null;
  return (await resolveMember(ctx.db, ctx, ref as string | number)).id;
}

const clientsWords = (n: number) => (n === 1 ? 'their client' : `their ${n} clients`);

function handOverSentence(h: HandedClients | null, handOver: boolean, kept: number): string {
  if (h) {
    const one = h.clientIds.length === 1;
    return `${clientsWords(h.clientIds.length)} now ${h.to === null ? `${one ? 'has' : 'have'} no owner` : `${one ? 'belongs' : 'belong'} to ${h.toName}`}`;
  }
  if (handOver) return 'they owned no clients to hand over';
  return kept ? `${clientsWords(kept)} stay assigned to them` : '';
}

export const removeMemberTool: ToolDescriptor<Input> = {
  name: 'removeMember',
  description:
    'Removes a teammate from this workspace: their sign-in, sessions and Slack access end at once; past changes keep their name. ' +
    'Optionally hands the clients they own to another teammate, or to no owner. Only an owner removes an owner; the last owner stays.',
  input: RemoveMemberInput,
  risk: 'grantsAccess',
  roles: ADMIN_ROLES,
  // No database here: the count of their clients is told after the removal.
  summarize: (input) => {
    const who = `Remove the teammate ${refText(input.member)} from the team`;
    if (input.reassignTo === undefined) return `${who}; their clients stay assigned to them unless you say who takes them over`;
    if (toNoOne(input.reassignTo)) return `${who} and leave any clients they own with no owner`;
    return `${who} and hand any clients they own to ${refText(input.reassignTo as string | number)}`;
  },
  run: ({ ctx, input }) =>
    guard(ctx, async () => {
      // Before looking up who takes the clients, so a manager hears the refusal rather than a lookup's answer.
      requireRole(ctx.actor, ADMIN_ROLES, 'remove members');
      const reassignTo = await newOwnerId(ctx, input.reassignTo);
      const r = await removeMember({ ctx, input: { member: input.member, reassignTo } });
      const who = r.member.name ?? r.member.email ?? `member ${r.member.id}`;
      const kept = reassignTo === undefined ? await countOwnedClients(ctx.db, ctx, r.member.id) : 0;
      const clients = handOverSentence(r.handedClients, reassignTo !== undefined, kept);
      const cancelled = r.approvalsCancelled.length ? `; ${cancelledWords(r.approvalsCancelled.length)}` : '';
      const text = `Removed ${who} from the team${clients ? `; ${clients}` : ''}${cancelled}.${r.removedSelf ? ' That was you: your access has ended.' : ''}`;
      return {
        ok: true,
        text,
        data: { kind: 'member', member: r.member, handedClients: r.handedClients },
        ...(r.activityId ? { undo: { activityId: r.activityId, label: 'Undo the removal' } } : {}),
      };
    }),
};
