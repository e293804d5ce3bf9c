// Conventions of the tests themselves that a linter cannot see.
import { describe, expect, it } from 'vitest';
import { readSource, walk } from './source-files';

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

describe('architecture: tests', () => {
  it('toMatchObject is never given a bare regex, which would match anything', () => {
    expect(bareRegexValues('x.toMatchObject({\n a: 1, b: /(x): y\\(/,\n c: expect.stringMatching(/ok: /), d: [/z/] });')).toEqual([2, 3]);
    // This file holds the probe above, so it is the one left out.
    const files = walk('test').filter((p) => p !== 'test/architecture/test-style.test.ts');
    expect(files.flatMap((p) => bareRegexValues(readSource(p)).map((line) => `${p}:${line}`))).toEqual([]);
  });
});
