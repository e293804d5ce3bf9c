// The offline model answers each step whole (src/agent/model.ts), so its turn runs through generateText: streamText
// passes every part of every step through a chain of streams (~2 ms of an offline web turn's 9 ms of agent CPU, in
// process, issue 15) for an answer that arrives at once anyway. The loop in run-agent.ts reads the same parts as
// from streamText's stream: each step's text and tool calls as the model's call ends, before its tools run (a channel
// shows a tool's input meanwhile), each tool's result as it finishes, then the step's approval requests.
import { generateText, type ModelMessage, type TextStreamPart, type ToolSet } from 'ai';

/** streamText's options: its onError (generateText throws instead, and so does this stream) is left out. */
type Options = Parameters<typeof generateText<ToolSet>>[0] & { onError?: unknown };
type Part = TextStreamPart<ToolSet>;

export type TurnParts = { stream: AsyncIterable<Part>; readonly responseMessages: Promise<ModelMessage[]> };

export function generateTurn({ onError: _, ...options }: Options): TurnParts {
  const queue: Part[] = [];
  let wake: (() => void) | undefined;
  const push = (p: Part) => {
    queue.push(p);
    wake?.();
  };
  const finished = new Set<string>();
  const result = generateText({
    ...options,
    // The model's own parts as its call ends, before any tool runs (streamText's order: its text and calls first).
    onLanguageModelCallEnd: ({ content }) => {
      content.forEach((p, i) => {
        if (p.type === 'text') push({ type: 'text-delta', id: `text-${i}`, text: p.text });
        else if (p.type === 'tool-call') push(p as Part);
      });
    },
    // Each tool's result or error as it finishes (a stop meanwhile keeps what finished)...
    onToolExecutionEnd: ({ toolOutput }) => {
      finished.add(toolOutput.toolCallId);
      push(toolOutput as Part);
    },
    // ...and as the step ends what ran no tool: approval requests, errors of calls the schema refused.
    onStepEnd: ({ content }) => {
      for (const p of content) {
        if (p.type === 'text' || p.type === 'tool-call') continue;
        if ((p.type === 'tool-result' || p.type === 'tool-error') && finished.has(p.toolCallId)) continue;
        push(p as Part);
      }
    },
  });
  let settled = false;
  // Read through the stream (which rethrows); a turn that stopped early reads nothing more.
  result.then(() => {}, () => {}).finally(() => {
    settled = true;
    wake?.();
  });
  async function* stream(): AsyncGenerator<Part> {
    for (;;) {
      while (queue.length) yield queue.shift()!;
      if (settled) {
        await result;
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  }
  return { stream: stream(), get responseMessages() { return result.then((r) => r.responseMessages); } };
}
