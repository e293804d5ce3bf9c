// Modal submissions: the full client form (updateClient, full-form policy), Add contact (addContact) and
// the new client from a message (createClient). Field errors go back into the modal with
// response_action: errors and change nothing; on success the modal closes and the card is posted.
import type { App, ViewSubmitAction, webApi } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { makeCtx } from '../../deps';
import { createClient } from '../../domain/clients/create-client';
import { getClientOrThrow } from '../../domain/clients/resolve-client';
import { updateClient } from '../../domain/clients/update-client';
import { addContact } from '../../domain/contacts/add-contact';
import { flagsFromTicked } from '../../domain/contacts/contact-fields';
import type { ClientView } from '../../domain/clients/views';
import { guard } from '../../../tools/result-helpers';
import type { ToolResult } from '../../../tools/types';
import { CLIENT_CREATE, CLIENT_FORM } from './blocks/client-form-modal';
import { nest, readValues, type ViewState } from './blocks/form-inputs';
import { postInThread } from './deliver-message';
import { resultMessage } from './handle-actions';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { modalErrors } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

type Meta = { clientId?: number; channelId?: string; threadTs?: string };
type Saved = { client: ClientView; activityId: number | null; text: string };

export function registerViews(bolt: App, rt: SlackRuntime): void {
  bolt.view({ callback_id: /^(client_form|client_create|contact_form)$/, type: 'view_submission' }, async ({ ack, body, view, client }) => {
    const b = body as ViewSubmitAction;
    const firstInput = (view.blocks as KnownBlock[]).find((x) => x.type === 'input')?.block_id ?? 'name';
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return ack({ response_action: 'errors', errors: { [firstInput]: who.message } });
    const ctx = makeCtx(rt.deps, who.actor);
    const meta = parseMeta(view.private_metadata);
    const values = readValues(view.state as ViewState);
    // A form's policy (quick or full) is the form's, not a tool argument: the verbs run guarded as tools are.
    const result = await guard(ctx, () => save(ctx, view.callback_id, meta, values));
    if (!result.ok) return ack({ response_action: 'errors', errors: modalErrors(result.error, view.blocks as KnownBlock[]) });
    await ack();
    await post(client, meta, b.user.id, resultMessage(view.callback_id, values, result));
  });
}

async function save(ctx: ReturnType<typeof makeCtx>, callbackId: string, meta: Meta, values: Record<string, string>): Promise<ToolResult> {
  const saved = await saveForm(ctx, callbackId, meta, values);
  return {
    ok: true, text: saved.text, data: { kind: 'client', client: saved.client },
    ...(saved.activityId ? { undo: { activityId: saved.activityId, label: 'this change' } } : {}),
  };
}

async function saveForm(ctx: ReturnType<typeof makeCtx>, callbackId: string, meta: Meta, values: Record<string, string>): Promise<Saved> {
  if (callbackId === CLIENT_CREATE) {
    const r = await createClient({ ctx, input: { ...nest(values), policy: 'quick' } });
    return { client: r.client, activityId: r.activityId, text: r.created ? `Created ${r.client.name} (#${r.client.number}).` : `${r.client.name} (#${r.client.number}) already exists; nothing was created.` };
  }
  const row = await getClientOrThrow(ctx.db, ctx, Number(meta.clientId));
  if (callbackId === CLIENT_FORM) {
    const { paymentTerms, ...rest } = values;
    const input = { client: `id:${row.id}`, ...nest(rest), ...(paymentTerms ? { paymentTerms: /^\d+$/.test(paymentTerms) ? Number(paymentTerms) : paymentTerms } : {}), policy: 'full' };
    const r = await updateClient({ ctx, input });
    return { client: r.client, activityId: r.activityId, text: r.changed.length ? `Updated ${r.client.name}: ${r.changed.join(', ')}.` : `Nothing changed on ${r.client.name}.` };
  }
  const { flags, ...rest } = values;
  const chosen = new Set((flags ?? '').split(',').filter(Boolean));
  const r = await addContact({ ctx, input: { client: `id:${row.id}`, ...rest, ...flagsFromTicked(chosen) } });
  return { client: r.client, activityId: r.activityId, text: `Added ${r.contact.name ?? r.contact.email} to ${r.client.name}.` };
}

function parseMeta(raw: string | undefined): Meta {
  try {
    return raw ? (JSON.parse(raw) as Meta) : {};
  } catch {
    return {};
  }
}

/** Back where the modal came from (the thread), or in the person's DM with the app. */
async function post(client: webApi.WebClient, meta: Meta, userId: string, msg: ReturnType<typeof plainMessage>) {
  await postInThread(client, meta.channelId ? { channel: meta.channelId, threadTs: meta.threadTs } : { channel: userId }, msg);
}
