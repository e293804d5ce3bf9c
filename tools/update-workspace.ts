import { z } from 'zod';
import { updateWorkspaceSettings } from '../src/domain/settings/update-workspace';
import { changesText } from './changes-text';
import { settingFields } from './group-fields';
import { guard, humanFields } from './result-helpers';
import type { ToolDescriptor } from './types';
import { ADMIN_ROLES } from '../src/domain/access';
import { effectiveMessagesChannel, MESSAGES_OFF } from '../src/domain/messages/messages-channel';

// A channel id as the model may have it: bare (C0123ABCD, G… for a private channel), or as Slack writes a
// mentioned channel in a message (<#C0123ABCD|client-messages>); "off"/"none" (or null) stops mirroring, the
// deployment's default channel included; "default" goes back to that default.
// Names cannot be looked up (no extra scope), so "#client-messages" is refused with what to do instead.
const LINKED = /^<#([CG][A-Z0-9]{6,30})(?:\|[^>]*)?>$/i;
const BARE = /^[CG][A-Z0-9]{6,30}$/i;
const OFF = /^(?:off|none)$/i;
const DEFAULT = /^default$/i;
const CHANNEL_HELP = 'a Slack channel id like C0123ABCD (at the bottom of the channel\'s details; names cannot be looked up), "off" to stop, or "default"';

const messagesChannel = z.union([
  z.string().refine((v) => BARE.test(v.trim()) || LINKED.test(v.trim()) || OFF.test(v.trim()) || DEFAULT.test(v.trim()), CHANNEL_HELP),
  z.null(),
]).optional().describe('The Slack channel where client message threads from the portal are mirrored: its id (C…), "off" to stop, or "default" for the deployment\'s default.');

/** The domain's value: the id in capitals, "off", or null for the default. */
const channelOf = (v: string | null): string | null => {
  if (v === null || OFF.test(v.trim())) return MESSAGES_OFF;
  if (DEFAULT.test(v.trim())) return null;
  return (LINKED.exec(v.trim())?.[1] ?? v.trim()).toUpperCase();
};

export const UpdateWorkspaceInput = z.object({
  name: z.string().min(1).optional().describe("The workspace's name."), ...settingFields, messagesChannel,
});
type Input = z.infer<typeof UpdateWorkspaceInput>;

const WORDS: Record<string, string> = { defaultCurrency: 'currency', slackMessagesChannel: 'Slack messages channel' };

export const updateWorkspaceTool: ToolDescriptor<Input> = {
  name: 'updateWorkspace',
  description: "Changes the workspace's name, its defaults (currency, payment terms, reminder tone) that clients without their own or a group's value follow, or the Slack channel where client message threads are mirrored.",
  input: UpdateWorkspaceInput,
  // A channel of the model's choosing would carry clients' messages there (a shared channel reaches other
  // organisations), so that call waits for the person; the defaults are a plain write.
  risk: 'sendsOutside',
  riskOf: ({ input }) => (typeof input.messagesChannel === 'string' && /^[CG]/.test(channelOf(input.messagesChannel) ?? '') ? 'sendsOutside' : 'write'),
  roles: ADMIN_ROLES,
  summarize: (changes) => `Change the workspace settings${changesText(changes)}`,
  run: ({ ctx, input }) => guard(ctx, async () => {
    const { messagesChannel: channel, ...rest } = input;
    const r = await updateWorkspaceSettings({ ctx, input: channel === undefined ? rest : { ...rest, messagesChannel: channelOf(channel) } });
    const w = r.workspace;
    const now = `${w.currency}, ${w.paymentTerms} days, ${w.reminderTone} reminders`;
    const fallback = ctx.mirror?.defaultChannel ?? null;
    const mirrored = effectiveMessagesChannel(w.messagesChannel, fallback);
    const where = mirrored
      ? `Client message threads are mirrored in Slack channel ${mirrored}${w.messagesChannel ? ' (invite the app there if it is not yet: /invite @Clientele)' : " (the deployment's default)"}.`
      : 'Client message threads are not mirrored in Slack.';
    const channelChanged = r.changed.includes('slackMessagesChannel');
    const text = r.changed.length
      ? `Updated the workspace ${w.name}: ${humanFields(r.changed.map((k) => WORDS[k] ?? k))}. ${channelChanged ? where : `Defaults are now ${now}.`}`
      : `Nothing changed; the workspace defaults are ${now}.${channel !== undefined ? ` ${where}` : ''}`;
    return {
      ok: true, text, data: { kind: 'workspace', workspace: w },
      ...(r.activityId ? { undo: { activityId: r.activityId, label: 'Undo the change to the workspace settings' } } : {}),
    };
  }),
};
