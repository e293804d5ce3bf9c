// `npm run eval -- FILE.jsonl`: runs the configured model's first step on every corpus case and judges its tool
// calls by the corpus README's rules. Prints one line per failed case, then `accuracy: P% (N/M)`; exits 0.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LanguageModelV4, LanguageModelV4FunctionTool } from '@ai-sdk/provider';
import { z } from 'zod';
import { parseEnv, type Env } from '../env';
import { buildSystemPrompt } from '../../prompts/system';
import { toolList } from '../../tools/index';
import { createLanguageModel } from './model';
import { createOfflineModel } from './offline/model';
import { workspaceOf } from './eval-workspace';

export type EvalCase = {
  id: string; today: string; channel: 'slack' | 'web' | 'slash'; command?: string; text: string;
  expect: Array<{ tool: string; args: Record<string, unknown> }>;
};
export type GotCall = { tool: string; args: Record<string, unknown> };
export type EvalReport = {
  passed: number; total: number; failures: Array<{ case: EvalCase; got: GotCall[]; why: string; misread?: boolean }>;
  /** Cases whose calls include a state-changing call that was not asked for. */
  misreads: number;
  byTool: Record<string, { passed: number; total: number }>;
  latencies: number[];
};

// Arguments that may be present without being listed, when they hold the documented default.
const DEFAULTS: Record<string, Record<string, unknown>> = { createClient: { status: 'lead' }, findClients: { archived: 'active' } };
const UNJUDGED = new Set(['limit']);

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function valueMatches(expected: unknown, got: unknown): boolean {
  if (typeof expected === 'number') return got !== null && got !== '' && Number(got) === expected;
  if (typeof expected === 'string') return typeof got === 'string' && norm(got) === norm(expected);
  if (typeof expected === 'boolean') return got === expected;
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!got || typeof got !== 'object') return false;
    return argsMatch('', expected as Record<string, unknown>, got as Record<string, unknown>) === null;
  }
  return JSON.stringify(expected) === JSON.stringify(got);
}

/** null when the arguments match, else why not. */
export function argsMatch(tool: string, expected: Record<string, unknown>, got: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(expected)) {
    if (UNJUDGED.has(key) && tool) continue;
    if (!valueMatches(value, got[key])) return `${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[key])}`;
  }
  for (const [key, value] of Object.entries(got)) {
    if (key in expected || value === undefined || (tool && UNJUDGED.has(key))) continue;
    const def = DEFAULTS[tool]?.[key];
    if (def !== undefined && valueMatches(def, value)) continue;
    return `unexpected ${key}: ${JSON.stringify(value)}`;
  }
  return null;
}

export function judgeCase(c: EvalCase, got: GotCall[]): string | null {
  if (got.length !== c.expect.length || got.some((g, i) => g.tool !== c.expect[i].tool)) return 'different calls';
  for (let i = 0; i < got.length; i++) {
    const why = argsMatch(got[i].tool, c.expect[i].args ?? {}, got[i].args ?? {});
    if (why) return `${got[i].tool} ${why}`;
  }
  return null;
}

export function caseText(c: EvalCase): string {
  return c.channel === 'slash' ? `${c.command ?? '/client'} ${c.text}`.trimEnd() : c.text;
}

/** The system prompt the agent would send: Slack for slack and slash cases, the web chat for web ones. */
function systemPrompt(c: EvalCase, now: Date): string {
  const tools = toolList.map((t) => ({ name: t.name, description: t.description, risk: t.risk }));
  return buildSystemPrompt({ surface: c.channel === 'web' ? 'web' : 'slack', workspace: { name: 'My Studio', defaultCurrency: 'EUR' }, now, tools });
}

export type ModelFactory = (now: () => Date) => LanguageModelV4;

export async function firstStep(model: LanguageModelV4, c: EvalCase, tools: LanguageModelV4FunctionTool[], now: Date, workspace = false): Promise<GotCall[]> {
  const result = await model.doGenerate({
    prompt: [{ role: 'system', content: systemPrompt(c, now) }, { role: 'user', content: [{ type: 'text', text: caseText(c) }] }],
    tools: tools.length ? tools : undefined,
    ...(workspace ? { providerOptions: { clientele: { knownNames: workspaceOf(c) } } } : {}),
  } as Parameters<LanguageModelV4['doGenerate']>[0]);
  return result.content.flatMap((p) => {
    if (p.type !== 'tool-call') return [];
    let args: unknown = {};
    try { args = typeof p.input === 'string' ? JSON.parse(p.input || '{}') : p.input; } catch { args = {}; }
    return [{ tool: p.toolName, args: (args ?? {}) as Record<string, unknown> }];
  });
}

