// A canary run of the lint config (biome.jsonc), so a broken pattern cannot silently let everything through.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './source-files';

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

describe('architecture: lint config', () => {
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
