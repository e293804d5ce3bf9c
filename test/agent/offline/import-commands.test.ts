// The offline model's CSV import phrasings: a path is a dry run of that file, "apply import <id>" applies one.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string) => {
  const d = parseCommand(text, { today });
  return d.kind === 'calls' ? d.calls : d;
};

describe('import commands', () => {
  it.each([
    ['import clients from ./leads.csv', './leads.csv'],
    ['Import leads.csv', 'leads.csv'],
    ['please import my clients from ~/Downloads/crm-export.csv', '~/Downloads/crm-export.csv'],
    ['load "/tmp/My Leads.csv"', '/tmp/My Leads.csv'],
    ['import customers from ../data/old_crm.txt', '../data/old_crm.txt'],
    ['check ./leads.csv for import', './leads.csv'],
  ])('%s -> importCsv', (text, file) => {
    expect(calls(text)).toEqual([{ tool: 'importCsv', args: { file } }]);
  });

  it('applies or shows a dry run by its id', () => {
    expect(calls('apply import Xy3_k9-PqR2sT4uV')).toEqual([{ tool: 'applyImport', args: { importId: 'Xy3_k9-PqR2sT4uV' } }]);
    expect(calls('go ahead with the import Xy3_k9-PqR2sT4uV')).toEqual([{ tool: 'applyImport', args: { importId: 'Xy3_k9-PqR2sT4uV' } }]);
    expect(calls('show import Xy3_k9-PqR2sT4uV')).toEqual([{ tool: 'importCsv', args: { importId: 'Xy3_k9-PqR2sT4uV' } }]);
  });

  it('leaves other sentences to the other intents', () => {
    expect(calls('add Import Partners GmbH as a client')).not.toEqual(expect.arrayContaining([expect.objectContaining({ tool: 'importCsv' })]));
    expect(calls('export my leads as CSV')).toEqual([expect.objectContaining({ tool: 'exportCsv' })]);
  });
});
