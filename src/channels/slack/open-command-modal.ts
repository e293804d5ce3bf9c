// "/client new" opens the new-client form and "/client edit <client>" that client's full form at once, with no
// model in between: a trigger_id lives 3 seconds. What does not name exactly one client goes to the agent.
import type { SlashCommand, webApi } from '@slack/bolt';
import type { Ctx } from '../../context';
import { requireClientAccess } from '../../domain/access';
import { getClientView } from '../../domain/clients/get-client-view';
import { resolveClient } from '../../domain/clients/resolve-client';
import { isDomainError } from '../../errors';
import { clientFormModal, newClientModal } from './blocks/client-form-modal';

const NEW = /^(new|new client|add client)$/i;
const EDIT = /^(?:edit|details|add details(?: (?:for|to))?)\s+(.+)$/i;

/** True when a modal was opened (the command is answered); false to hand the text to the agent. */
export async function openCommandModal(ctx: Ctx, client: webApi.WebClient, command: Pick<SlashCommand, 'text' | 'trigger_id'>): Promise<boolean> {
  const text = command.text.trim();
  if (!NEW.test(text) && !EDIT.test(text)) return false;
  // Someone without client access gets the agent's refusal instead of a form they cannot save.
  try { requireClientAccess(ctx.actor); } catch { return false; }
  // The saved card goes to the person's DM with the app: the bot may not be a member of the channel.
  const meta = {};
  if (NEW.test(text)) {
    await client.views.open({ trigger_id: command.trigger_id, view: newClientModal({}, meta) });
    return true;
  }
  const ref = EDIT.exec(text)?.[1];
  if (!ref) return false;
  try {
    const row = await resolveClient(ctx.db, ctx, ref);
    await client.views.open({ trigger_id: command.trigger_id, view: clientFormModal(await getClientView(ctx.db, ctx, row.id), meta) });
    return true;
  } catch (err) {
    if (isDomainError(err) && (err.code === 'not_found' || err.code === 'ambiguous')) return false;
    throw err;
  }
}
