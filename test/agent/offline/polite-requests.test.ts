// Polite requests with what they ask for in their words: "is it possible to set X's terms to 45 days?" is a change,
// "archived clients as well" includes the archived, and a CSV file named with spaces in it is the whole name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('polite requests', () => {
  it('changes a setting asked for with its value, and still explains one asked "why"', () => {
    expect(callsOf("hmm, is it possible to set Oren Vale's payment terms to 45 days?")).toEqual([{ tool: 'updateClient', args: { client: 'Oren Vale', paymentTerms: 45 } }]);
    expect(callsOf('why is Oren Vale on 45 days?')[0].tool).toBe('explainSettings');
  });

  it('lists the archived clients with the rest when asked for them "as well"', () => {
    expect(callsOf('is there a way to see archived clients as well?')).toEqual([{ tool: 'findClients', args: { archived: 'all' } }]);
    expect(callsOf('show archived clients')).toEqual([{ tool: 'findClients', args: { archived: 'archived' } }]);
  });

  it('lists the clients added since the day said', () => {
    expect(callsOf('Hello, Kindly show me the Clients I have put in since the start of the year.')).toEqual([{ tool: 'findClients', args: { createdFrom: '2026-01-01' } }]);
    expect(callsOf('clients added since 3 February')).toEqual([{ tool: 'findClients', args: { createdFrom: '2026-02-03' } }]);
  });

  it('imports the CSV file named, spaces in its name kept', () => {
    expect(callsOf('could you bring in the contacts from ~/Downloads/crm export.csv?')).toEqual([{ tool: 'importCsv', args: { file: '~/Downloads/crm export.csv' } }]);
  });
});
