// A hurried mobile voice (corpus/tune/voices-r): texting shorthand ("w/", "wk", "tmrw"), a day said before "remind
// me", a lower-case street address, a status after an arrow with a reason, what an invoice is for said last, and
// clients archived by when they were added.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

// A Tuesday.
const read = readerIn({ clients: ['brightwater co', 'Halden Roofing'], contacts: [], groups: [], members: [] }, new Date('2026-12-08T12:00:00Z'));

describe('texting shorthand', () => {
  it('reads follow-ups and history written with w/, wk and tmrw', () => {
    expect(read('finished w/ the brightwater co follow up')).toEqual([{ tool: 'completeFollowUp', args: { client: 'brightwater co' } }]);
    expect(read('followups next wk?')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-12-20' } }]);
    expect(read('tmrw remind me to call Halden Roofing')).toEqual([{ tool: 'addFollowUp', args: { client: 'Halden Roofing', text: 'Call Halden Roofing', due: '2026-12-09' } }]);
    expect(read('what changed w/ brightwater co this wk')).toEqual([{ tool: 'listActivity', args: { client: 'brightwater co', since: '2026-12-07' } }]);
  });

  it('keeps the shorthand in what is quoted as typed', () => {
    expect(read('note on Halden Roofing: "site visit moved to wk 3"')).toEqual([{ tool: 'addNote', args: { client: 'Halden Roofing', text: 'site visit moved to wk 3' } }]);
  });
});

describe('values typed in a hurry', () => {
  it('reads a lower-case street address, never its house number as payment terms', () => {
    expect(read('brightwater co moved to 7 quay st, galway, ireland')).toEqual([
      { tool: 'updateClient', args: { client: 'brightwater co', address: { line1: '7 quay st', city: 'galway', country: 'IE' } } }]);
  });

  it('sets a status after an arrow with a reason, and leaves more fields to the reader', () => {
    expect(read('Halden Roofing → past, job finished in october')).toEqual([{ tool: 'updateClient', args: { client: 'Halden Roofing', status: 'past' } }]);
    expect(read('Halden Roofing -> active, net 15')).toEqual([{ tool: 'updateClient', args: { client: 'Halden Roofing', status: 'active', paymentTerms: 15 } }]);
  });

  it('takes what an invoice is for said last, after its due day', () => {
    expect(read('invoice Halden Roofing 900 eur due 20 jan for the gutter repair')).toEqual([
      { tool: 'createInvoice', args: { client: 'Halden Roofing', amount: 900, currency: 'EUR', dueDate: '2027-01-20', description: 'gutter repair' } }]);
  });

  it('archives clients by when they were added, and only with the date read', () => {
    expect(read('archive old leads added before 2024')).toEqual([{ tool: 'archiveClients', args: { status: 'lead', createdTo: '2023-12-31' } }]);
    expect(read('archive the inactive clients created in 2022')).toEqual([{ tool: 'archiveClients', args: { status: 'inactive', createdFrom: '2022-01-01', createdTo: '2022-12-31' } }]);
  });
});
