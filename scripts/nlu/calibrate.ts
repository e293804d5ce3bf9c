// `npx tsx scripts/nlu/calibrate.ts corpus/valid/valid-a.jsonl`: accuracy and misreads of the reader on a tuning
// set for a grid of thresholds, to choose where it acts and where it asks. Never run it on corpus/test.
import { judgeCase, misread, readCases, firstStep } from '../../src/agent/eval';
import { createOfflineModel } from '../../src/agent/offline/model';
import { THRESHOLDS } from '../../src/agent/offline/nlu/decide-command';

const file = process.argv[2];
if (!file || file.includes('corpus/test')) throw new Error('calibrate on a tuning set, never on the test split');
const cases = readCases(file);
const grid = { write: [0.5, 0.6, 0.7, 0.8], slot: [0, 2, 5, 10, 20] };
for (const write of grid.write) {
  for (const slot of grid.slot) {
    Object.assign(THRESHOLDS, { write, create: Math.max(write, 0.75), slot });
    let passed = 0, misreads = 0;
    for (const c of cases) {
      const now = new Date(`${c.today}T12:00:00Z`);
      const got = await firstStep(createOfflineModel({ now: () => now }), c, [], now);
      if (!judgeCase(c, got)) passed++;
      else if (misread(c, got)) misreads++;
    }
    console.log(`write ${write} slot ${slot}: accuracy ${((100 * passed) / cases.length).toFixed(1)}% misreads ${misreads}`);
  }
}
