// `npm run eval` machinery and the offline model's measured understanding on the dev corpus and on the held-out
// test split.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReport, judgeCase, misread, readCases, runEval, type EvalCase } from '../../../src/agent/eval';
import { createOfflineModel } from '../../../src/agent/offline/model';

// test/fixtures/corpus/dev.jsonl is a copy of the shared contract corpus (../shared/corpus/dev.jsonl), kept in the
// repository so a clean clone (CI) has it.
const DEV = fileURLToPath(new URL('../../fixtures/corpus/dev.jsonl', import.meta.url));
// The held-out test split (corpus/test/), written blind before the reader was trained and never tuned on:
// its figures are the honest ones. FLOOR keeps them from sliding back; the goal (README) is 95% with 0 misreads.
// split-c was written blind in this round, in six voices none of the training data used, after a and b had been
// read in earlier rounds: it is the honest figure now. A ratchet just under the latest figures (README): dev 99.4%
// with 0 misreads; split-a 79.0% with 11, split-b 91.5% with 7, split-c 73.5% with 52; with the workspace's names
// split-c 83.2% with 53, split-a 84.3% with 9.
const SPLIT = {
  'split-a.jsonl': { accuracy: 0.77, misreads: 0.03 },
  'split-b.jsonl': { accuracy: 0.9, misreads: 0.025 },
  'split-c.jsonl': { accuracy: 0.72, misreads: 0.09 },
};
const splitFile = (f: string) => fileURLToPath(new URL(`../../../corpus/test/${f}`, import.meta.url));
const FLOOR = { dev: 0.97, devMisreads: 1 };
const offline = (now: () => Date) => createOfflineModel({ now });

const base: EvalCase = { id: 'x', today: '2026-11-22', channel: 'web', text: 't', expect: [{ tool: 'createClient', args: { name: 'Acme Corp', value: 12000, address: { city: 'Rotterdam', country: 'NL' } } }] };

describe('judging a case', () => {
  it('compares strings trimmed, collapsed and without case, numbers by value, addresses key by key', () => {
    expect(judgeCase(base, [{ tool: 'createClient', args: { name: '  acme   CORP ', value: '12000', address: { city: 'rotterdam', country: 'nl' } } }])).toBeNull();
    expect(judgeCase(base, [{ tool: 'createClient', args: { name: 'Acme Corp', value: 12000, address: { city: 'Rotterdam' } } }])).toMatch(/address/);
  });
  it('refuses extra calls, other names and unlisted arguments, except documented defaults and limit', () => {
    const ok = { name: 'Acme Corp', value: 12000, address: { city: 'Rotterdam', country: 'NL' } };
    expect(judgeCase(base, [{ tool: 'createClient', args: ok }, { tool: 'createClient', args: ok }])).not.toBeNull();
    expect(judgeCase(base, [{ tool: 'updateClient', args: ok }])).not.toBeNull();
    expect(judgeCase(base, [{ tool: 'createClient', args: { ...ok, email: 'a@b.co' } }])).toMatch(/unexpected email/);
    expect(judgeCase(base, [{ tool: 'createClient', args: { ...ok, status: 'lead' } }])).toBeNull();
    expect(judgeCase(base, [{ tool: 'createClient', args: { ...ok, status: 'active' } }])).not.toBeNull();
    const find: EvalCase = { ...base, expect: [{ tool: 'findClients', args: { sort: 'revenue' } }] };
    expect(judgeCase(find, [{ tool: 'findClients', args: { sort: 'revenue', archived: 'active', limit: 50 } }])).toBeNull();
    const none: EvalCase = { ...base, expect: [] };
    expect(judgeCase(none, [])).toBeNull();
  });
  it('reports each failure on its own line and the accuracy last', () => {
    const text = formatReport({ passed: 1, total: 2, failures: [{ case: base, got: [], why: 'different calls' }], misreads: 0, byTool: {}, latencies: [] });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^FAIL x /);
    expect(lines[lines.length - 1]).toBe('accuracy: 50.0% (1/2)');
  });
});

describe('misreads: a state-changing call nobody asked for', () => {
  it('counts a write with other arguments or to another record, not a missing call or a read', () => {
    expect(misread(base, [])).toBe(false);
    expect(misread(base, [{ tool: 'findClients', args: {} }])).toBe(false);
    expect(misread(base, [{ tool: 'createClient', args: { name: 'Acme Corp Rotterdam' } }])).toBe(true);
    expect(misread(base, [{ tool: 'archiveClient', args: { client: 'Acme Corp' } }])).toBe(true);
  });
});

describe('measured understanding of the offline model (the trained command reader)', () => {
  it(`reaches at least ${FLOOR.dev * 100}% on the dev corpus`, async () => {
    const report = await runEval(readCases(DEV), offline);
    expect(report.total).toBe(160);
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(FLOOR.dev);
    expect(report.misreads, formatReport(report)).toBeLessThanOrEqual(FLOOR.devMisreads);
  });
  // The way the product reads: the agent hands the reader the workspace's names on every turn. Before 2026-12-06 a known
  // name took the punctuation around it ("Status update: Acme →"), and with them split-a read 78.8% with 23 misreads
  // and dev 95.6% with 7; without names the same code read 78.8% with 11 and 100%.
  it('reads as well in a workspace that holds the names the commands refer to (npm run eval -- FILE --workspace)', async () => {
    const dev = await runEval(readCases(DEV), offline, [], { workspace: true });
    expect(dev.passed / dev.total, formatReport(dev)).toBeGreaterThanOrEqual(FLOOR.dev);
    expect(dev.misreads, formatReport(dev)).toBeLessThanOrEqual(FLOOR.devMisreads);
    for (const [file, floor] of [['split-a.jsonl', { accuracy: 0.84, misreads: 0.025 }], ['split-c.jsonl', { accuracy: 0.82, misreads: 0.09 }]] as const) {
      const split = await runEval(readCases(splitFile(file)), offline, [], { workspace: true });
      expect(split.passed / split.total, formatReport(split)).toBeGreaterThanOrEqual(floor.accuracy);
      expect(split.misreads / split.total, formatReport(split)).toBeLessThanOrEqual(floor.misreads);
    }
  });
  for (const [file, floor] of Object.entries(SPLIT)) it(`holds its honest figure on the held-out ${file}`, async () => {
    const report = await runEval(readCases(splitFile(file)), offline);
    expect(report.total).toBeGreaterThanOrEqual(300);
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(floor.accuracy);
    expect(report.misreads / report.total, formatReport(report)).toBeLessThanOrEqual(floor.misreads);
  });
});
