import { z } from 'zod';
import { setPortalAccess } from '../src/domain/portal/set-portal-access';
import { clientRef, contactRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const SetPortalAccessInput = z.object({
  client: clientRef,
  enabled: z.boolean().describe('true turns the portal on, false turns it off (ending every session and link at once).'),
  contact: contactRef.optional().describe("One contact's switch; without it, the client's."),
});
type Input = z.infer<typeof SetPortalAccessInput>;

export const setPortalAccessTool: ToolDescriptor<Input> = {
  name: 'setPortalAccess',
  description: "Turns the client portal on or off for a client (without `contact`) or for one of its contacts. Turning it off ends that client's (or contact's) portal sessions and unused links at once.",
  input: SetPortalAccessInput,
  risk: 'grantsAccess',
  // Turning the portal off only takes access away.
  riskOf: ({ input }) => (input.enabled ? 'grantsAccess' : 'write'),
  summarize: (input) => `Turn the portal ${input.enabled ? 'on' : 'off'} for ${input.contact ? `${input.contact} at ${input.client}` : input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await setPortalAccess({ ctx, input });
    const who = r.contact ? `${r.contact.name ?? r.contact.email} at ${r.client.name}` : r.client.name;
    const state = r.enabled ? 'on' : 'off';
    const ended = !r.enabled && r.endedSessions + r.endedLinks > 0 ? ` Ended ${r.endedSessions} session(s) and ${r.endedLinks} unused link(s).` : '';
    return {
      ok: true,
      text: r.changed ? `Turned the portal ${state} for ${who}.${ended}` : `The portal was already ${state} for ${who}; nothing changed.`,
      data: { kind: 'record', entity: r.contact ? 'contact' : 'client', id: r.contact?.id ?? r.client.id, label: who, portalEnabled: r.enabled },
    };
  }),
};
