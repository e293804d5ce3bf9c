// A notice for the team in the messages channel (a client accepted or declined a quote in the portal): the
// headline escaped for mrkdwn with a link to the client page, the client's comment as plain text, so nothing a
// client typed can ping or link anyone.
import type { webApi } from '@slack/bolt';
import type { MessageMirror } from '../../context';
import { clip, escapeMrkdwn } from './mrkdwn';

type Announcement = Parameters<NonNullable<MessageMirror['announce']>>[0];

export function announceBlocks(n: Announcement): { text: string; blocks: webApi.KnownBlock[] } {
  const headline = escapeMrkdwn(clip(n.headline, 2500));
  const blocks: webApi.KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `${headline} · <${n.clientUrl}|Open ${escapeMrkdwn(clip(n.clientName, 200))}>` } },
  ];
  if (n.comment) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Their comment:' }] },
      { type: 'section', text: { type: 'plain_text', text: clip(n.comment, 3000), emoji: false } });
  }
  return { text: headline, blocks };
}
