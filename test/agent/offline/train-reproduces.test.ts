// `npm run train` rebuilds exactly the committed weights: training is seeded and reads only corpus/train/, so the
// model in the repository is the one its corpus and code produce (and the test split was never read).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { train } from '../../../scripts/nlu/train';

const WEIGHTS = fileURLToPath(new URL('../../../models/command-reader.json', import.meta.url));

describe('npm run train', () => {
  it('reproduces models/command-reader.json byte for byte', () => {
    const { model, stats } = train(() => {});
    expect(stats.cases).toBeGreaterThan(10_000);
    const committed = readFileSync(WEIGHTS, 'utf8');
    const rebuilt = JSON.stringify(model);
    expect(rebuilt.length).toBe(committed.length);
    expect(rebuilt === committed).toBe(true);
  }, 20 * 60_000);
});
