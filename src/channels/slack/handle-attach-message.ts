// The message shortcut "Attach message to client": the modal asks which existing client (and shows the note, the
// message's text); Attach saves it as a note (addNote) with a link to the message, and posts the client's card
// with Undo in the message's thread. A name matching no client or several is said in the modal; nothing is saved.
import type { App, ViewSubmitAction, webApi } from '@slack/bolt';
import { runTool } from '../../../tools/run-tool';
import { decodeSlack } from '../../agent/offline/values/decode-slack';
import { makeCtx } from '../../deps';
import { attachMessageModal, MESSAGE_ATTACH, type AttachMeta } from './blocks/attach-message-modal';
import { postInThread } from './deliver-message';
import { readMessageProposal } from './read-message-proposal';
import { onMessageShortcut } from './on-shortcut';
import { renderTurn } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import type { SlackRuntime } from './slack-runtime';

export const ATTACH_MESSAGE = 'attach_message_to_client';
type State = { values: Record<string, Record<string, { value?: string | null }>> };

export function registerAttachMessage(bolt: App, rt: SlackRuntime): void {
  onMessageShortcut(bolt, rt, ATTACH_MESSAGE, async ({ s, client, threadTs }) => {
    const text = s.message.text ?? '';
    const meta: AttachMeta = { channelId: s.channel.id, messageTs: s.message.ts, threadTs };
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
    const r = await runTool(makeCtx(rt.deps, who.actor), 'addNote', { client: ref, text: `${note || '(no text)'}\n\nFrom Slack: ${link ?? 'a message in Slack'}` });
    if (!r.ok) {
      // Not found, several matches, a refusal: said on the field, nothing saved.
      const field = r.error.issues?.some((i) => i.field === 'text') ? 'note' : 'client';
      return ack({ response_action: 'errors', errors: { [field]: r.error.message.slice(0, 150) } });
    }
    await ack();
    const client_ = r.data?.kind === 'client' ? (r.data.client as { name: string }) : { name: ref };
    const result = { ok: true as const, text: `Attached the message to ${client_.name} as a note.`, data: r.data, ...(r.undo ? { undo: { ...r.undo, label: 'attach' } } : {}) };
    await postInThread(client, { channel: meta.channelId, threadTs: meta.threadTs },
      renderTurn({ text: result.text, results: [{ toolName: 'addNote', input: { client: ref }, result }], approvals: [] }));
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
