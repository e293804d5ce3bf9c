// Issue 12: a domain error is mapped once per edge. The error tables (HTTP's status per code, Slack's refusals) read
// its code; a route or a Slack handler takes the status or text the table gives and never compares codes itself.
import { describe, expect, it } from 'vitest';
import { readSource, readSources } from './source-files';

/** The one place per edge that reads a domain error's code. */
const TABLES = ['src/channels/http/errors.ts', 'src/channels/slack/slack-errors.ts'];

/** Channel files that still decide by a domain error's code themselves, each with why. The list only shrinks. */
const CODE_CHECKS: Record<string, string> = {
  'src/channels/http/security.ts':
    "Hono middleware's own answers before any route or verb runs (body limit, cross-site, rate limit): no domain error exists",
};

/** The codes of src/errors.ts's ErrorCode union. */
function errorCodes(): string[] {
  const union = /export type ErrorCode =([^;]+);/.exec(readSource('src/errors.ts'))?.[1] ?? '';
  return [...union.matchAll(/'(\w+)'/g)].map((m) => m[1]);
}

/** Where a file decides by a domain error's code: compares it, lists codes to check it against, switches on it, tests
 *  for a kind's class (InvalidInput is fine: a form shows its per-field errors), or writes an error answer by hand. */
function codeChecks(text: string, codes: string[]): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const c = `'(?:${codes.join('|')})'`;
  const patterns = [
    new RegExp(String.raw`\.code\s*[!=]==?\s*${c}`, 'g'),
    new RegExp(String.raw`${c}\s*[!=]==?\s*[\w.?]+\.code\b`, 'g'),
    new RegExp(String.raw`\[[^\]]*${c}[^\]]*\]\.includes\([\w.?]+\.code\)`, 'g'),
    /switch\s*\([\w.?]+\.code\)/g,
    /instanceof\s+(?:NotFound|Ambiguous|Conflict|Forbidden|PortalClosed)\b/g,
    new RegExp(String.raw`error:\s*\{\s*code:\s*${c}`, 'g'),
  ];
  return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[0]));
}

describe('architecture: domain errors are mapped by the error tables', () => {
  it('finds each kind of hand-made mapping (canary)', () => {
    const codes = errorCodes();
    expect(codes).toEqual(expect.arrayContaining(['not_found', 'expired', 'forbidden', 'rate_limited']));
    const found = (text: string) => codeChecks(text, codes);
    expect(found("if (err instanceof DomainError && err.code === 'expired') return c.html(page(), 410);")).toHaveLength(1);
    expect(found("if (!isDomainError(err) || !['forbidden', 'invalid'].includes(err.code)) throw err;")).toHaveLength(1);
    expect(found("return page(c, err.code === 'forbidden' ? 403 : 409, 'Not installed', err.message);")).toHaveLength(1);
    expect(found("if ('not_found' !== e.code) throw e;")).toHaveLength(1);
    expect(found('switch (err.code) { }')).toHaveLength(1);
    expect(found('if (err instanceof NotFound) return notFound(c);')).toHaveLength(1);
    expect(found("return c.json({ error: { code: 'not_found', message: 'Gone.' } }, 404);")).toHaveLength(1);
    // Not a domain error's code, the table's status, a form's per-field errors, a comment: none of these.
    expect(found("if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;")).toEqual([]);
    expect(found('return showRefusal(run, { 410: (_err, status) => c.html(page(), status) });')).toEqual([]);
    expect(found('if (err instanceof InvalidInput) return c.html(form({ issues: err.issues }), 422);')).toEqual([]);
    expect(found("// once: err.code === 'expired' was 410 here")).toEqual([]);
  });

  it('no channel file compares domain error codes itself (the allow-list says why for the rest)', () => {
    const codes = errorCodes();
    const offenders = readSources('src/channels')
      .filter(({ path }) => !TABLES.includes(path))
      .map(({ path, text }) => ({ path, checks: codeChecks(text, codes) }))
      .filter((f) => f.checks.length);
    expect(offenders.filter((f) => !CODE_CHECKS[f.path])).toEqual([]);
    // An entry that no longer applies is removed, so the list only shrinks.
    const still = offenders.map((f) => f.path);
    expect(Object.keys(CODE_CHECKS).filter((p) => !still.includes(p))).toEqual([]);
  });

  it('the tables themselves read the codes (a table that stops doing so is no table)', () => {
    for (const path of TABLES) expect(readSource(path)).toMatch(/\.code\b/);
  });
});
