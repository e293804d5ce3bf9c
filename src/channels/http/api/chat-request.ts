// What POST /api/chat is asked, read from the AI SDK's request (the chat id and its UI messages, as
// DefaultChatTransport sends them) or from the short form `{ conversationId?, text }` scripts use. Conversation
// memory stays on the server: of the posted messages only the new user text (and the id of a CSV it attaches) and
// the answers to approval requests (their ids and approved flags) are read; the server's own approval rows decide what runs.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { InvalidInput } from '../../../errors';

const ConversationId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a conversation id');
const Text = z.string().trim().min(1, 'Type a message.').max(4000, 'is longer than 4000 characters');

const Short = z.object({ conversationId: ConversationId.optional(), text: Text });

const Part = z.looseObject({ type: z.string().max(100) });
const Message = z.looseObject({ id: z.string().max(200), role: z.enum(['system', 'user', 'assistant']), parts: z.array(Part).max(500) });
const UiRequest = z.object({
  id: ConversationId,
  messages: z.array(Message).min(1).max(1000),
  trigger: z.enum(['submit-message', 'regenerate-message']).optional(),
  messageId: z.string().max(200).optional(),
});

export type ApprovalAnswer = { approvalId: string; approved: boolean; toolCallId: string };
/** A CSV attached in the page: uploaded first (POST /files/imports, its dry run), then named by a data part. */
const ImportPart = z.object({ type: z.literal('data-import'), data: z.looseObject({ importId: z.string().min(1).max(100) }) });

export type ChatRequest =
  | { kind: 'text'; conversationId: string; text: string }
  | { kind: 'import'; conversationId: string; text: string; importId: string }
  | { kind: 'approvals'; conversationId: string; messageId: string; answers: ApprovalAnswer[] };

const fail = (field: string, message: string) => new InvalidInput([{ field, message }]);

/** Tool parts answered by the person (state approval-responded) in one assistant message. */
function answersIn(message: z.infer<typeof Message>): ApprovalAnswer[] {
  const out: ApprovalAnswer[] = [];
  for (const part of message.parts as Array<Record<string, any>>) {
    if (!part.type.startsWith('tool-') || part.state !== 'approval-responded') continue;
    const id = part.approval?.id;
    if (typeof id !== 'string' || typeof part.approval?.approved !== 'boolean' || typeof part.toolCallId !== 'string') continue;
    out.push({ approvalId: id.slice(0, 200), approved: part.approval.approved, toolCallId: part.toolCallId.slice(0, 200) });
  }
  return out;
}

export function readChatRequest(body: unknown): ChatRequest {
  if (body && typeof body === 'object' && 'text' in body) {
    const r = Short.safeParse(body);
    if (!r.success) throw new InvalidInput(r.error.issues.map((i) => ({ field: String(i.path[0] ?? 'text'), message: i.message })));
    return { kind: 'text', conversationId: r.data.conversationId ?? `web-${randomUUID()}`, text: r.data.text };
  }
  const r = UiRequest.safeParse(body);
  if (!r.success) throw new InvalidInput(r.error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'messages', message: i.message })));
  const { id, messages, messageId } = r.data;
  if (r.data.trigger === 'regenerate-message') throw fail('trigger', 'Ask again in a new message; answers are not regenerated.');
  // The SDK continues an assistant message after the person answered an approval in it (addToolApprovalResponse).
  const target = messageId ? messages.find((m) => m.id === messageId) : messages.at(-1);
  if (target?.role === 'assistant') {
    const answers = answersIn(target);
    if (!answers.length) throw fail('messages', 'Nothing to continue: no confirmation was answered.');
    return { kind: 'approvals', conversationId: id, messageId: target.id, answers };
  }
  const last = messages.at(-1)!;
  if (last.role !== 'user') throw fail('messages', 'The last message must be the person\'s.');
  const typed = (last.parts as Array<Record<string, any>>).filter((p) => p.type === 'text').map((p) => String(p.text ?? '')).join('\n');
  const attached = last.parts.find((p) => p.type === 'data-import');
  if (attached) {
    const part = ImportPart.safeParse(attached);
    if (!part.success) throw fail('messages', 'The attached file is not an uploaded CSV.');
    // Words typed with the file are kept with it (it needs none).
    const said = z.string().trim().max(4000, 'is longer than 4000 characters').safeParse(typed);
    if (!said.success) throw fail('text', said.error.issues[0].message);
    return { kind: 'import', conversationId: id, text: said.data, importId: part.data.data.importId };
  }
  const text = Text.safeParse(typed);
  if (!text.success) throw fail('text', text.error.issues[0].message);
  return { kind: 'text', conversationId: id, text: text.data };
}
