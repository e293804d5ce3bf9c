// The small JSON calls the chat page makes besides the chat stream itself (useChat owns POST /api/chat).
import type { UIMessage } from 'ai';

/** A confirmation, cancel or undo answered as a whole turn (the JSON routes). */
export type Turn = { text: string; results: Array<{ toolName: string; result: any }> };
export type ConversationEntry = { id: string; title: string; updatedAt: string };

async function json<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) location.href = '/sign-in';
  if (!res.ok) throw Object.assign(new Error(body?.error?.message || `The server answered ${res.status}.`), { code: body?.error?.code });
  return body as T;
}

export const postJson = async (url: string): Promise<Turn> =>
  json(await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));

/** A CSV attached in the chat goes to the import upload (its dry run); the chat then names it by id. */
export async function uploadCsv(file: File): Promise<{ importId: string }> {
  const form = new FormData();
  form.append('file', file);
  return json(await fetch(`/files/imports?filename=${encodeURIComponent(file.name)}`, { method: 'POST', body: form }));
}

export const listConversations = async () => (await json<{ conversations: ConversationEntry[] }>(await fetch('/api/conversations'))).conversations;

export const readConversation = async (id: string) =>
  json<{ id: string; title: string; messages: UIMessage[] }>(await fetch(`/api/conversations/${encodeURIComponent(id)}`));

/** A new conversation's id: the chat id useChat sends is the conversation's. */
export const newConversationId = () => `web-${crypto.randomUUID()}`;
