import { z } from 'zod';
import { MEMBER_ROLES } from '../src/domain/members/member-view';
import { setMemberRole } from '../src/domain/members/set-member-role';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';
import { ADMIN_ROLES } from '../src/domain/access';

// A teammate's role in the workspace; a client contact's job role is updateContact's `role`.
export const SetMemberRoleInput = z.object({
  member: z.union([z.string(), z.number()]).describe('The teammate: a name, email or Slack user.'),
  role: z.enum(MEMBER_ROLES),
});
type Input = z.infer<typeof SetMemberRoleInput>;

export const setMemberRoleTool: ToolDescriptor<Input> = {
  name: 'setMemberRole',
  description: "Changes a teammate's team role (owner, admin, manager, member). Only an owner grants or removes ownership; the last owner keeps it.",
  input: SetMemberRoleInput,
  risk: 'grantsAccess',
  roles: ADMIN_ROLES,
  summarize: (input) => `Make the teammate ${input.member} ${/^[aeiou]/i.test(input.role) ? 'an' : 'a'} ${input.role}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await setMemberRole({ ctx, input });
    const who = r.member.name ?? r.member.email ?? `member ${r.member.id}`;
    if (!r.changed) return { ok: true, text: `${who} is already ${r.member.role}; nothing changed.`, data: { kind: 'member', member: r.member, changed: false } };
    return {
      ok: true,
      text: `${who} is now ${r.member.role}.`,
      data: { kind: 'member', member: r.member, changed: true },
      ...(r.activityId ? { undo: { activityId: r.activityId, label: 'Undo the role change' } } : {}),
    };
  }),
};
