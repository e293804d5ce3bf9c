// A title given as a labelled part (", title Audit - phase 1,") is the title, whatever words the tagger took; a
// payment's day in brackets after "partial" is its date.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental'], contacts: [], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('a labelled title', () => {
  it("is the quote's title, not the words after \"for\"", () => {
    const [call] = calls('quote Halden Energi €4,000 for the audit, title Audit - phase 1, valid till end of month');
    expect(call).toMatchObject({ tool: 'createQuote', args: { client: 'Halden Energi', amount: 4000, title: 'Audit - phase 1' } });
  });

  it("is the document's title", () => {
    const [call] = calls("add the site plan to Halden Energi's docs: plan_v2.pdf, title Site plan v2, shared in portal");
    expect(call).toMatchObject({ tool: 'addDocument', args: { client: 'Halden Energi', file: 'plan_v2.pdf', title: 'Site plan v2' } });
  });
});

describe('payments listed with their days', () => {
  it('dates a partial payment by the day in brackets', () => {
    expect(calls('Payments: Halden Energi €900 (yesterday); Brightmoor Dental $400 partial (today)')).toEqual([
      { tool: 'recordPayment', args: { client: 'Halden Energi', amount: 900, date: '2026-05-31' } },
      { tool: 'recordPayment', args: { client: 'Brightmoor Dental', amount: 400, date: '2026-06-01' } },
    ]);
  });
});
