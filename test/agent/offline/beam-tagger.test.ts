// `NLU_BEAM=4 npm run train`: the tagger trained with a beam and early updates (structured perceptron) decodes
// the readings it learned, keeps its beam width through the model file, and reports how sure it is of each tag.
import { describe, expect, it } from 'vitest';
import { seededOrder } from '../../../scripts/nlu/augment';
import { trainBeam } from '../../../scripts/nlu/train-beam';
import { tokenContext } from '../../../src/agent/offline/nlu/features';
import { PerceptronTagger } from '../../../src/agent/offline/nlu/perceptron-tagger';
import { tokenize } from '../../../src/agent/offline/nlu/tokenize';

const LABELLED: Array<[string, string[]]> = [
  ['archive Acme Corp', ['O', 'B-client', 'I-client']],
  ['invoice Globex 400 for hosting', ['O', 'B-client', 'B-amount', 'O', 'B-title']],
  ['add Mira Osei to Corvid Labs', ['O', 'B-person', 'I-person', 'O', 'B-client', 'I-client']],
  ['archive Initech', ['O', 'B-client']],
  ['invoice Hooli 900 for design', ['O', 'B-client', 'B-amount', 'O', 'B-title']],
  ['add Ana Souza to Kestrel Aviation', ['O', 'B-person', 'I-person', 'O', 'B-client', 'I-client']],
];
const TAGS = ['B-amount', 'B-client', 'B-person', 'B-title', 'I-client', 'I-person', 'O'];
const ctxOf = (text: string) => tokenContext(tokenize(text));

describe('the beam-trained tagger', () => {
  const data = LABELLED.map(([text, tags]) => ({ ctx: ctxOf(text), tags }));
  const rows = trainBeam(TAGS, data, 6, 4, seededOrder(data.length, 17));
  const tagger = PerceptronTagger.fromWeights(PerceptronTagger.fromRows(TAGS, rows, 4).toWeights());

  it('reads back what it was trained on, through the packed model file', () => {
    for (const [text, tags] of LABELLED) expect(tagger.tag(ctxOf(text)), text).toEqual(tags);
    expect(tagger.beam).toBe(4);
  });

  it('reads a sentence it did not see the same way, and is sure of each tag by a margin', () => {
    const { tags, margins } = tagger.tagWithMargins(ctxOf('archive Globex Corp'));
    expect(tags).toEqual(['O', 'B-client', 'I-client']);
    for (const m of margins) expect(m).toBeGreaterThan(0);
  });

  it('is deterministic for a given order', () => {
    const again = trainBeam(TAGS, data, 6, 4, seededOrder(data.length, 17));
    expect([...again.keys()]).toEqual([...rows.keys()]);
    for (const [f, row] of rows) expect([...again.get(f)!]).toEqual([...row]);
  });
});
