// Modal submissions: the full client form (updateClient), Add contact (addContact) and the new client from a
// message (createClient), each run through the one runner. Field errors go back into the modal with
// response_action: errors and change nothing; on success the modal closes and the card is posted with the
// modal's own answer (the tool's data says what was created or changed).
import type { App } from '@slack/bolt';
import { InvalidInput } from '../../errors';
import type { Ctx } from '../../context';
import { flagsFromTicked } from '../../domain/contacts/contact-fields';
import type { ClientView, ContactView } from '../../domain/clients/views';
import { clientFieldWords, toFailure } from '../../../tools/result-helpers';
import { runTool } from '../../../tools/run-tool';
import type { ToolResult, ToolSuccess } from '../../../tools/types';
import { CLIENT_CREATE, CLIENT_FORM } from './blocks/client-form-modal';
import { nest, readNumbers } from './blocks/form-inputs';
import { resultMessage } from './handle-actions';
import { onModalSubmit } from './on-modal-submit';
import type { SlackRuntime } from './slack-runtime';

type Meta = { clientId?: number; channelId?: string; threadTs?: string };

export function registerViews(bolt: App, rt: SlackRuntime): void {
  onModalSubmit<Meta>(bolt, rt, /^(client_form|client_create|contact_form)$/,
    ({ ctx, callbackId, meta, values }) => save(ctx, callbackId, meta, values),
    ({ callbackId, values }, result) => resultMessage(callbackId, values, result));
}

const dataOf = <D>(r: ToolSuccess): D => r.data as D;

/** The modal's answer on the tool's success; the undo reads as the modals always said it. */
function answer(r: ToolSuccess, text: string): ToolSuccess {
  return { ...r, text, ...(r.undo ? { undo: { ...r.undo, label: 'this change' } } : {}) };
}

async function save(ctx: Ctx, callbackId: string, meta: Meta, values: Record<string, string>): Promise<ToolResult> {
  const client = `id:${Number(meta.clientId)}`;
  if (callbackId === CLIENT_CREATE || callbackId === CLIENT_FORM) {
    // A value typed as text ('5,000') is the number the tools take, read as the domain reads it (or refused in its words).
    const read = readNumbers(values);
    if (read.issues.length) return toFailure(new InvalidInput(read.issues));
    return callbackId === CLIENT_CREATE ? create(ctx, nest(read.values)) : update(ctx, { client, ...nest(read.values) });
  }
  const { flags, ...rest } = values;
  const chosen = new Set((flags ?? '').split(',').filter(Boolean));
  const r = await runTool(ctx, 'addContact', { client, ...rest, ...flagsFromTicked(chosen) });
  if (!r.ok || r.data?.kind !== 'client') return r;
  const d = dataOf<{ client: ClientView; contact: ContactView }>(r);
  return answer(r, `Added ${d.contact.name ?? d.contact.email} to ${d.client.name}.`);
}

/** The quick form: createClient without complete (the domain's default policy). A blank name is the domain's to refuse. */
async function create(ctx: Ctx, input: Record<string, unknown>): Promise<ToolResult> {
  const r = await runTool(ctx, 'createClient', { name: '', ...input });
  if (!r.ok || r.data?.kind !== 'client') return r;
  const { client: c, created } = dataOf<{ client: ClientView; created: boolean }>(r);
  return answer(r, created ? `Created ${c.name} (#${c.number}).` : `${c.name} (#${c.number}) already exists; nothing was created.`);
}

async function update(ctx: Ctx, input: Record<string, unknown>): Promise<ToolResult> {
  const r = await runTool(ctx, 'updateClient', input);
  if (!r.ok || r.data?.kind !== 'client') return r;
  const { client: c, changed } = dataOf<{ client: ClientView; changed: string[] }>(r);
  return answer(r, changed.length ? `Updated ${c.name}: ${clientFieldWords(changed)}.` : `Nothing changed on ${c.name}.`);
}
