// What clients asked for, relayed by the team (corpus/tune/voices-s): everyone taken off the portal (never an
// invitation), an invoice the client wants cancelled, "20-day terms", a document asked for in the portal, yes/no
// questions about the record (never where a setting comes from), and what an invoice is for without "instead".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Kestrel Analytics', 'Oduya Partners'], contacts: [], groups: [], members: [] }, new Date('2026-12-08T12:00:00Z'));

describe('requests relayed from a client', () => {
  it('takes everyone of the client off the portal, never invites them', () => {
    expect(read('Oduya Partners want us to take all their users off the portal')).toEqual([{ tool: 'setPortalAccess', args: { client: 'Oduya Partners', enabled: false } }]);
    expect(read('please remove Oduya Partners from the portal')).toEqual([{ tool: 'setPortalAccess', args: { client: 'Oduya Partners', enabled: false } }]);
  });

  it('voids an invoice the client wants cancelled, with why', () => {
    expect(read('Kestrel Analytics wants INV-0520 cancelled, it duplicates INV-0519')).toEqual([
      { tool: 'voidInvoice', args: { invoice: 'INV-0520', reason: 'it duplicates INV-0519' } }]);
  });

  it('reads terms said as "N-day terms"', () => {
    expect(read('Kestrel Analytics asked to move to 60-day terms')).toEqual([{ tool: 'updateClient', args: { client: 'Kestrel Analytics', paymentTerms: 60 } }]);
  });

  it('shares a document the client asked for a copy of in its portal', () => {
    expect(read('Kestrel Analytics asked for a copy of the data audit in their portal')).toEqual([
      { tool: 'shareDocument', args: { client: 'Kestrel Analytics', document: 'data audit', shared: true } }]);
  });

  it('answers a yes/no question about the record with the card, and a setting question with where it comes from', () => {
    expect(read("Is Oduya Partners' portal on?")).toEqual([{ tool: 'showClient', args: { client: 'Oduya Partners' } }]);
    expect(read('where does Oduya Partners get usd from?')).toEqual([{ tool: 'explainSettings', args: { client: 'Oduya Partners', setting: 'currency' } }]);
  });

  it('keeps what an invoice is for without a closing "instead"', () => {
    expect(read('bill Kestrel Analytics 800 EUR for the smaller audit instead')).toEqual([
      { tool: 'createInvoice', args: { client: 'Kestrel Analytics', amount: 800, currency: 'EUR', description: 'smaller audit' } }]);
  });
});
