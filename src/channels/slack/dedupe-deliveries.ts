// Slack retries a delivery it thinks failed (X-Slack-Retry-Num); the claims live in the domain, which owns the
// slack_events table (src/domain/deliveries/claim-delivery.ts). Kept here as the Slack adapter's name for them.
import type { ClaimedCommand } from '../../domain/deliveries/claim-delivery';

export { type Claim, claimDelivery, finishDelivery, notePlaceholder, releaseOrphanedClaims } from '../../domain/deliveries/claim-delivery';

const QUOTED_CHARS = 150;
const quote = (text: string) => (text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS - 1)}…` : text);

/**
 * How to reach the person if a restart cuts this delivery off after its ack, kept with its claim: a slash command's
 * answer URL (and the person's DM, once it is spent); a mention's or DM's thread; a click's thread (a click on a private card: the person's DM); a form's
 * place (its metadata's, else the DM). Anything else (messages Clientele only reads) is not reported.
 */
export function claimedCommand(body: Record<string, any>): ClaimedCommand | null {
  if (typeof body.command === 'string') {
    if (typeof body.response_url !== 'string' || !body.response_url) return null;
    const text = `${body.command} ${typeof body.text === 'string' ? body.text : ''}`.trim();
    const user = typeof body.user_id === 'string' && body.user_id ? body.user_id : null;
    // Past the URL's 30 minutes (or its uses), the report goes to the person's DM: the command's answer was private.
    return { responseUrl: body.response_url, text, slackUserId: user, channel: user };
  }
  if (body.type === 'event_callback') return messageReach(body.event);
  const user = typeof body.user?.id === 'string' ? body.user.id : null;
  if (!user) return null;
  if (body.type === 'block_actions') {
    const action = body.actions?.[0];
    const label = typeof action?.text?.text === 'string' ? action.text.text : null;
    if (!label) return null;
    const channel = typeof body.channel?.id === 'string' && !body.container?.is_ephemeral ? body.channel.id : null;
    const threadTs = channel ? (body.message?.thread_ts ?? body.container?.message_ts ?? null) : null;
    return { responseUrl: null, text: `your click on “${quote(label)}”`, slackUserId: user, channel: channel ?? user, threadTs };
  }
  if (body.type === 'view_submission') {
    const title = typeof body.view?.title?.text === 'string' ? body.view.title.text : 'form';
    const meta = parseMeta(body.view?.private_metadata);
    return {
      responseUrl: null,
      text: `your “${quote(title)}” form`,
      slackUserId: user,
      channel: meta.channelId ?? user,
      threadTs: meta.channelId ? (meta.threadTs ?? null) : null,
    };
  }
  return null;
}

// A mention, or a person's direct message (an Assistant thread's too): what handle-messages.ts answers. Follow-ups
// in a channel thread are noted when their placeholder is posted (working-state.ts), as only then is it known.
function messageReach(e: Record<string, any> | undefined): ClaimedCommand | null {
  if (!e || typeof e.user !== 'string' || e.bot_id || typeof e.channel !== 'string' || typeof e.ts !== 'string') return null;
  if (e.subtype && e.subtype !== 'file_share') return null;
  if (e.type !== 'app_mention' && !(e.type === 'message' && e.channel_type === 'im')) return null;
  const said = (typeof e.text === 'string' ? e.text : '').replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, '').trim();
  return {
    responseUrl: null,
    text: said ? `your message “${quote(said)}”` : 'your message',
    slackUserId: e.user,
    channel: e.channel,
    threadTs: e.thread_ts ?? e.ts,
  };
}

function parseMeta(raw: unknown): { channelId?: string; threadTs?: string } {
  try {
    const meta = typeof raw === 'string' && raw ? JSON.parse(raw) : {};
    return {
      channelId: typeof meta?.channelId === 'string' ? meta.channelId : undefined,
      threadTs: typeof meta?.threadTs === 'string' ? meta.threadTs : undefined,
    };
  } catch {
    return {};
  }
}
