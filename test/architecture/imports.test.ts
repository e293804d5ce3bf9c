// The layering is linted (biome.jsonc: channels -> agent -> tools -> domain -> db, the domain's banned packages,
// process.env only in entry points; lint-config.test.ts runs a canary of it). Here: what Biome cannot say (emails/
// and prompts/ may import types, and only types, from src), and who may import the tables.
import { describe, expect, it } from 'vitest';
import { readImports, readSources } from './source-files';

/** Leaves take their data as arguments: from src they import types only. */
function leafViolations(list: Array<{ path: string; text: string }>): string[] {
  return list.flatMap(({ path, text }) =>
    readImports(path, text)
      .filter((i) => i.spec.startsWith('.') && i.target.startsWith('src/') && !i.typeOnly)
      .map((i) => `${path} -> ${i.target}`),
  );
}

/** Files outside src/domain and src/db that still read tables themselves, each with why (issue 12: the domain owns the data). */
const TABLE_READERS: Record<string, string> = {
  'src/worker/open-database.ts': "the Workers entry builds drizzle's client with the whole schema, as src/db/client.ts does",
};

/** Non-type imports of src/db/schema or one of its area files (the table objects) from outside src/domain and src/db. */
function tableImports(list: Array<{ path: string; text: string }>): string[] {
  const isSchema = (target: string) => target === 'src/db/schema' || target.startsWith('src/db/schema/');
  return list.flatMap(({ path, text }) =>
    path.startsWith('src/domain/') || path.startsWith('src/db/')
      ? []
      : readImports(path, text)
          .filter((i) => isSchema(i.target) && !i.typeOnly)
          .map(() => path),
  );
}

describe('architecture: imports', () => {
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
    const files = readSources('emails', 'prompts');
    expect(files.length).toBeGreaterThan(3);
    expect(leafViolations(files)).toEqual([]);
  });

  it('only src/domain and src/db import the tables (the allow-list says why for the rest)', () => {
    expect(
      tableImports([
        { path: 'src/channels/http/x.ts', text: "import { approvals } from '../../db/schema';" },
        { path: 'src/channels/http/y.ts', text: "import type { clients } from '../../db/schema';" },
        { path: 'src/channels/http/z.ts', text: "import { clients } from '../../db/schema/clients';" },
        { path: 'src/domain/a/b.ts', text: "import { clients } from '../../db/schema';" },
      ]),
    ).toEqual(['src/channels/http/x.ts', 'src/channels/http/z.ts']);
    const files = readSources('src', 'tools', 'prompts', 'emails');
    const readers = [...new Set(tableImports(files))].sort();
    expect(readers.filter((p) => !TABLE_READERS[p])).toEqual([]);
    // An entry that no longer applies is removed, so the list only shrinks.
    expect(Object.keys(TABLE_READERS).filter((p) => !readers.includes(p))).toEqual([]);
  });
});
