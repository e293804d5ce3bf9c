import { z } from 'zod';
import { inviteMember } from '../src/domain/members/invite-member';
import { MEMBER_ROLES } from '../src/domain/members/member-view';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';
import { ADMIN_ROLES } from '../src/domain/access';

// Team members (people of the studio), not a client's contacts: those are addContact / invitePortal. A new
// invitation can be taken back (undone) until the invitee joins; a re-sent link records nothing to undo.
export const InviteMemberInput = z.object({
  email: z.string().describe("The teammate's email; the sign-in link goes there."),
  name: z.string().optional(),
  role: z.enum(MEMBER_ROLES).optional().describe('Team role; manager when not said.'),
});
type Input = z.infer<typeof InviteMemberInput>;

export const inviteMemberTool: ToolDescriptor<Input> = {
  name: 'inviteMember',
  description: 'Invites a teammate to this workspace by email with a team role (owner, admin, manager, member) and emails a sign-in link. Inviting someone already on the team re-sends the link.',
  input: InviteMemberInput,
  risk: 'grantsAccess',
  roles: ADMIN_ROLES,
  summarize: (input) => `Invite ${input.name ? `${input.name} (${input.email})` : input.email} to the team as ${input.role ?? 'manager'}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await inviteMember({ ctx, input });
    const who = r.member.name ? `${r.member.name} (${r.member.email})` : r.member.email;
    const text = r.created
      ? `Invited ${who} to the team as ${r.member.role}; a sign-in link is on its way.`
      : `${who} is already on the team (${r.member.role}); sent a new sign-in link.`;
    return {
      ok: true,
      text,
      // created: a new invitation, else a link re-sent to a member (a page's own notice says which).
      data: { kind: 'member', member: r.member, created: r.created },
      ...(r.activityId ? { undo: { activityId: r.activityId, label: 'Take back the invitation' } } : {}),
    };
  }),
};
