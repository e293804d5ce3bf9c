// An upload's id is typed back as the assistant printed it: 16 letters, digits, "-" and "_" (base64url), in backticks
// or not. Before, an id with "_" was read as a file name and one in backticks as the backtick itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { mulberry32 } from '../../../scripts/nlu/util';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

/** Ids shaped as the import verb makes them (12 random bytes in base64url, a letter or digit at each end), seeded. */
function importIds(n: number): string[] {
  const rng = mulberry32(2026);
  const next = () => Math.floor(rng() * 256);
  const out: string[] = [];
  while (out.length < n) {
    const id = Buffer.from(Array.from({ length: 12 }, next)).toString('base64url');
    if (/^[A-Za-z0-9].*[A-Za-z0-9]$/.test(id)) out.push(id);
  }
  return out;
}

describe('import ids typed back', () => {
  const ids = importIds(60);

  it('the sample holds ids with "_" and "-" inside, the ones that were misread', () => {
    expect(ids.filter((id) => id.includes('_')).length).toBeGreaterThan(5);
    expect(ids.filter((id) => id.includes('-')).length).toBeGreaterThan(5);
  });

  it.each(ids.map((id, k) => [k % 3 === 0 ? `apply import \`${id}\`` : k % 3 === 1 ? `apply import ${id}` : `apply ${id} please`, id]))(
    '%s applies that import',
    (text, importId) => {
      expect(callsOf(text)).toEqual([{ tool: 'applyImport', args: { importId } }]);
    },
  );

  it.each(ids.slice(0, 20).map((id, k) => [k % 2 ? `show import \`${id}\`` : `preview the upload ${id}`, id]))('%s shows its preview', (text, importId) => {
    expect(callsOf(text)).toEqual([{ tool: 'importCsv', args: { importId } }]);
  });

  it('a file name or a path is still a file, not an id', () => {
    expect(callsOf('import ./exports/hubspot-accounts.csv')).toEqual([{ tool: 'importCsv', args: { file: './exports/hubspot-accounts.csv' } }]);
    expect(callsOf('import clients_backup_2026.csv')).toEqual([{ tool: 'importCsv', args: { file: 'clients_backup_2026.csv' } }]);
  });

  it('an import to be checked before it is applied is previewed, not applied', () => {
    expect(callsOf('check import Rk4_wP9xTq2Lm7Vz before we apply it')).toEqual([{ tool: 'importCsv', args: { importId: 'Rk4_wP9xTq2Lm7Vz' } }]);
    expect(callsOf('let me see import Rk4_wP9xTq2Lm7Vz before applying')).toEqual([{ tool: 'importCsv', args: { importId: 'Rk4_wP9xTq2Lm7Vz' } }]);
    expect(callsOf('apply import Rk4_wP9xTq2Lm7Vz')).toEqual([{ tool: 'applyImport', args: { importId: 'Rk4_wP9xTq2Lm7Vz' } }]);
  });
});
