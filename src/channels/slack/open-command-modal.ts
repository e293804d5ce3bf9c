// "/client edit <client>" opens that client's full form at once, with no model in between: a trigger_id lives
// 3 seconds. What does not name exactly one client goes to the agent. New-client and group forms: handle-settings.ts.
import type { SlashCommand, webApi } from '@slack/bolt';
import type { Ctx } from '../../context';
import { requireClientAccess } from '../../domain/access';
import { getClientView } from '../../domain/clients/get-client-view';
import { resolveClient } from '../../domain/clients/resolve-client';
import { clientFormModal } from './blocks/client-form-modal';
import { openSettingsModal } from './handle-settings';
import { unresolvedReference } from './slack-errors';

const EDIT = /^(?:edit|details|add details(?: (?:for|to))?)\s+(.+)$/i;

/** True when a modal was opened (the command is answered); false to hand the text to the agent. */
export async function openCommandModal(ctx: Ctx, client: webApi.WebClient, command: Pick<SlashCommand, 'text' | 'trigger_id'>): Promise<boolean> {
  const text = command.text.trim();
  // Someone without client access gets the agent's refusal instead of a form they cannot save.
  try { requireClientAccess(ctx.actor); } catch { return false; }
  if (await openSettingsModal(ctx, client, command)) return true;
  if (!EDIT.test(text)) return false;
  // The saved card goes to the person's DM with the app: the bot may not be a member of the channel.
  const meta = {};
  const ref = EDIT.exec(text)?.[1];
  if (!ref) return false;
  try {
    const row = await resolveClient(ctx.db, ctx, ref);
    await client.views.open({ trigger_id: command.trigger_id, view: clientFormModal(await getClientView(ctx.db, ctx, row.id), meta) });
    return true;
  } catch (err) {
    if (unresolvedReference(err)) return false;
    throw err;
  }
}
