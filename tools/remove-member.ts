import { z } from 'zod';
import { ADMIN_ROLES, requireRole } from '../src/domain/access';
import type { Ctx } from '../src/context';
import { countOwnedClients, type HandedClients } from '../src/domain/members/hand-over-clients';
import { cancelledWords } from '../src/domain/members/cancelled-words';
import { followUpWords, previewRemoval, removeMember } from '../src/domain/members/remove-member';
import { resolveMember } from '../src/domain/members/resolve-member';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

// Takes a teammate off the team (the Team page's Remove…): their access ends at once, their name stays on past
// changes, and the removal can be undone. Their clients stay theirs unless reassignTo names who takes them over;
// the confirmation says how many they own and where they go, from the domain (previewRemoval), and only here.
const NO_OWNER = /^(?:nobody|no[\s-]?one|no owner|none)$/i;

export const RemoveMemberInput = z.object({
  member: z.union([z.string(), z.number()]).describe('The teammate to remove: a name, email or Slack user.'),
  reassignTo: z
    .union([z.string().trim().min(1), z.number()])
    .nullable()
    .optional()
    .describe(
      'Who takes over the clients they own: a teammate (a name, email or Slack user; id:<n> for an internal id), or "nobody" (or null) for no owner. Left out, the clients stay assigned to them.',
    ),
});
// Filled in for the confirmation text from removeMember's own preview (previewRemoval), and pinned: who goes, how many
// clients they own and who takes them (toName null: no one; left out: they stay with them).
type Seen = { who?: string; owned?: number; toName?: string | null };
type Input = z.infer<typeof RemoveMemberInput> & Seen;

const refText = (ref: string | number) => (typeof ref === 'number' ? `member ${ref}` : ref);
const toNoOne = (ref: Input['reassignTo']) => ref === null || (typeof ref === 'string' && NO_OWNER.test(ref.trim()));

/** The member id the domain verb takes: undefined (clients stay), null (no owner), or the teammate resolved as setMemberRole does.
 *  "id:<n>" (the Team page's select) is the id itself: the verb says why that one cannot take them (removed since, unknown). */
async function newOwnerId(ctx: Ctx, ref: Input['reassignTo']): Promise<number | null | undefined> {
  if (ref === undefined) return undefined;
  if (toNoOne(ref)) return null;
  const id = typeof ref === 'string' ? /^id:(.*)$/s.exec(ref) : null;
  if (id) return Number(id[1]);
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
  fingerprint: async ({ ctx, input }) => {
    // As run does: the refusal for a manager first, then who takes the clients; an unknown one fails before asking.
    requireRole(ctx.actor, ADMIN_ROLES, 'remove members');
    const p = await previewRemoval({ ctx, input: { member: input.member, reassignTo: await newOwnerId(ctx, input.reassignTo) } });
    const to = p.to === undefined ? {} : { toId: p.to?.id ?? null, toName: p.to?.label ?? null };
    return { memberId: p.member.id, who: p.label, owned: p.ownedClients, ...to };
  },
  changedText: 'The team changed after this was confirmed (who leaves, how many clients they own, or who takes them over); no one was removed. Ask again to see it as it is now.',
  // Each name once: "Remove Ana Ruiz from the team and hand their 12 clients to Ben Ode".
  summarize: (input) => {
    const head = `Remove ${input.who ?? `the teammate ${refText(input.member)}`} from the team`;
    const n = input.owned;
    if (n === undefined) return head;
    if (n === 0) return `${head} (they own no clients)`;
    const theirs = n === 1 ? 'their client' : `their ${n} clients`;
    if (input.toName === undefined) return `${head}; they stay the owner of ${theirs} unless you say who takes ${n === 1 ? 'it' : 'them'} over`;
    return input.toName === null ? `${head} and leave ${theirs} with no owner` : `${head} and hand ${theirs} to ${input.toName}`;
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
      const follow = r.handedFollowUps ? followUpWords(r.handedFollowUps.count, r.handedFollowUps.toName) : '';
      const text = `Removed ${who} from the team${clients ? `; ${clients}` : ''}${follow}${cancelled}.${r.removedSelf ? ' That was you: your access has ended.' : ''}`;
      return {
        ok: true,
        text,
        // What the Team page's own notice says: the hand-over, the confirmations cancelled, and whether it was you.
        data: { kind: 'member', member: r.member, handedClients: r.handedClients, handedFollowUps: r.handedFollowUps, cancelled: r.approvalsCancelled.length, removedSelf: r.removedSelf },
        ...(r.activityId ? { undo: { activityId: r.activityId, label: 'Undo the removal' } } : {}),
      };
    }),
};
