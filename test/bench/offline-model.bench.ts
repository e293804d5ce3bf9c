// The offline model's turn latency in process (issue 10: p50 < 5 ms, p99 < 30 ms): reading a command, the first
// step (tool calls) and the answer after the tools, over the dev corpus; plus loading the trained weights.
import { fileURLToPath } from 'node:url';
import { caseText, readCases } from '../../src/agent/eval';
import { decide } from '../../src/agent/offline/model';
import { loadCommandReader } from '../../src/agent/offline/nlu/command-reader';
import { defineBench } from './harness';

const DEV = fileURLToPath(new URL('../fixtures/corpus/dev.jsonl', import.meta.url));

export default defineBench({
  name: 'offline-model',
  async run(measure) {
    await measure('load the trained weights (once per process)', 1, async () => loadCommandReader());
    const cases = readCases(DEV);
    const now = new Date('2026-11-22T12:00:00Z');
    await measure('first step: read a command, decide tool calls (dev corpus)', cases.length * 3, async (i) => {
      const c = cases[i % cases.length];
      decide([{ role: 'system', content: 'You are answering in the web chat.' }, { role: 'user', content: [{ type: 'text', text: caseText(c) }] }], now);
    });
    await measure('second step: the answer after a tool ran', cases.length, async () => {
      decide([
        { role: 'user', content: [{ type: 'text', text: 'show Acme Corp' }] },
        { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c', toolName: 'showClient', input: { client: 'Acme Corp' } }] },
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c', toolName: 'showClient', output: { type: 'json', value: { ok: true, text: 'Acme Corp (#0001), lead.' } } }] },
      ], now);
    });
  },
});
