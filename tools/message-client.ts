import { z } from 'zod';
import { postTeamMessage } from '../src/domain/messages/post-team-message';
import { clientRef } from './field-schemas';
import { guard } from './result-helpers';
import type { ToolDescriptor } from './types';

export const MessageClientToolInput = z.object({
  client: clientRef,
  text: z.string().describe("The message, plain text, as the client's portal contacts will read it (at most 3,000 characters)."),
});
type Input = z.infer<typeof MessageClientToolInput>;

const quoted = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

export const messageClientTool: ToolDescriptor<Input> = {
  name: 'messageClient',
  description: "Posts a message to the client's message thread: its portal contacts read it in the portal and get an email about it. "
    + 'Mirrored into the Slack messages channel when one is set.',
  input: MessageClientToolInput,
  // It reaches people outside the team (the portal and their inbox): a model's call waits for the person.
  risk: 'sendsOutside',
  summarize: (input) => `Send ${input.client} a message in their portal: "${quoted(String(input.text ?? ''))}"`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const r = await postTeamMessage({ ctx, input });
    const told = r.emailed.length ? ` Emailed ${r.emailed.join(', ')} about it.` : '';
    return {
      ok: true,
      text: `Posted your message in the ${r.client.name} portal.${told}`,
      data: { kind: 'message', client: r.client, message: r.message, emailed: r.emailed, mirrored: r.mirrored },
    };
  }),
};
