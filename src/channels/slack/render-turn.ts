// An agent turn as a Slack message: the answer text (escaped), a card per structured result, an Undo
// button per change, a confirmation card per pending approval, and the files to upload.
import type { KnownBlock } from '@slack/types';
import type { ToolResult } from '../../../tools/types';
import type { ClientSummary, ClientView } from '../../domain/clients/views';
import type { OutreachDraftView } from '../../domain/outreach/draft-outreach';
import { clientCard } from './blocks/client-card';
import { confirmationCard, type ApprovalCardData } from './blocks/confirmation-card';
import { section } from './blocks/elements';
import { outreachDraftCard } from './blocks/outreach-card';
import { searchResults } from './blocks/search-results';
import { undoActions } from './blocks/undo-button';
import { clip, escapeMrkdwn } from './mrkdwn';

/** The parts of E4's AgentTurn this channel renders. */
export type TurnLike = {
  text: string;
  results: Array<{ toolName: string; input: unknown; result: ToolResult }>;
  approvals: ApprovalCardData[];
};
/** An export to upload: read back from the export store by its id (never by a path from the turn). */
export type SlackFile = { filename: string; exportId: string; contentType: string };
export type SlackMessage = { text: string; blocks: KnownBlock[]; files: SlackFile[] };

const MAX_BLOCKS = 50;

export function renderTurn(turn: TurnLike): SlackMessage {
  const answer = escapeMrkdwn(turn.text.trim());
  const blocks: KnownBlock[] = answer ? [section(answer)] : [];
  const files: SlackFile[] = [];
  const cards = new Map<string, KnownBlock[]>();
  for (const { result } of turn.results) {
    if (!result.ok) continue;
    const data = result.data;
    if (data?.kind === 'client') cards.set(`client:${(data.client as ClientView).id}`, clientCard(data.client as ClientView));
    else if (data?.kind === 'clients') cards.set('clients', searchResults(data.clients as ClientSummary[], { total: Number(data.total ?? 0), over: data.over === true }));
    else if (data?.kind === 'outreachDraft') cards.set(`outreach:${(data.draft as OutreachDraftView).id}`, outreachDraftCard(data.draft as OutreachDraftView));
    else if (data?.kind === 'file') files.push({ filename: String(data.filename), exportId: String(data.exportId), contentType: String(data.contentType) });
  }
  for (const card of cards.values()) blocks.push(...card);
  for (const { result } of turn.results) if (result.ok && result.undo) blocks.push(undoActions(result.undo));
  for (const approval of turn.approvals) blocks.push(...confirmationCard(approval));
  // Keep the last blocks (the buttons) if a long answer would overflow the message.
  const fitted = blocks.length > MAX_BLOCKS ? [blocks[0], ...blocks.slice(blocks.length - MAX_BLOCKS + 1)] : blocks;
  return { text: clip(answer || 'Done.', 3000), blocks: fitted, files };
}

/** A plain answer (errors, denials) as a message. */
export function plainMessage(text: string): SlackMessage {
  const escaped = escapeMrkdwn(text);
  return { text: clip(escaped, 3000), blocks: [section(escaped)], files: [] };
}
