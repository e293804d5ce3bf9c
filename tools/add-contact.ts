import { z } from 'zod';
import { addContact } from '../src/domain/contacts/add-contact';
import { clientRef, contactFields } from './field-schemas';
import { clientChange, clientLabel, guard } from './result-helpers';
import { describeContact } from './describe-contact';
import { addContactReachesPortal } from '../src/domain/portal/portal-reach';
import { grantsIf } from './risk';
import type { ToolDescriptor } from './types';

export const AddContactInput = z.object({ client: clientRef, ...contactFields });
type Input = z.infer<typeof AddContactInput>;

export const addContactTool: ToolDescriptor<Input> = {
  name: 'addContact',
  description: "Adds a contact person to a client (at least a name or an email). role: decision_maker, project_manager, finance, technical_lead, other.",
  input: AddContactInput,
  risk: 'grantsAccess',
  riskOf: ({ ctx, input }) => grantsIf(addContactReachesPortal(ctx, input)),
  summarize: (input) => `Add ${input.name && input.email ? `${input.name} <${input.email}>` : (input.name ?? input.email ?? 'a contact')} to ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await addContact({ ctx, input });
    const out = clientChange(`Added ${describeContact(r.contact)} to ${clientLabel(r.client)}.`, r.client, r.activityId,
      `Remove ${r.contact.name ?? r.contact.email} again`);
    // The contact added, for a form's own answer (Slack's Add contact names it).
    return { ...out, data: { kind: 'client', client: r.client, contact: r.contact } };
  }),
};
