// The message shortcut "Attach message to client": the modal asks which existing client (and shows the note, the
// message's text); Attach saves it as a note (addNote) with a link to the message, and posts the client's card
// with Undo in the message's thread. A name matching no client or several is said in the modal; nothing is saved.
import type { App, MessageShortcut, ViewSubmitAction, webApi } from '@slack/bolt';
import { decodeSlack } from '../../agent/offline/values/decode-slack';
import { makeCtx } from '../../deps';
import { addNote } from '../../domain/clients/add-note';
import { isDomainError } from '../../errors';
import { attachMessageModal, MESSAGE_ATTACH, type AttachMeta } from './blocks/attach-message-modal';
import { postInThread } from './deliver-message';
import { readMessageProposal } from './read-message-proposal';
import { renderTurn } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import type { SlackRuntime } from './slack-runtime';

export const ATTACH_MESSAGE = 'attach_message_to_client';
type State = { values: Record<string, Record<string, { value?: string | null }>> };

export function registerAttachMessage(bolt: App, rt: SlackRuntime): void {
  bolt.shortcut({ callback_id: ATTACH_MESSAGE, type: 'message_action' }, async ({ ack, shortcut, client }) => {
    await ack();
    const s = shortcut as MessageShortcut;
    const who = await resolveSlackActor(rt, client, { teamId: s.team?.id ?? s.user.team_id, userId: s.user.id, userTeamId: s.user.team_id });
    if (!who.ok) {
      await client.chat.postEphemeral({ channel: s.channel.id, user: s.user.id, text: who.message });
      return;
    }
    const text = s.message.text ?? '';
    const meta: AttachMeta = { channelId: s.channel.id, messageTs: s.message.ts, threadTs: (s.message as { thread_ts?: string }).thread_ts ?? s.message.ts };
    // The company the message names, if the reader found one, as a first guess the person can change.
    await client.views.open({ trigger_id: s.trigger_id, view: attachMessageModal({ client: readMessageProposal(text).name, note: decodeSlack(text) }, meta) });
  });

  bolt.view({ callback_id: MESSAGE_ATTACH, type: 'view_submission' }, async ({ ack, body, view, client }) => {
    const b = body as ViewSubmitAction;
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return ack({ response_action: 'errors', errors: { client: who.message } });
    const meta = JSON.parse(view.private_metadata || '{}') as AttachMeta;
    const values = (view.state as State).values;
    const ref = values.client?.value?.value?.trim() ?? '';
    const note = values.note?.value?.value?.trim() ?? '';
    if (!ref) return ack({ response_action: 'errors', errors: { client: 'Which client? Type its name.' } });
    const link = await permalink(client, meta);
    try {
      const r = await addNote({ ctx: makeCtx(rt.deps, who.actor), input: { client: ref, text: `${note || '(no text)'}\n\nFrom Slack: ${link ?? 'a message in Slack'}` } });
      await ack();
      const result = { ok: true as const, text: `Attached the message to ${r.client.name} as a note.`, data: { kind: 'client', client: r.client }, undo: { activityId: r.activityId, label: 'attach' } };
      await postInThread(client, { channel: meta.channelId, threadTs: meta.threadTs },
        renderTurn({ text: result.text, results: [{ toolName: 'addNote', input: { client: ref }, result }], approvals: [] }));
    } catch (err) {
      if (!isDomainError(err)) throw err;
      // Not found, several matches, a refusal: said on the field, nothing saved.
      const field = err.code === 'invalid' && /text/.test(err.message) ? 'note' : 'client';
      return ack({ response_action: 'errors', errors: { [field]: err.message.slice(0, 150) } });
    }
  });
}

async function permalink(client: webApi.WebClient, meta: AttachMeta): Promise<string | null> {
  try {
    const r = await client.chat.getPermalink({ channel: meta.channelId, message_ts: meta.messageTs });
    return r.permalink ?? null;
  } catch {
    // Without a link the note still says where it came from.
    return null;
  }
}
