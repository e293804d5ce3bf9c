import { z } from 'zod';
import { updateClient } from '../src/domain/clients/update-client';
import { clearable, clientFields, clientRef, clientSettingsFields } from './field-schemas';
import { clientChange, clientLabel, guard, clientFieldWords } from './result-helpers';
import { updateClientReachesPortal } from '../src/domain/portal/portal-reach';
import { grantsIf } from './risk';
import { changesText } from './changes-text';
import { completeFlag, stillNeeded } from './full-form';
import type { ToolDescriptor } from './types';

export const UpdateClientInput = z.object({
  client: clientRef,
  // An empty name is the domain's to refuse ('cannot be empty'), as a card form shows it.
  name: z.string().optional(),
  ...clearable({ ...clientFields, ...clientSettingsFields }),
  complete: completeFlag,
});
type Input = z.infer<typeof UpdateClientInput>;

export const updateClientTool: ToolDescriptor<Input> = {
  name: 'updateClient',
  description: "Changes a client's fields: status, contact details, address, currency, value, owner, group, terms, dates.",
  input: UpdateClientInput,
  risk: 'grantsAccess',
  riskOf: ({ ctx, input }) => grantsIf(updateClientReachesPortal(ctx, input)),
  summarize: ({ client, complete: _full, ...changes }) => `Update the client ${client}${changesText(changes)}`,
  run: ({ ctx, input: { complete, ...input } }) => guard(ctx, async () => {
    // complete: the full form for a client we have ("fill in all of Acme's invoice details"): all missing named at once.
    const r = await updateClient({ ctx, input: { ...input, complete } }).catch((err: unknown) => { throw stillNeeded(err, complete); });
    const what = r.changed.length ? clientFieldWords(r.changed) : 'nothing (already so)';
    const out = clientChange(`Updated ${clientLabel(r.client)}: ${what}.`, r.client, r.activityId, `Undo the change to ${r.client.name}`);
    // The changed columns, for a form's own answer (Slack's client form names them).
    return { ...out, data: { kind: 'client', client: r.client, changed: r.changed } };
  }),
};
