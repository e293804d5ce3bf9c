import { z } from 'zod';
import { updateContact } from '../src/domain/contacts/update-contact';
import { clearable, clientRef, contactFields, contactRef } from './field-schemas';
import { clientChange, clientLabel, guard, contactFieldWords } from './result-helpers';
import { describeContact } from './describe-contact';
import { updateContactReachesPortal } from '../src/domain/portal/portal-reach';
import { grantsIf } from './risk';
import { changesText } from './changes-text';
import type { ToolDescriptor } from './types';

export const UpdateContactInput = z.object({ client: clientRef, contact: contactRef, ...clearable(contactFields) });
type Input = z.infer<typeof UpdateContactInput>;

export const updateContactTool: ToolDescriptor<Input> = {
  name: 'updateContact',
  description: "Changes a client's contact: name, email, phone, job title, role, primary, billing default, portal access.",
  input: UpdateContactInput,
  risk: 'grantsAccess',
  riskOf: ({ ctx, input }) => grantsIf(updateContactReachesPortal(ctx, input)),
  summarize: ({ client, contact, ...changes }) => `Update ${contact} at ${client}${changesText(changes)}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await updateContact({ ctx, input });
    const what = r.changed.length ? `: ${contactFieldWords(r.changed)}` : ' (nothing to change)';
    return clientChange(`Updated ${describeContact(r.contact)} at ${clientLabel(r.client)}${what}.`, r.client, r.activityId,
      `Undo the change to ${r.contact.name ?? r.contact.email}`);
  }),
};
