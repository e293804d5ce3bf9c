// Imports flow one way: channels -> agent -> tools -> domain -> db; emails/ and prompts/ are leaves. Reads the
// import lines of every .ts/.tsx file under src, tools, prompts and emails (tests are exempt), and where
// process.env is read: only the entry points, which pass the environment down.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DIRS = ['src', 'tools', 'prompts', 'emails'];

function walk(dir: string): string[] {
  let entries;
  try { entries = readdirSync(join(ROOT, dir), { withFileTypes: true }); } catch { return []; }
  return entries.flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(rel);
    return /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [rel] : [];
  });
}

type Import = { spec: string; typeOnly: boolean; target: string };

/** Every import/export-from/dynamic import of a file; `target` is the repo path for relative ones, else the package. */
export function readImports(file: string, text: string): Import[] {
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

type Layer = 'channels' | 'agent' | 'tools' | 'domain' | 'db' | 'emails' | 'prompts' | 'other';
function layerOf(path: string): Layer {
  if (path.startsWith('src/channels/') || path === 'src/channels') return 'channels';
  if (path.startsWith('src/agent/') || path === 'src/agent') return 'agent';
  if (path.startsWith('tools/') || path === 'tools') return 'tools';
  if (path.startsWith('src/domain/')) return 'domain';
  if (path.startsWith('src/db/')) return 'db';
  if (path.startsWith('emails/')) return 'emails';
  if (path.startsWith('prompts/')) return 'prompts';
  return 'other';
}

const pkg = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const FORBIDDEN_LAYERS: Partial<Record<Layer, Layer[]>> = {
  domain: ['channels', 'agent', 'tools'],
  db: ['channels', 'agent', 'tools', 'domain'],
  tools: ['channels', 'agent'],
  agent: ['channels'],
};
const DOMAIN_FORBIDDEN_PACKAGES = ['hono', 'ai', 'resend', 'react', 'react-dom', 'pino', '@hono', '@ai-sdk', '@slack', '@react-email'];
const ENV_READERS = [/^src\/env\.ts$/, /^src\/server\.ts$/, /^src\/channels\/cli\/[^/]+\.ts$/, /^src\/agent\/eval\.ts$/];

const files = DIRS.flatMap(walk).map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));

/** Every violation of the import direction, as "file -> import (why)". */
export function importViolations(list: Array<{ path: string; text: string }>): string[] {
  const out: string[] = [];
  for (const { path, text } of list) {
    const from = layerOf(path);
    for (const imp of readImports(path, text)) {
      const relativeImport = imp.spec.startsWith('.');
      const to = relativeImport ? layerOf(imp.target) : null;
      const name = relativeImport ? imp.target : pkg(imp.spec);
      if (to && FORBIDDEN_LAYERS[from]?.includes(to)) out.push(`${path} -> ${name} (${from} must not import ${to})`);
      if ((from === 'domain' || from === 'db') && !relativeImport) {
        const bare = pkg(imp.spec);
        if (DOMAIN_FORBIDDEN_PACKAGES.some((p) => bare === p || bare.startsWith(`${p}/`))) out.push(`${path} -> ${bare} (${from} must not import ${bare})`);
      }
      if ((from === 'emails' || from === 'prompts') && relativeImport && imp.target.startsWith('src/') && !imp.typeOnly) {
        out.push(`${path} -> ${name} (${from} may import only types from src)`);
      }
    }
  }
  return out;
}

export function envViolations(list: Array<{ path: string; text: string }>): string[] {
  return list.filter(({ path, text }) => /\bprocess\.env\b/.test(text.replace(/^\s*\/\/.*$/gm, '')) && !ENV_READERS.some((r) => r.test(path)))
    .map(({ path }) => path);
}

describe('architecture', () => {
  it('finds the source files and reads their imports (single-line, multi-line, type-only, side effects, dynamic)', () => {
    expect(files.length).toBeGreaterThan(20);
    const probe = readImports('src/domain/x/y.ts', [
      "import { a } from '../../channels/http/app';",
      "import type {\n  B,\n  C,\n} from '../../agent/run-agent';",
      "export { d } from 'hono/utils';",
      "import 'pino';",
      "const m = await import('@slack/bolt');",
      "// import { gone } from 'ai';",
    ].join('\n'));
    expect(probe.map((i) => [i.target, i.typeOnly])).toEqual([
      ['src/channels/http/app', false], ['src/agent/run-agent', true], ['hono/utils', false], ['pino', false], ['@slack/bolt', false],
    ]);
  });

  it('flags each kind of violation (a canary set)', () => {
    const canary = [
      { path: 'src/domain/a/b.ts', text: "import { x } from '../../../tools/index';\nimport { streamText } from 'ai';\nimport { Hono } from 'hono';" },
      { path: 'tools/t.ts', text: "import { runAgent } from '../src/agent/run-agent';" },
      { path: 'src/agent/a.ts', text: "import { createApp } from '../channels/http/app';" },
      { path: 'emails/e.tsx', text: "import { db } from '../src/db/client';\nimport type { Ctx } from '../src/context';" },
      { path: 'src/db/q.ts', text: "import { createClient } from '../domain/clients/create-client';" },
    ];
    expect(importViolations(canary)).toEqual([
      'src/domain/a/b.ts -> tools/index (domain must not import tools)',
      'src/domain/a/b.ts -> ai (domain must not import ai)',
      'src/domain/a/b.ts -> hono (domain must not import hono)',
      'tools/t.ts -> src/agent/run-agent (tools must not import agent)',
      'src/agent/a.ts -> src/channels/http/app (agent must not import channels)',
      'emails/e.tsx -> src/db/client (emails may import only types from src)',
      'src/db/q.ts -> src/domain/clients/create-client (db must not import domain)',
    ]);
    expect(envViolations([{ path: 'src/domain/x.ts', text: 'const k = process.env.KEY;' }, { path: 'src/env.ts', text: 'process.env' }]))
      .toEqual(['src/domain/x.ts']);
  });

  it('imports flow channels -> agent -> tools -> domain -> db; emails and prompts are leaves', () => {
    expect(importViolations(files)).toEqual([]);
  });

  it('only the entry points read process.env', () => {
    expect(envViolations(files)).toEqual([]);
  });
});
