// Classes measured by blind-6: legal forms with dots and spaces inside the name ("sp. z o.o.", "Pty. Ltd."), a status
// phrase before a place ("as an active client in Lyon, France"), and "X's billing email is ..." (the client's email).
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string) => {
  const d = parseCommand(text, { today, memory: {} });
  return d.kind === 'calls' ? d.calls : d.text;
};
const one = (tool: string, args: Record<string, unknown>) => [{ tool, args }];

describe('abbreviated legal forms stay whole in the name', () => {
  it.each([
    ['add Zielinski Budowa sp. z o.o.', { name: 'Zielinski Budowa sp. z o.o.' }],
    ['add Wattle Creek Pty. Ltd. in Perth, Australia', { name: 'Wattle Creek Pty. Ltd.', address: { city: 'Perth', country: 'AU' } }],
  ])('%s', (text, args) => expect(calls(text)).toEqual(one('createClient', args)));
  it('in a contact and a contact change too', () => {
    expect(calls('add contact Ewa Lis to Zielinski Budowa sp. z o.o., +48 602 111 222'))
      .toEqual(one('addContact', { client: 'Zielinski Budowa sp. z o.o.', name: 'Ewa Lis', phone: '+48 602 111 222' }));
    expect(calls("Ewa Lis's email at Zielinski Budowa sp. z o.o. is ewa@zielinski.pl"))
      .toEqual(one('updateContact', { client: 'Zielinski Budowa sp. z o.o.', contact: 'Ewa Lis', email: 'ewa@zielinski.pl' }));
  });
});

describe('a status phrase before the place keeps the city', () => {
  it('add X as an active client in <city>, <country>', () => {
    expect(calls('add Rhone Valley Wines as an active client in Lyon, France'))
      .toEqual(one('createClient', { name: 'Rhone Valley Wines', status: 'active', address: { city: 'Lyon', country: 'FR' } }));
  });
});

describe("a client's billing (invoice, accounts) email is the client's email", () => {
  it.each([
    ["Harbourview Dental's billing email is invoices@harbourview.dental", 'Harbourview Dental', 'invoices@harbourview.dental'],
    ['set the invoice email for Harbourview Dental to ap@harbourview.dental', 'Harbourview Dental', 'ap@harbourview.dental'],
    ["change Quill & Co's accounts email to books@quill.co", 'Quill & Co', 'books@quill.co'],
  ])('%s', (text, client, email) => expect(calls(text)).toEqual(one('updateClient', { client, email })));
});

describe('a remark that names the client after a small word says who "them" is', () => {
  it.each([
    ["we're done with Greywick Mills, archive them", 'archiveClient', { client: 'Greywick Mills' }],
    ['Spoke to Alma Foods today, mark them as a past client', 'updateClient', { client: 'Alma Foods', status: 'past' }],
    ['we finally signed with Halden Fjord AS! set them to active', 'updateClient', { client: 'Halden Fjord AS', status: 'active' }],
  ])('%s', (text, tool, args) => expect(calls(text)).toEqual(one(tool, args)));
  it('a remark without a name is not a client', () => {
    expect(calls("We're done with the project, archive them")).toEqual(expect.any(String));
  });
});
