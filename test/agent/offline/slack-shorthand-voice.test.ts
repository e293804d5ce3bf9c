// A busy account manager's Slack shorthand (corpus/tune/voices-k): an invoice paid with a second request after it,
// the client wanting a document in its portal, a to-do ticked off by its own words ("done: chase …"), search terms
// written as key:value, a handover said as "give @Sam the … account", details of a known client after a colon, the
// kind of company it is, "what did we last do with …" and "anything I should look at today?".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({
  clients: ['Halden Roofing', 'Corvid Labs', 'Tidewater Kayaks'], contacts: ['Kari Nordmann'], groups: ['Construction'], members: ['Sam Okafor'],
  contactClients: { 'kari nordmann': 'Tidewater Kayaks', kari: 'Tidewater Kayaks' },
}, new Date('2026-12-07T12:00:00Z'));

describe('two requests about one client', () => {
  it('records a named invoice paid in full and shares what the client asked for', () => {
    const both = [{ tool: 'recordPayment', args: { invoice: 'INV-0620' } }, { tool: 'shareDocument', args: { shared: true, client: 'Halden Roofing', document: 'completion certificate' } }];
    expect(read('Halden Roofing paid INV-0620 and wants the completion certificate in their portal')).toEqual(both);
    expect(read('<@U07BOT123> Halden Roofing paid INV-0620, and can you share the completion certificate in their portal')).toEqual(both);
  });

  it('reads a document the client wants in its portal as shared, never as deleting the client', () => {
    expect(read('Halden Roofing wants the completion certificate in their portal')).toEqual([{ tool: 'shareDocument', args: { shared: true, client: 'Halden Roofing', document: 'completion certificate' } }]);
  });
});

describe('shorthand', () => {
  it('ticks off a follow-up said by its own words', () => {
    expect(read('<@U07BOT123> done: chase Halden Roofing for the deposit')).toEqual([{ tool: 'completeFollowUp', args: { client: 'Halden Roofing' } }]);
  });

  it('reads key:value search terms as a search or an export', () => {
    expect(read('/client owner:Sam')).toEqual([{ tool: 'findClients', args: { owner: 'Sam' } }]);
    expect(read('status:lead country:norway')).toEqual([{ tool: 'findClients', args: { status: 'lead', country: 'NO' } }]);
    expect(read('export status:active')).toEqual([{ tool: 'exportCsv', args: { status: 'active' } }]);
  });

  it('leaves terms it does not know to the reader', () => {
    expect(read('status:whatever')).not.toEqual([expect.objectContaining({ tool: 'findClients' })]);
  });

  it('hands an account over to a teammate, but only when told to', () => {
    expect(read('<@U07BOT123> give @Sam the Halden Roofing account')).toEqual([{ tool: 'updateClient', args: { client: 'Halden Roofing', owner: 'Sam' } }]);
    expect(read('is Sam looking after Halden Roofing')).toEqual([{ tool: 'showClient', args: { client: 'Halden Roofing' } }]);
  });
});

describe('a known client described', () => {
  it('changes its details when written after its name and a colon', () => {
    expect(read('Tidewater Kayaks: Bergen, Norway, org nr 923 456 789')).toEqual([{ tool: 'updateClient', args: { client: 'Tidewater Kayaks', idNumber: '923 456 789', address: { city: 'Bergen', country: 'NO' } } }]);
  });

  it('reads the kind of company it is as its industry, not how big or where it is', () => {
    expect(read('Corvid Labs is a SaaS company, VAT GB123456789')).toEqual([{ tool: 'updateClient', args: { client: 'Corvid Labs', taxId: 'GB123456789', industry: 'SaaS' } }]);
    expect(read('new client Fenwick Bros, a plumbing business in Leeds')).toEqual([{ tool: 'createClient', args: { name: 'Fenwick Bros', address: { city: 'Leeds' }, industry: 'plumbing' } }]);
    expect(read('Corvid Labs is a German company')).not.toEqual([expect.objectContaining({ args: expect.objectContaining({ industry: 'German' }) })]);
  });
});

describe('questions', () => {
  it('reads "what did we last do with X" as its history and "anything I should look at today?" as my list', () => {
    expect(read('<@U07BOT123> what did we last do with Tidewater Kayaks')).toEqual([{ tool: 'listActivity', args: { client: 'Tidewater Kayaks' } }]);
    expect(read('<@U07BOT123> is there anything I should look at today?')).toEqual([{ tool: 'listAttention', args: { scope: 'mine' } }]);
  });
});
