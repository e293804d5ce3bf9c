// A model whose answers wait for release(): the ack must come back while the model is still held open.
import { MockLanguageModelV4 } from 'ai/test';
import { callThenText, scriptedModel, type Step } from '../../agent/mock-model';

export function heldModel(inner: MockLanguageModelV4) {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  let started = 0;
  const model = new MockLanguageModelV4({
    doStream: async (opts) => {
      started++;
      await gate;
      return inner.doStream(opts);
    },
  });
  return { model, release, started: () => started, calls: () => model.doStreamCalls };
}

export { callThenText, scriptedModel, type Step };
