import { z } from 'zod';
import { showClient } from '../src/domain/clients/show-client';
import { resolveContact } from '../src/domain/contacts/resolve-contact';
import { listMessages } from '../src/domain/messages/list-messages';
import { clientRef, contactRef } from './field-schemas';
import { openQuotesText } from './quote-text';
import { clientLabel, guard, moneyLine } from './result-helpers';
import type { ToolDescriptor } from './types';
import { describeContact } from './describe-contact';
import type { ContactView } from '../src/domain/clients/views';

/** "Jane Doe <jane@acme.com> (finance, primary) at Acme Corp (#0001): CFO, +442079460958, portal on.": every detail asked after. */
const contactDetails = (c: ContactView, at: string) =>
  `${describeContact(c)} at ${at}: ${[c.jobTitle, c.phone, c.portalEnabled ? 'portal on' : 'portal off'].filter(Boolean).join(', ')}.`;

export const ShowClientInput = z.object({
  client: clientRef,
  contact: contactRef.optional().describe('The one contact asked about ("what is Jane\'s email?"): their details lead the answer.'),
});
type Input = z.infer<typeof ShowClientInput>;

export const showClientTool: ToolDescriptor<Input> = {
  name: 'showClient',
  description: 'Shows one client: fields, missing invoice-ready fields, contacts, projects, invoices, open quotes, balance and the last messages of its portal thread.',
  input: ShowClientInput,
  risk: 'read',
  summarize: (input) => (input.contact ? `Show ${input.contact} at ${input.client}` : `Show the client ${input.client}`),
  run: ({ ctx, input }) => guard(ctx, async () => {
    const c = await showClient({ ctx, input });
    const contacts = c.contacts.length === 1 ? '1 contact' : `${c.contacts.length} contacts`;
    // The last few messages of the client's thread (a portal contact's are outside text: the agent marks them).
    const thread = await listMessages({ ctx, input: { client: `id:${c.id}`, limit: 3 } });
    const last = thread.messages.at(-1);
    const fresh = thread.newForTeam ? ` (${thread.newForTeam} from the client not read before)` : '';
    const talk = last ? ` ${thread.total} message${thread.total === 1 ? '' : 's'} in the portal thread${fresh}, the last from ${last.authorName}.` : '';
    const asked = input.contact === undefined ? undefined : await resolveContact(ctx.db, ctx, c.id, input.contact);
    const person = asked && c.contacts.find((x) => x.id === asked.id);
    const lead = person ? `${contactDetails(person, clientLabel(c))}\n` : '';
    const text = `${lead}${clientLabel(c)}: ${c.status}${c.archived ? ' (archived)' : ''}, ${contacts}, ${moneyLine(c)}.${openQuotesText(c)}${talk}`;
    return {
      ok: true, text, data: { kind: 'client', client: c, messages: { total: thread.total, unread: thread.newForTeam, recent: thread.messages } },
      ...(c.missingForInvoicing.length ? { missing: c.missingForInvoicing } : {}),
    };
  }),
};
