// Creating clients and groups from Slack: "/client new" offers the full form or quick add, "/client new full",
// "/client group new" and "/client group edit <group>" open their form at once; the client card's Group button
// picks the client's group and "Why these settings?" answers with explainSettings. Submissions run the same
// tools and verbs as chat; field errors go back into the modal and nothing is saved.
import type { App, SlashCommand, webApi } from '@slack/bolt';
import { clientLabel, toFailure } from '../../../tools/result-helpers';
import { runTool } from '../../../tools/run-tool';
import type { ToolResult } from '../../../tools/types';
import type { Ctx } from '../../context';
import { requireClientAccess } from '../../domain/access';
import { getClientView } from '../../domain/clients/get-client-view';
import type { ClientView } from '../../domain/clients/views';
import { getClientOrThrow } from '../../domain/clients/resolve-client';
import { listGroups } from '../../domain/settings/list-groups';
import { resolveGroup } from '../../domain/settings/resolve-group';
import { InvalidInput } from '../../errors';
import { newClientModal } from './blocks/client-form-modal';
import { nest } from './blocks/form-inputs';
import {
  CLIENT_CREATE_FULL, CLIENT_GROUP, clientGroupModal, fullClientModal, GROUP_FORM, groupModal, NO_GROUP, SETTINGS_ACTIONS,
} from './blocks/settings-modals';
import { resultMessage } from './handle-actions';
import { onButton } from './on-button';
import { onModalSubmit } from './on-modal-submit';
import { unresolvedReference } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

export const NEW_CHOICE = /^(new|new client|add client)$/i;
const NEW_FULL = /^new(?: client)?(?: full(?: form)?| form)$/i;
const NEW_QUICK = /^(?:new(?: client)? quick(?: add)?|quick add)$/i;
const GROUP_NEW = /^(?:group new|new group|create group)$/i;
const GROUP_EDIT = /^(?:group edit|edit group)\s+(.+)$/i;
type Meta = { channelId?: string; threadTs?: string; clientId?: number; groupId?: number };

/** True when "/client <text>" opened one of these forms (a trigger_id lives 3 s: no model in between). */
export async function openSettingsModal(ctx: Ctx, client: webApi.WebClient, command: Pick<SlashCommand, 'text' | 'trigger_id'>): Promise<boolean> {
  const text = command.text.trim();
  const open = async (view: Parameters<webApi.WebClient['views']['open']>[0]['view']) => {
    await client.views.open({ trigger_id: command.trigger_id, view });
    return true;
  };
  if (NEW_FULL.test(text)) return open(fullClientModal({}));
  if (NEW_QUICK.test(text)) return open(newClientModal({}, {}));
  if (GROUP_NEW.test(text)) return open(groupModal(null, {}));
  const ref = GROUP_EDIT.exec(text)?.[1];
  if (!ref) return false;
  try {
    const g = await resolveGroup(ctx.db, ctx, ref);
    return open(groupModal({ id: g.id, name: g.name, currency: g.currency, paymentTerms: g.paymentTerms, reminderTone: g.reminderTone }, {}));
  } catch (err) {
    if (unresolvedReference(err)) return false;
    throw err;
  }
}

export function registerSettings(bolt: App, rt: SlackRuntime): void {
  onButton(bolt, rt, /^(newclient_|group_)/, async ({ client, b, a, ctx, reply }) => {
    requireClientAccess(ctx.actor);
    const threadTs = (b.message as { thread_ts?: string } | undefined)?.thread_ts ?? b.container?.message_ts;
    const meta = b.container?.is_ephemeral ? {} : { channelId: b.channel?.id, threadTs };
    if (a.action_id === SETTINGS_ACTIONS.newFull) await client.views.open({ trigger_id: b.trigger_id, view: fullClientModal(meta) });
    else if (a.action_id === SETTINGS_ACTIONS.newQuick) await client.views.open({ trigger_id: b.trigger_id, view: newClientModal({}, meta) });
    else {
      const row = await getClientOrThrow(ctx.db, ctx, Number(a.value));
      if (a.action_id === SETTINGS_ACTIONS.pickGroup) {
        const [view, groups] = await Promise.all([getClientView(ctx.db, ctx, row.id), listGroups(ctx)]);
        await client.views.open({ trigger_id: b.trigger_id, view: clientGroupModal(view, groups, meta) });
      } else if (a.action_id === SETTINGS_ACTIONS.explain) {
        const input = { client: `id:${row.id}` };
        await reply.inThread(resultMessage('explainSettings', input, await runTool(ctx, 'explainSettings', input)));
      }
    }
  });

  onModalSubmit<Meta>(bolt, rt, new RegExp(`^(${CLIENT_CREATE_FULL}|${GROUP_FORM}|${CLIENT_GROUP})$`),
    ({ ctx, callbackId, meta, values }) => submit(ctx, callbackId, meta, values),
    ({ callbackId, meta, values }, result) => {
      const tool = callbackId === GROUP_FORM ? (meta.groupId ? 'updateGroup' : 'createGroup') : callbackId === CLIENT_GROUP ? 'updateClient' : 'createClient';
      return resultMessage(tool, values, result);
    });
}

async function submit(ctx: Ctx, callbackId: string, meta: Meta, values: Record<string, string>): Promise<ToolResult> {
  if (callbackId === CLIENT_CREATE_FULL) {
    // The full form is createClient's complete: true (the domain's full policy); the modal words its own answer.
    const r = await runTool(ctx, 'createClient', { ...nest(values), complete: true });
    if (!r.ok || r.data?.kind !== 'client') return r;
    const client = r.data.client as ClientView;
    // No undo: nothing was added, the client already exists (said on the name, as a field error).
    if (!r.undo) return toFailure(new InvalidInput([{ field: 'name', message: `${clientLabel(client)} already exists; nothing was created.` }]));
    return { ...r, text: `Created ${clientLabel(client)} with everything for invoicing.` };
  }
  if (callbackId === CLIENT_GROUP) {
    const input = { client: `id:${Number(meta.clientId)}`, group: !values.group || values.group === NO_GROUP ? null : values.group };
    return runTool(ctx, 'updateClient', input);
  }
  if (!meta.groupId) return runTool(ctx, 'createGroup', values);
  // An input left empty clears that setting (its clients then follow the workspace); the name stays required.
  return runTool(ctx, 'updateGroup', { group: `id:${meta.groupId}`, currency: null, paymentTerms: null, reminderTone: null, ...values });
}
