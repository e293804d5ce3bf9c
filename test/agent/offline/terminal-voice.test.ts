// A terminal power user's terse commands (corpus/tune/voices-l): a quote's title right after its amount, a project
// "in progress", "msg X: ..." whatever the message names, "activity X", "followups" alone, a follow-up with its
// day and a colon, a void's "reason:", and a void or a payment joined to another action.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Brightwater Analytics Pty Ltd', 'brightwater'], contacts: [], groups: [], members: [] }, new Date('2026-12-07T12:00:00Z'));

describe('quotes, projects and messages', () => {
  it("reads a quote's title right after its amount", () => {
    expect(read('quote brightwater 12k AUD data platform phase 2')).toEqual([{ tool: 'createQuote', args: { client: 'brightwater', amount: 12000, currency: 'AUD', title: 'data platform phase 2' } }]);
  });

  it('reads a project "in progress" as active', () => {
    expect(read("project 'Data platform phase 2' for brightwater, in progress")).toEqual([{ tool: 'createProject', args: { name: 'Data platform phase 2', client: 'brightwater', status: 'active' } }]);
  });

  it('sends a message written after "msg X:", never the invoice it mentions', () => {
    expect(read('msg brightwater: invoice INV-0701 sent, thanks for the quick turnaround')).toEqual([{ tool: 'messageClient', args: { client: 'brightwater', text: 'invoice INV-0701 sent, thanks for the quick turnaround' } }]);
    expect(read('message brightwater: "see you Monday"')).toEqual([{ tool: 'messageClient', args: { client: 'brightwater', text: 'see you Monday' } }]);
  });
});

describe('lists and follow-ups', () => {
  it('reads "activity X" as its history, but a sort by last activity as a sorted list', () => {
    expect(read('activity brightwater')).toEqual([{ tool: 'listActivity', args: { client: 'brightwater' } }]);
    expect(read('clients sorted by last activity')).toEqual([{ tool: 'findClients', args: { sort: 'lastActivity' } }]);
  });

  it('lists follow-ups asked for by the word alone', () => {
    expect(read('followups')).toEqual([{ tool: 'listFollowUps', args: {} }]);
  });

  it('plans a follow-up with its day and what to do after a colon', () => {
    expect(read('followup brightwater fri: send phase 2 timeline')).toEqual([{ tool: 'addFollowUp', args: { client: 'brightwater', text: 'Send phase 2 timeline', due: '2026-12-11' } }]);
  });
});

describe('voids', () => {
  it('keeps a reason said after "reason:"', () => {
    expect(read('void INV-0702 reason: wrong client')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0702', reason: 'wrong client' } }]);
  });

  it('reads a void or a payment joined to another action as both', () => {
    expect(read('void INV-0702 and send INV-0703')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0702' } }, { tool: 'sendInvoice', args: { invoice: 'INV-0703' } }]);
    expect(read('mark INV-0702 as paid and send INV-0703')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0702' } }, { tool: 'sendInvoice', args: { invoice: 'INV-0703' } }]);
  });
});
