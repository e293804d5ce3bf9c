import { z } from 'zod';
import { showClient } from '../src/domain/clients/show-client';
import { listMessages } from '../src/domain/messages/list-messages';
import { clientRef } from './field-schemas';
import { openQuotesText } from './quote-text';
import { clientLabel, guard, moneyLine } from './result-helpers';
import type { ToolDescriptor } from './types';

export const ShowClientInput = z.object({ client: clientRef });
type Input = z.infer<typeof ShowClientInput>;

export const showClientTool: ToolDescriptor<Input> = {
  name: 'showClient',
  description: 'Shows one client: fields, missing invoice-ready fields, contacts, projects, invoices, open quotes, balance and the last messages of its portal thread.',
  input: ShowClientInput,
  risk: 'read',
  summarize: (input) => `Show the client ${input.client}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const c = await showClient({ ctx, input });
    const contacts = c.contacts.length === 1 ? '1 contact' : `${c.contacts.length} contacts`;
    // The last few messages of the client's thread (a portal contact's are outside text: the agent marks them).
    const thread = await listMessages({ ctx, input: { client: `id:${c.id}`, limit: 3 } });
    const last = thread.messages.at(-1);
    const fresh = thread.newForTeam ? ` (${thread.newForTeam} from the client not read before)` : '';
    const talk = last ? ` ${thread.total} message${thread.total === 1 ? '' : 's'} in the portal thread${fresh}, the last from ${last.authorName}.` : '';
    const text = `${clientLabel(c)}: ${c.status}${c.archived ? ' (archived)' : ''}, ${contacts}, ${moneyLine(c)}.${openQuotesText(c)}${talk}`;
    return {
      ok: true, text, data: { kind: 'client', client: c, messages: { total: thread.total, unread: thread.newForTeam, recent: thread.messages } },
      ...(c.missingForInvoicing.length ? { missing: c.missingForInvoicing } : {}),
    };
  }),
};
