import { z } from 'zod';
import { regeneratePortalLink } from '../src/domain/portal/regenerate-portal-link';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const RegeneratePortalLinkInput = z.object({ client: clientRef });
type Input = z.infer<typeof RegeneratePortalLinkInput>;

export const regeneratePortalLinkTool: ToolDescriptor<Input> = {
  name: 'regeneratePortalLink',
  description: "Makes every earlier portal link and session of a client stop working at once; its contacts sign in again with a new link (invitePortal, or 'email me a link' on the portal page).",
  input: RegeneratePortalLinkInput,
  risk: 'grantsAccess',
  summarize: (input) => `Regenerate the portal link for ${input.client} (old links and sessions stop working)`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await regeneratePortalLink({ ctx, input });
    return {
      ok: true,
      text: `Regenerated the portal link for ${r.client.name}: ${r.endedSessions} session(s) and ${r.endedLinks} unused link(s) ended. Contacts can ask for a new link at ${r.portalUrl}, or invite them again.`,
      // What ended and where to sign in again, for a page's own notice.
      data: { kind: 'record', entity: 'client', id: r.client.id, label: r.client.name, endedSessions: r.endedSessions, endedLinks: r.endedLinks, portalUrl: r.portalUrl },
    };
  }),
};
