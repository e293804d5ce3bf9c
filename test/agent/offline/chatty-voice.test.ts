// A chatty voice, long sentences and requests asked as questions: a follow-up moved ("Could we move ...?") or done
// ("All done with ..., thanks"), a client named by the first word of its name, the overdue list asked for politely,
// a void asked after its reason, the month naming an invoice kept apart from the day it was paid, a document wanted
// in the portal, "send her the link" never read as making a new link, "this week" from its Monday, a place searched
// for, and where a new client is said in a sentence of its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const MONDAY = new Date('2026-12-07T12:00:00Z');
const known = {
  clients: ['Greyfield Partners', 'Sunmoor Ceramics', 'Blackthorn Legal'], contacts: ['Hattie Lowe'], groups: [], members: [],
  contactClients: { 'hattie lowe': 'Sunmoor Ceramics', hattie: 'Sunmoor Ceramics' },
};
const read = readerIn(known, MONDAY);

describe('follow-ups asked for at length', () => {
  it('moves a follow-up asked as a question, the client named by its first word', () => {
    expect(read('Could we move the Greyfield follow-up to Friday?')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Greyfield Partners', due: '2026-12-11' } }]);
  });

  it('marks one done with a thanks after it', () => {
    expect(read('All done with the Sunmoor follow-up, thanks.')).toEqual([{ tool: 'completeFollowUp', args: { client: 'Sunmoor Ceramics' } }]);
  });

  it("doesn't move a follow-up when told not to", () => {
    expect(read("Could we not move the Greyfield follow-up to Friday?")).not.toEqual([expect.objectContaining({ tool: 'updateFollowUp' })]);
  });
});

describe('lists asked politely', () => {
  it.each([
    ["Could you show me what's overdue across the whole team?", { show: 'overdue', scope: 'workspace' }],
    ['could you tell me who owes us money', { show: 'unpaid', scope: 'workspace' }],
  ])('%s', (text, args) => {
    expect(read(text)).toEqual([{ tool: 'listAttention', args }]);
  });

  it('searches for a place named last, with a status or without', () => {
    expect(read('Do we have anyone else in Stoke-on-Trent?')).toEqual([{ tool: 'findClients', args: { query: 'Stoke-on-Trent' } }]);
    expect(read('any leads in Lisbon?')).toEqual([{ tool: 'findClients', args: { status: 'lead', query: 'Lisbon' } }]);
  });

  it('reads "this week" from its Monday, "last week" as the seven days before', () => {
    expect(read('What changed on Blackthorn Legal this week?')).toEqual([{ tool: 'listActivity', args: { client: 'Blackthorn Legal', since: '2026-12-07' } }]);
    expect(read('What changed on Blackthorn Legal last week?')).toEqual([{ tool: 'listActivity', args: { client: 'Blackthorn Legal', since: '2026-11-30' } }]);
  });
});

describe('invoices and documents told as a story', () => {
  it('voids an invoice whose reason comes first', () => {
    expect(read('Actually, INV-0321 was raised by mistake — please void it.')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0321', reason: 'raised by mistake' } }]);
  });

  it('takes the day a payment came, not the month that names the invoice', () => {
    expect(read('FYI Blackthorn Legal paid the October invoice yesterday — it was INV-0318, £4,800.'))
      .toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0318', amount: 4800, date: '2026-12-06' } }]);
  });

  it('shares a document wanted in the portal, where it had read an upload with no file', () => {
    expect(read("Greyfield Partners wants the engagement letter in their portal — it's the signed one we uploaded last week."))
      .toEqual([{ tool: 'shareDocument', args: { client: 'Greyfield Partners', document: 'engagement letter', shared: true } }]);
  });

  it('never makes a new portal link (ending the old ones) when asked to send the link', () => {
    const calls = read('Hattie from Sunmoor should be able to log into the portal — can you set that up and send her the link?');
    expect(calls).not.toEqual(expect.arrayContaining([expect.objectContaining({ tool: 'regeneratePortalLink' })]));
    expect(read('the portal link for Sunmoor Ceramics leaked, please make a new one')).toEqual([{ tool: 'regeneratePortalLink', args: { client: 'Sunmoor Ceramics' } }]);
  });
});

describe('a new client described in sentences', () => {
  it('takes where they are from a sentence of its own', () => {
    const [call] = read('Please add Wrenfield Pottery as a new client. Their studio is in Ludlow.') as Array<{ tool: string; args: Record<string, unknown> }>;
    expect(call).toEqual({ tool: 'createClient', args: expect.objectContaining({ name: 'Wrenfield Pottery', address: { city: 'Ludlow' } }) });
  });
});
