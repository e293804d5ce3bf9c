// Modal submissions: the full client form (updateClient, full-form policy), Add contact (addContact) and
// the new client from a message (createClient). Field errors go back into the modal with
// response_action: errors and change nothing; on success the modal closes and the card is posted.
import type { App } from '@slack/bolt';
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
import { nest } from './blocks/form-inputs';
import { resultMessage } from './handle-actions';
import { onModalSubmit } from './on-modal-submit';
import type { SlackRuntime } from './slack-runtime';

type Meta = { clientId?: number; channelId?: string; threadTs?: string };
type Saved = { client: ClientView; activityId: number | null; text: string };

export function registerViews(bolt: App, rt: SlackRuntime): void {
  // A form's policy (quick or full) is the form's, not a tool argument: the verbs run guarded as tools are.
  onModalSubmit<Meta>(bolt, rt, /^(client_form|client_create|contact_form)$/,
    ({ ctx, callbackId, meta, values }) => guard(ctx, () => save(ctx, callbackId, meta, values)),
    ({ callbackId, values }, result) => resultMessage(callbackId, values, result));
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
