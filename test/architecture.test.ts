// The layering is linted (biome.jsonc: channels -> agent -> tools -> domain -> db, the domain's banned packages,
// process.env only in entry points). Here: what Biome cannot say (emails/ and prompts/ may import types, and only
// types, from src), and a canary run of the lint config, so a broken pattern cannot silently let everything through.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return walk(rel);
    return /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [rel] : [];
  });
}

type Import = { spec: string; typeOnly: boolean; target: string };

/** Every import/export-from/dynamic import of a file; `target` is the repo path for relative ones, else the package. */
function readImports(file: string, text: string): Import[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const target = spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;
    found.push({ spec, typeOnly, target });
  };
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g)) add(m[3], !!m[2]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1], false);
  return found;
}

/** Leaves take their data as arguments: from src they import types only. */
function leafViolations(list: Array<{ path: string; text: string }>): string[] {
  return list.flatMap(({ path, text }) =>
    readImports(path, text)
      .filter((i) => i.spec.startsWith('.') && i.target.startsWith('src/') && !i.typeOnly)
      .map((i) => `${path} -> ${i.target}`),
  );
}

/** Lints `files` (repo-relative path -> source) with this repo's biome.jsonc in a scratch folder; returns "path:line rule". */
function lintCanary(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'clientele-lint-'));
  try {
    cpSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const bin = join(ROOT, 'node_modules/@biomejs/biome/bin/biome');
    const run = spawnSync(process.execPath, [bin, 'lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as {
      diagnostics: Array<{ category: string; location: { path: string; start: { line: number } } }>;
    };
    return report.diagnostics.map((d) => `${d.location.path}:${d.location.start.line} ${d.category.replace('lint/style/', '')}`).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Files outside src/domain and src/db that still read tables themselves, each with why (issue 12: the domain owns the data). */
const TABLE_READERS: Record<string, string> = {
  'src/worker/open-database.ts': "the Workers entry builds drizzle's client with the whole schema, as src/db/client.ts does",
};

/** Non-type imports of src/db/schema (the table objects) from outside src/domain and src/db. */
function tableImports(list: Array<{ path: string; text: string }>): string[] {
  return list.flatMap(({ path, text }) =>
    path.startsWith('src/domain/') || path.startsWith('src/db/')
      ? []
      : readImports(path, text).filter((i) => i.target === 'src/db/schema' && !i.typeOnly).map(() => path),
  );
}

/** Domain verbs a registered tool runs: the module a tools/*.ts descriptor imports its own name from
 *  (tools/archive-client.ts runs archiveClient from src/domain/clients/archive-client). */
function toolVerbs(list: Array<{ path: string; text: string }>): Map<string, string> {
  const verbs = new Map<string, string>();
  for (const { path, text } of list) {
    const name = /\bname: '(\w+)'/.exec(text)?.[1];
    if (!name) continue;
    for (const m of text.matchAll(/\bimport\s+\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
      const target = relative(ROOT, resolve(ROOT, dirname(path), m[2]));
      if (target.startsWith('src/domain/') && m[1].split(',').some((x) => x.trim() === name)) verbs.set(target, name);
    }
  }
  return verbs;
}

/** Channel files that still call a verb a tool runs, instead of the runner (tools/run-tool.ts), each with why.
 *  Issue 12: every surface runs a tool the same way; the list only shrinks. */
const VERB_CALLERS: Record<string, string> = {
  'src/channels/http/team/client-action-routes.ts': "invite, reset links, send outreach, apply findings: the page words its notice from the verb's result",
  'src/channels/http/team/client-manage-routes.ts': "a contact form's save: per-field errors and a portal switch the tool does not take",
  'src/channels/http/team/client-page-data.ts': "explainSettings is read for the page's settings card (a read, no tool result shown)",
  'src/channels/http/team/clients-routes.ts': 'the list page reads findClients with paging the tool does not take',
  'src/channels/http/team/document-routes.ts': "uploads: a file body and the page's own notices",
  'src/channels/http/files/file-routes.ts': 'the CSV API: a file body, a streamed apply with progress',
  'src/channels/http/team/invoice-routes.ts': "the page words its notice from sendInvoice's result",
  'src/channels/http/team/members-routes.ts': "the team page's forms: its own notices",
  'src/channels/http/team/new-client-routes.ts': "the New client form's policy (quick or full) is not a tool argument",
  'src/channels/http/team/quote-routes.ts': "the page words its notice from sendQuote's result",
  'src/channels/http/team/save-client-card.ts': "the card forms' policy and per-field errors are not tool arguments",
  'src/channels/slack/attach-shared-file.ts': 'a shared file: its bytes are not a tool argument',
  'src/channels/slack/handle-import-actions.ts': "applying an import shows progress on the card (the tool takes no progress callback)",
  'src/channels/slack/handle-views.ts': "the client and contact modals' policy and per-field errors are not tool arguments",
  'src/channels/slack/import-shared-file.ts': 'a shared CSV: its bytes are not a tool argument',
};

/** Non-type imports of a tool's verb from src/channels. */
function verbCalls(list: Array<{ path: string; text: string }>, verbs: Map<string, string>): string[] {
  return list.flatMap(({ path, text }) => (path.startsWith('src/channels/')
    ? readImports(path, text).filter((i) => !i.typeOnly && verbs.has(i.target)).map((i) => `${path} -> ${i.target}`)
    : []));
}

/** Lines where toMatchObject gets a bare regex as a value: its subset check reads a RegExp as `{}`, so it matches anything. */
function bareRegexValues(text: string): number[] {
  const code = text.replace(/\bstringMatching\(\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n])*\/[a-z]*\)/g, 'stringMatching(R)');
  return [...code.matchAll(/toMatchObject\(/g)].flatMap((m) => {
    let depth = 0;
    const end = [...code.slice(m.index).matchAll(/(?<!\\)[()]/g)].find((p) => (depth += p[0] === '(' ? 1 : -1) === 0)?.index;
    const call = code.slice(m.index, m.index + (end ?? code.length));
    return [...call.matchAll(/[:[,]\s*\/(?![/*])/g)].map((r) => code.slice(0, m.index + r.index).split('\n').length);
  });
}

describe('architecture', () => {
  it('reads imports: single-line, multi-line, type-only, side effects, dynamic; comments skipped', () => {
    const probe = readImports(
      'emails/x.tsx',
      [
        "import { a } from '../src/channels/http/app';",
        "import type {\n  B,\n  C,\n} from '../src/context';",
        "export { d } from 'hono/utils';",
        "import 'pino';",
        "const m = await import('../src/db/client');",
        "// import { gone } from '../src/errors';",
      ].join('\n'),
    );
    expect(probe.map((i) => [i.target, i.typeOnly])).toEqual([
      ['src/channels/http/app', false],
      ['src/context', true],
      ['hono/utils', false],
      ['pino', false],
      ['src/db/client', false],
    ]);
    expect(
      leafViolations([
        { path: 'emails/e.tsx', text: "import { db } from '../src/db/client';\nimport type { Ctx } from '../src/context';" },
        { path: 'prompts/p.ts', text: "import { SURFACES } from './surfaces';" },
      ]),
    ).toEqual(['emails/e.tsx -> src/db/client']);
  });

  it('emails/ and prompts/ import only types from src', () => {
    const files = ['emails', 'prompts'].flatMap(walk).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    expect(files.length).toBeGreaterThan(3);
    expect(leafViolations(files)).toEqual([]);
  });

  it('only src/domain and src/db import the tables (the allow-list says why for the rest)', () => {
    expect(
      tableImports([
        { path: 'src/channels/http/x.ts', text: "import { approvals } from '../../db/schema';" },
        { path: 'src/channels/http/y.ts', text: "import type { clients } from '../../db/schema';" },
        { path: 'src/domain/a/b.ts', text: "import { clients } from '../../db/schema';" },
      ]),
    ).toEqual(['src/channels/http/x.ts']);
    const files = ['src', 'tools', 'prompts', 'emails'].flatMap(walk).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    const readers = [...new Set(tableImports(files))].sort();
    expect(readers.filter((p) => !TABLE_READERS[p])).toEqual([]);
    // An entry that no longer applies is removed, so the list only shrinks.
    expect(Object.keys(TABLE_READERS).filter((p) => !readers.includes(p))).toEqual([]);
  });

  it('channels run the verbs tools wrap through the one runner (the allow-list says why for the rest)', () => {
    const verbs = toolVerbs(walk('tools').map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') })));
    expect(verbs.get('src/domain/clients/archive-client')).toBe('archiveClient');
    expect(verbs.size).toBeGreaterThan(30);
    expect(verbCalls([
      { path: 'src/channels/slack/x.ts', text: "import { archiveClient } from '../../domain/clients/archive-client';" },
      { path: 'src/channels/slack/y.ts', text: "import type { ClientView } from '../../domain/clients/views';\nimport { runTool } from '../../../tools/run-tool';" },
      { path: 'tools/z.ts', text: "import { archiveClient } from '../src/domain/clients/archive-client';" },
    ], verbs)).toEqual(['src/channels/slack/x.ts -> src/domain/clients/archive-client']);
    const files = walk('src/channels').map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
    const callers = [...new Set(verbCalls(files, verbs).map((v) => v.split(' -> ')[0]))].sort();
    expect(verbCalls(files, verbs).filter((v) => !VERB_CALLERS[v.split(' -> ')[0]])).toEqual([]);
    // An entry that no longer applies is removed, so the list only shrinks.
    expect(Object.keys(VERB_CALLERS).filter((p) => !callers.includes(p))).toEqual([]);
  });

  it("the team's routes take the request's ctx from the session middleware, not each their own (issue 12)", () => {
    // Only sign-in builds one, for the system actor (there is no member yet).
    const own = ['src/channels/http/team', 'src/channels/http/api', 'src/channels/http/files'].flatMap(walk)
      .filter((path) => path !== 'src/channels/http/team/auth-routes.ts' && /\bmakeCtx\(/.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(own).toEqual([]);
  });

  it("the portal's routes take the contact's ctx from the portal session middleware, not each their own (issue 12)", () => {
    // The middleware builds it; sign-in by link builds one for the system actor (there is no contact yet).
    const own = walk('src/channels/http/portal')
      .filter((path) => /\bmakeCtx\(/.test(readFileSync(join(ROOT, path), 'utf8')))
      .sort();
    expect(own).toEqual(['src/channels/http/portal/portal-link-routes.ts', 'src/channels/http/portal/portal-session.ts']);
  });

  it('toMatchObject is never given a bare regex, which would match anything', () => {
    expect(bareRegexValues('x.toMatchObject({\n a: 1, b: /(x): y\\(/,\n c: expect.stringMatching(/ok: /), d: [/z/] });')).toEqual([2, 3]);
    const files = walk('test').filter((p) => p !== 'test/architecture.test.ts');
    expect(files.flatMap((p) => bareRegexValues(readFileSync(join(ROOT, p), 'utf8')).map((line) => `${p}:${line}`))).toEqual([]);
  });

  it('the lint config rejects each kind of upward import, banned package and env read, and allows downward ones', () => {
    const flagged = lintCanary({
      // Violations: one line each.
      'src/domain/a/b.ts': [
        "import { t } from '../../../tools/index';",
        "import { streamText } from 'ai';",
        "import { Hono } from 'hono';",
        "import { App } from '@slack/bolt';",
        "import { readFileSync } from 'node:fs';",
        "import { createServer } from 'node:http';",
        "import { Worker } from 'node:worker_threads';",
        "import { x } from '../../channels/http/app';",
        'export const all = [t, streamText, Hono, App, readFileSync, createServer, Worker, x, process.env.KEY];',
      ].join('\n'),
      'src/db/q.ts': "import { createClient } from '../domain/clients/create-client';\nexport const q = createClient;",
      'tools/t.ts': "import { runAgent } from '../src/agent/run-agent';\nexport const t = runAgent;",
      'src/agent/a.ts': "import { createApp } from '../channels/http/app';\nexport const a = createApp;",
      'emails/e.tsx': "import { db } from '../src/db/client';\nexport const e = db;",
      // Allowed: skipping down, Node's other modules in the domain, an entry point reading the environment.
      'src/channels/slack/s.ts':
        "import { run } from '../../../tools/index';\nimport { v } from '../../domain/clients/views';\nexport const s = [run, v];",
      'tools/ok.ts': "import { createClient } from '../src/domain/clients/create-client';\nexport const ok = createClient;",
      'src/domain/c/d.ts':
        "import { randomUUID } from 'node:crypto';\nimport { clients } from '../../db/schema';\nexport const d = [randomUUID, clients];",
      'src/env.ts': 'export const env = process.env;',
    });
    expect(flagged).toEqual(
      [
        'emails/e.tsx:1 noRestrictedImports',
        'src/agent/a.ts:1 noRestrictedImports',
        'src/db/q.ts:1 noRestrictedImports',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((line) => `src/domain/a/b.ts:${line} noRestrictedImports`),
        'src/domain/a/b.ts:9 noProcessEnv',
        'tools/t.ts:1 noRestrictedImports',
      ].sort(),
    );
  });
});