export function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalCase);
}

export async function runEval(cases: EvalCase[], factory: ModelFactory, tools: LanguageModelV4FunctionTool[] = [], opts: { workspace?: boolean } = {}): Promise<EvalReport> {
  const report: EvalReport = { passed: 0, total: cases.length, failures: [], misreads: 0, byTool: {}, latencies: [] };
  for (const c of cases) {
    const today = new Date(`${c.today}T12:00:00Z`);
    let got: GotCall[] = [];
    let why: string | null;
    const started = performance.now();
    try {
      got = await firstStep(factory(() => today), c, tools, today, opts.workspace);
      why = judgeCase(c, got);
    } catch (err) {
      why = `error: ${(err as Error).message}`;
    }
    report.latencies.push(performance.now() - started);
    const key = c.expect[0]?.tool ?? '(no call)';
    const tally = (report.byTool[key] ??= { passed: 0, total: 0 });
    tally.total++;
    if (why) {
      const wrong = misread(c, got);
      report.failures.push({ case: c, got, why, misread: wrong });
      if (wrong) report.misreads++;
    } else {
      report.passed++;
      tally.passed++;
    }
  }
  return report;
}

/** A call that changes data and matches none of the expected calls: the misreading nobody asked for. */
export function misread(c: EvalCase, got: GotCall[]): boolean {
  return got.some((g) => !READ_ONLY.has(g.tool) && !c.expect.some((e) => e.tool === g.tool && argsMatch(g.tool, e.args ?? {}, g.args ?? {}) === null));
}
// Tools whose risk class is read, plus the two that only prepare something a person then looks at: an export
// file handed back (a send outside only when posted to a shared channel) and an outreach draft (nothing is sent).
const READ_ONLY = new Set([...toolList.filter((t) => t.risk === 'read').map((t) => t.name), 'exportCsv', 'draftOutreach']);

export function formatReport(report: EvalReport): string {
  const lines = report.failures.map(({ case: c, got, why, misread: wrong }) =>
    `${wrong ? 'MISREAD' : 'FAIL'} ${c.id} ${JSON.stringify(c.text)} expected ${JSON.stringify(c.expect)} got ${JSON.stringify(got)} (${why})`);
  lines.push('', 'per tool (first expected call):');
  for (const [tool, t] of Object.entries(report.byTool).sort()) lines.push(`  ${tool.padEnd(22)} ${((100 * t.passed) / t.total).toFixed(1).padStart(5)}% (${t.passed}/${t.total})`);
  const sorted = [...report.latencies].sort((a, b) => a - b);
  const q = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0);
  lines.push(`misreads that would change data: ${report.misreads}`);
  lines.push(`first-step latency: p50 ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms`);
  const pct = report.total ? (100 * report.passed) / report.total : 0;
  lines.push(`accuracy: ${pct.toFixed(1)}% (${report.passed}/${report.total})`);
  return lines.join('\n');
}

/** The registry's tools as JSON-Schema function tools (what an OpenAI model is offered). */
function registryTools(): LanguageModelV4FunctionTool[] {
  return toolList.map((d) => ({
    type: 'function', name: d.name, description: d.description,
    inputSchema: z.toJSONSchema(d.input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as LanguageModelV4FunctionTool['inputSchema'],
  }));
}

function configuredModel(env: Env): { factory: ModelFactory; tools: LanguageModelV4FunctionTool[] } {
  if (env.OPENAI_API_KEY) {
    return { factory: (now) => createLanguageModel(env, { now }) as LanguageModelV4, tools: registryTools() };
  }
  return { factory: (now) => createOfflineModel({ now }), tools: [] };
}

async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('usage: npm run eval -- FILE.jsonl [--workspace]');
    return;
  }
  const { factory, tools } = configuredModel(parseEnv(process.env));
  // --workspace: each case in a workspace holding the names it refers to (src/agent/eval-workspace.ts).
  console.log(formatReport(await runEval(readCases(file), factory, tools, { workspace: argv.includes('--workspace') })));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err);
  });
}
