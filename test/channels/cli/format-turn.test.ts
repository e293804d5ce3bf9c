// The terminal is where an exported CSV is delivered: its lines say the file's full path on this machine.
import { describe, expect, it } from 'vitest';
import { extraLines } from '../../../src/channels/cli/format-turn';

describe('terminal lines for a turn', () => {
  it('prints where an exported CSV was saved', () => {
    const turn = {
      conversationId: 'cli', text: 'Exported 2 clients to clients-2025-01-02.csv.', approvals: [],
      results: [{ toolName: 'exportCsv' as const, input: {}, result: { ok: true as const, text: 'Exported 2 clients to clients-2025-01-02.csv.', data: { kind: 'file', filename: 'clients-2025-01-02.csv', path: '/srv/data/exports/x1.csv', rows: 2, downloadUrl: '/files/exports/x1' } as never } }],
    };
    expect(extraLines(turn)).toContain('Saved to /srv/data/exports/x1.csv');
  });
});
