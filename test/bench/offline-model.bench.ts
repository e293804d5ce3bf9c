// The offline model's turn latency in process (issue 10: p50 < 5 ms, p99 < 30 ms): reading a command, the first
// step (tool calls) and the answer after the tools, over the dev corpus and the written voices (longer, several
// actions, Slack's encoding); plus loading the trained weights. The first step is measured beside the trained
// tagger and classifier alone on the same commands: what the rules that read on top of them cost.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseText, readCases } from '../../src/agent/eval';
import { decide } from '../../src/agent/offline/model';
import { commandReader, loadCommandReader } from '../../src/agent/offline/nlu/command-reader';
import { compare, defineBench, quantile } from './harness';

const DEV = fileURLToPath(new URL('../fixtures/corpus/dev.jsonl', import.meta.url));
const TUNE = fileURLToPath(new URL('../../corpus/tune/', import.meta.url));
const VOICES = readdirSync(TUNE).filter((f) => /^voices-.*\.jsonl$/.test(f)).map((f) => `${TUNE}${f}`);

export default defineBench({
  name: 'offline-model',
  async run(measure) {
    await measure('load the trained weights (once per process)', 1, async () => loadCommandReader());
    const cases = [DEV, ...VOICES].flatMap((f) => readCases(f));
    const now = new Date('2026-11-22T12:00:00Z');
    const reader = commandReader();
    const alone: number[] = [];
    const model = await measure('the trained tagger and classifier alone (dev + voices)', cases.length, async (i) => {
      const start = performance.now();
      reader.read(caseText(cases[i]));
      alone.push(performance.now() - start);
    });
    const turns: number[] = [];
    const first = await measure('first step: read a command, decide tool calls (dev + voices)', cases.length * 2, async (i) => {
      const start = performance.now();
      decide([{ role: 'system', content: 'You are answering in the web chat.' }, { role: 'user', content: [{ type: 'text', text: caseText(cases[i % cases.length]) }] }], now);
      turns.push(performance.now() - start);
    });
    first.p99Ms = quantile(turns, 0.99);
    model.p99Ms = quantile(alone, 0.99);
    compare(first, { baseline: 'the model alone, p50', baselineValue: model.p50Ms, goal: 'p50 < 5 ms, p99 < 30 ms', met: first.p50Ms < 5 && first.p99Ms < 30 });
    await measure('second step: the answer after a tool ran', 160, async () => {
      decide([
        { role: 'user', content: [{ type: 'text', text: 'show Acme Corp' }] },
        { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'c', toolName: 'showClient', input: { client: 'Acme Corp' } }] },
        { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c', toolName: 'showClient', output: { type: 'json', value: { ok: true, text: 'Acme Corp (#0001), lead.' } } }] },
      ], now);
    });
  },
});
