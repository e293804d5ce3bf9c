// The /client help card (ephemeral).
import type { KnownBlock } from '@slack/types';
import { context, section } from './elements';

export function helpCard(): KnownBlock[] {
  return [
    section('*Clientele* keeps your clients and their contacts. Talk to it in plain English:'),
    section([
      '• `/client Acme Corp`: add Acme Corp as a lead',
      '• `/client find inactive clients in Germany`',
      '• `/client show Acme`: the client card, with what is missing for invoicing',
      '• `/client add jane@acme.com as Acme\'s finance contact`',
      '• `/client new`: the full form or quick add; `/client edit Acme`: the client form',
      '• `/client group new`, `/client group edit Agencies`: a group\'s currency, terms and reminder tone',
      '• `/client archive Acme`, `/client export active clients`',
      '• `/client remind me to call Acme on Friday`: a follow-up, told to you here when it is due; `/client my follow-ups this week`',
      '• `/client messages here`: mirror client message threads from the portal in this channel',
    ].join('\n')),
    context('Mention @Clientele in a channel or send it a direct message: it answers in the thread, and the thread remembers the conversation. Changes come with an Undo button; deletions ask for confirmation first.'),
  ];
}
