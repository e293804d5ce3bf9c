// "undo", "undo that", "revert the last change", "take it back" typed in a chat: the newest change this conversation
// made that still stands is undone, as its Undo button would (the domain decides whether it still can be and by
// whom). Typed again, the one before it (like an editor's undo). Never reaches the model: no tool undoes.
import type { ModelMessage } from 'ai';
import type { Ctx } from '../context';
import { ALREADY_UNDONE, undoActivity } from '../domain/activity/undo-activity';
import { isDomainError } from '../errors';
import { appendToConversation, type Conversation } from './memory';

const UNDO_SAID = /^\W*(?:(?:oops|oh no|no|wait|sorry|hmm+)[,!.\s]+)*(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:undo|revert|reverse|roll ?back|take (?:that|it) back)(?:\s+(?:that|it|this|the last (?:change|one|thing)|my last change|(?:the )?last change|what you (?:just )?did))?(?:\s+(?:please|pls))?\s*[.!?]*\s*$/i;

export const isUndoSaid = (text: string): boolean => UNDO_SAID.test(text.trim());

/** The activity ids of the changes this conversation's tool results offered to undo, newest first. */
function undoableChanges(messages: ModelMessage[]): number[] {
  const ids: number[] = [];
  for (const message of messages) {
    if (message.role !== 'tool') continue;
    for (const part of message.content) {
      const value = part.type === 'tool-result' && part.output.type === 'json' ? (part.output.value as { undo?: { activityId?: unknown } } | null) : null;
      const id = value?.undo?.activityId;
      if (typeof id === 'number') ids.push(id);
    }
  }
  return ids.reverse();
}

/** The answer to a typed undo, recorded in the conversation; undefined when the text asks for something else. */
export async function answerUndo(ctx: Ctx, conv: Conversation, text: string): Promise<string | undefined> {
  if (!isUndoSaid(text)) return undefined;
  let answer = 'There is no change to undo in this conversation.';
  for (const activityId of undoableChanges(conv.messages)) {
    try {
      answer = `${(await undoActivity({ ctx, input: { activityId } })).summary}.`;
      break;
    } catch (err) {
      // One undone already: the one before it. Anything else (later changes depend on it, too old, not yours) is said.
      if (isDomainError(err) && err.details.reason === ALREADY_UNDONE) continue;
      if (!isDomainError(err)) throw err;
      answer = err.message;
      break;
    }
  }
  await appendToConversation(ctx, conv.key, [{ role: 'user', content: text }, { role: 'assistant', content: answer }]);
  return answer;
}
