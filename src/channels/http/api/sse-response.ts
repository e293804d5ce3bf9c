// The UI message stream as its HTTP response: the same bytes and headers as the AI SDK's
// createUIMessageStreamResponse (`data: <json>\n\n` per chunk, `data: [DONE]\n\n` at the end), in one transform
// instead of two (JSON to SSE text, then a TextEncoderStream), and the chunks written in one turn of the event loop
// go out as one body chunk: a turn's ~10 chunks were ~10 socket writes, each through both transforms (issue 15).
import { UI_MESSAGE_STREAM_HEADERS, type UIMessageChunk } from 'ai';

// The next turn of the event loop, after the chunks queued in this one (Workers without setImmediate: a timer).
const soon = (fn: () => void) => (typeof setImmediate === 'function' ? setImmediate(fn) : setTimeout(fn, 0));

export function sseResponse(stream: ReadableStream<UIMessageChunk>): Response {
  const encoder = new TextEncoder();
  let pending = '';
  let scheduled = false;
  let done = false;
  const sse = new TransformStream<UIMessageChunk, Uint8Array>({
    transform(chunk, controller) {
      pending += `data: ${JSON.stringify(chunk)}\n\n`;
      if (scheduled) return;
      scheduled = true;
      soon(() => {
        scheduled = false;
        if (done || !pending) return;
        const text = pending;
        pending = '';
        // A closed connection may have cancelled the stream meanwhile: nobody is left to read it.
        try {
          controller.enqueue(encoder.encode(text));
        } catch {}
      });
    },
    flush(controller) {
      done = true;
      controller.enqueue(encoder.encode(`${pending}data: [DONE]\n\n`));
      pending = '';
    },
  });
  return new Response(stream.pipeThrough(sse), { headers: UI_MESSAGE_STREAM_HEADERS });
}
