// `npm run eval` machinery and the offline model's measured understanding on the dev corpus and on our own
// held-out paraphrases (other wording, names, encodings, amounts and dates).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReport, judgeCase, readCases, runEval, type EvalCase } from '../../../src/agent/eval';
import { createOfflineModel } from '../../../src/agent/offline/model';

// test/fixtures/corpus/dev.jsonl is a copy of the shared contract corpus (../shared/corpus/dev.jsonl), kept in the
// repository so a clean clone (CI) has it.
const DEV = fileURLToPath(new URL('../../fixtures/corpus/dev.jsonl', import.meta.url));
const OURS = fileURLToPath(new URL('./paraphrases.jsonl', import.meta.url));
// Our own cases across all tools, registers, encodings, amounts and dates; the h-numbered ones were held out while
// tuning (68.2% before any of that work, 88.6% after it, unseen) and added once scored.
const GENERAL = fileURLToPath(new URL('./generalization.jsonl', import.meta.url));
// Blind sets, written before they were run: blind-3 scored 61.8% before the class fixes it measured (apposition
// introductions, declared clients, outreach/enrichment phrasings, sort-only lists); blind-4 scored 93.0% unseen after;
// blind-5 scored 35.5% before the location fixes it measured ("add X in <place>", regions, "X is in/at ..."); blind-6
// (dev's tool and channel mix, new names) scored 86.8% before the fixes it measured (legal forms like "sp. z o.o.",
// "X's billing email is ...", a status phrase before a place, a remark before "archive them").
const BLIND = ['./blind-3.jsonl', './blind-4.jsonl', './blind-5.jsonl', './blind-6.jsonl'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
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
    const text = formatReport({ passed: 1, total: 2, failures: [{ case: base, got: [], why: 'different calls' }] });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^FAIL x /);
    expect(lines[lines.length - 1]).toBe('accuracy: 50.0% (1/2)');
  });
});

describe('measured understanding of the offline model', () => {
  it('reaches at least 95% on the dev corpus', async () => {
    const report = await runEval(readCases(DEV), offline);
    expect(report.total).toBe(160);
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });
  it('reaches at least 95% on our paraphrases', async () => {
    const report = await runEval(readCases(OURS), offline);
    expect(report.total).toBeGreaterThanOrEqual(80);
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });
  for (const file of BLIND) it(`reaches at least 95% on the blind set ${file.split('/').pop()}`, async () => {
    const report = await runEval(readCases(file), offline);
    expect(report.total).toBeGreaterThanOrEqual(30);
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });
  it('reaches at least 95% on our generalization cases (every tool, team roles, empty answers)', async () => {
    const cases = readCases(GENERAL);
    expect(cases.length).toBeGreaterThanOrEqual(110);
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(8);
    const report = await runEval(cases, offline);
    expect(report.passed / report.total, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });
});
