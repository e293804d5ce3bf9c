import { z } from 'zod';
import { invitePortal } from '../src/domain/portal/invite-portal';
import { clientRef, contactRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const InvitePortalInput = z.object({
  client: clientRef,
  contact: contactRef.optional().describe('One contact to invite; without it, every portal-enabled contact with an email.'),
});
type Input = z.infer<typeof InvitePortalInput>;

const names = (xs: Array<{ name: string | null; email: string }>) => xs.map((x) => (x.name ? `${x.name} (${x.email})` : x.email)).join(', ');

export const invitePortalTool: ToolDescriptor<Input> = {
  name: 'invitePortal',
  description: "Emails a client's contacts an invitation to the client portal with a one-time sign-in link (24 hours). Without `contact`, every portal-enabled contact with an email. Invitations already sent today are not sent again.",
  input: InvitePortalInput,
  risk: 'grantsAccess',
  summarize: (input) => `Invite ${input.contact ? `${input.contact} at ${input.client}` : `the contacts of ${input.client}`} to the client portal`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await invitePortal({ ctx, input });
    const parts = [];
    if (r.invited.length) parts.push(`Emailed a portal invitation to ${names(r.invited)} for ${r.client.name}.`);
    if (r.alreadyInvitedToday.length) parts.push(`${names(r.alreadyInvitedToday)} already got one today; not sent again.`);
    return {
      ok: true,
      text: parts.join(' '),
      data: { kind: 'portalInvitations', client: r.client, invited: r.invited, alreadyInvitedToday: r.alreadyInvitedToday },
    };
  }),
};
