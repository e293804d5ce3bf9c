import { z } from 'zod';
import { showClient } from '../src/domain/clients/show-client';
import { clientRef } from './field-schemas';
import { openQuotesText } from './quote-text';
import { clientLabel, guard, moneyLine } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ShowClientInput = z.object({ client: clientRef });
type Input = z.infer<typeof ShowClientInput>;

export const showClientTool: ToolDescriptor<Input> = {
  name: 'showClient',
  description: 'Shows one client: fields, missing invoice-ready fields, contacts, projects, invoices, open quotes and balance.',
  input: ShowClientInput,
  risk: 'read',
  summarize: (input) => `Show the client ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const c = await showClient({ ctx, input });
    const contacts = c.contacts.length === 1 ? '1 contact' : `${c.contacts.length} contacts`;
    const text = `${clientLabel(c)}: ${c.status}${c.archived ? ' (archived)' : ''}, ${contacts}, ${moneyLine(c)}.${openQuotesText(c)}`;
    return {
      ok: true, text, data: { kind: 'client', client: c },
      ...(c.missingForInvoicing.length ? { missing: c.missingForInvoicing } : {}),
    };
  }),
};
