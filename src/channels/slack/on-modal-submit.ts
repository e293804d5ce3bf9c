// A form modal's submission, the same for every form: who submitted it (a refusal is said on the form's first
// input), their ctx, the form's metadata and values; a failed run goes back onto the form's fields and changes
// nothing; on success the modal closes and the answer is posted where the modal came from (the thread, else the DM).
import type { App, ViewSubmitAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { ToolResult } from '../../../tools/types';
import type { Ctx } from '../../context';
import { makeCtx } from '../../deps';
import { readValues, type ViewState } from './blocks/form-inputs';
import { postInThread } from './deliver-message';
import type { SlackMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { modalErrors } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

export type ModalMeta = { channelId?: string; threadTs?: string };
export type ModalSubmission<M extends ModalMeta> = { ctx: Ctx; callbackId: string; meta: M; values: Record<string, string> };

export function onModalSubmit<M extends ModalMeta>(
  bolt: App, rt: SlackRuntime, callbackId: string | RegExp,
  run: (s: ModalSubmission<M>) => Promise<ToolResult>,
  answer: (s: ModalSubmission<M>, result: ToolResult) => SlackMessage,
): void {
  bolt.view({ callback_id: callbackId, type: 'view_submission' }, async ({ ack, body, view, client }) => {
    const b = body as ViewSubmitAction;
    const blocks = view.blocks as KnownBlock[];
    const firstInput = blocks.find((x) => x.type === 'input')?.block_id ?? 'name';
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return ack({ response_action: 'errors', errors: { [firstInput]: who.message } });
    const s: ModalSubmission<M> = { ctx: makeCtx(rt.deps, who.actor), callbackId: view.callback_id, meta: parseMeta<M>(view.private_metadata), values: readValues(view.state as ViewState) };
    const result = await run(s);
    if (!result.ok) return ack({ response_action: 'errors', errors: modalErrors(result.error, blocks) });
    await ack();
    await postInThread(client, s.meta.channelId ? { channel: s.meta.channelId, threadTs: s.meta.threadTs } : { channel: b.user.id }, answer(s, result));
  });
}

function parseMeta<M>(raw: string | undefined): M {
  try {
    return (raw ? JSON.parse(raw) : {}) as M;
  } catch {
    return {} as M;
  }
}
