import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_OPTIONS, unescapeCell } from '../../../src/domain/exports/csv-cell';
import { exportCsv } from '../../../src/domain/exports/export-csv';
import type { TestDb } from '../../support/db';
import { testCtx, type SeededWorkspace, seededTestDb } from '../../support/factories';
import { seedClient } from './seed';

let t: TestDb, ws: SeededWorkspace;
beforeAll(async () => { ({ t, ws } = await seededTestDb()); });
afterAll(() => t.cleanup());

describe('exportCsv: CSV injection (OWASP) and access', () => {
  it('C1: writes the two OWASP vectors as exactly the escaped bytes', async () => {
    await seedClient(t.db, ws.workspaceId, { name: '=1+2";=1+2', industry: "=1+2'\" ;,=1+2" });
    const res = await exportCsv({ ctx: testCtx(t.db, ws.actors.owner), input: { query: '1+2' } });
    const text = readFileSync(res.path, 'utf8');
    expect(text).toContain(',"\'=1+2"";=1+2",');
    expect(text).toContain(',"\'=1+2\'"" ;,=1+2",');
  });

  it('C2: every cell starting with = + - @ tab CR LF (and NUL) starts with an apostrophe inside quotes', async () => {
    // libSQL cuts text at NUL, so \0 is checked on the writer's options directly.
    expect(stringify([['\0cmd', 'x']], CSV_OPTIONS)).toBe('"\'\0cmd",x\r\n');
    const starts = ['=', '+', '-', '@', '\t', '\r', '\n'];
    for (const s of starts) await seedClient(t.db, ws.workspaceId, { name: `${s}cmd|' /C calc'!A0`, city: `x,${s}y;${s}z` });
    const res = await exportCsv({ ctx: testCtx(t.db, ws.actors.owner), input: { query: 'cmd' } });
    const text = readFileSync(res.path, 'utf8');
    for (const s of starts) expect(text).toContain(`"'${s}cmd|' /C calc'!A0"`);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(starts.length);
    for (const r of rows) {
      expect(r.Name.startsWith("'")).toBe(true);
      expect(unescapeCell(r.Name)).toMatch(/^[=+\-@\t\r\n]cmd/);
      // Inside a cell (after a comma or semicolon) nothing is a formula start; the text stays as typed.
      expect(r.City.startsWith('x,')).toBe(true);
    }
  });

  it('C3: 10,000 random strings with quotes, commas and line breaks parse back to the escaped value', () => {
    const alphabet = ['"', ',', ';', '\r', '\n', '\r\n', "'", '=', '+', '-', '@', '\t', '\0', 'a', 'Z', ' ', 'é', '漢', '😀', '\u2028'];
    let seed = 42;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const values = Array.from({ length: 10_000 }, () => Array.from({ length: rand(12) }, () => alphabet[rand(alphabet.length)]).join(''));
    const text = stringify(values.map((v) => [v, 'end']), CSV_OPTIONS);
    const back = parse(text, { relax_column_count: false }) as string[][];
    expect(back).toHaveLength(values.length);
    let same = 0;
    back.forEach(([cell, end], i) => {
      const escaped = /^[=+\-@\t\r\n\0]/.test(values[i]) ? `'${values[i]}` : values[i];
      if (cell === escaped && end === 'end' && unescapeCell(cell) === values[i]) same++;
    });
    expect(same).toBe(10_000);
  });

  it('C5: members and portal contacts cannot export; nothing is written for them', async () => {
    await expect(exportCsv({ ctx: testCtx(t.db, ws.actors.member), input: {} })).rejects.toMatchObject({ code: 'forbidden' });
    const contactActor = { kind: 'contact' as const, workspaceId: ws.workspaceId, contactId: 1, clientId: 1, channel: 'portal' as const, name: 'x' };
    await expect(exportCsv({ ctx: testCtx(t.db, contactActor), input: {} })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('bad filters are refused naming the field', async () => {
    await expect(exportCsv({ ctx: testCtx(t.db, ws.actors.owner), input: { status: 'gone' } }))
      .rejects.toMatchObject({ code: 'invalid', issues: [expect.objectContaining({ field: 'status' })] });
  });
});
