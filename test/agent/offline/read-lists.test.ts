// Short actions in one message, separated by semicolons or lines, often after a "<client>:" header: each is read
// and done, the header is the client of every item, and a form of one new client's details stays one new client.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { listItems } from '../../../src/agent/offline/nlu/read-topic-list';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a list of actions', () => {
  it('does every action after a "<client>:" header, each on that client', () => {
    expect(callsOf('Larchmont Bakery: portal on; archive')).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Larchmont Bakery', enabled: true } },
      { tool: 'archiveClient', args: { client: 'Larchmont Bakery' } },
    ]);
    expect(callsOf('Larchmont Bakery: project Shopfront refresh; invoice £1,200 due 30 June')).toEqual([
      { tool: 'createProject', args: { client: 'Larchmont Bakery', name: 'Shopfront refresh' } },
      { tool: 'createInvoice', args: { client: 'Larchmont Bakery', amount: 1200, currency: 'GBP', dueDate: '2026-06-30' } },
    ]);
  });

  it('puts the client a headerless list named first in the group a later item names, not a new group', () => {
    expect(callsOf('Okafor Textiles → unarchive; group Wholesale')).toEqual([
      { tool: 'unarchiveClient', args: { client: 'Okafor Textiles' } },
      { tool: 'updateClient', args: { client: 'Okafor Textiles', group: 'Wholesale' } },
    ]);
  });

  it('keeps two changes to two documents of one client apart', () => {
    expect(callsOf('Corran Bakes: hide "Menu draft 2" in portal; share "Menu final"')).toEqual([
      { tool: 'shareDocument', args: { client: 'Corran Bakes', document: 'Menu draft 2', shared: false } },
      { tool: 'shareDocument', args: { client: 'Corran Bakes', document: 'Menu final', shared: true } },
    ]);
  });

  it('does not split a quoted message at a semicolon inside it', () => {
    expect(callsOf('Corran Bakes — message: "Invoice 2 is in the portal; due end of month"')).toEqual([
      { tool: 'messageClient', args: { client: 'Corran Bakes', text: 'Invoice 2 is in the portal; due end of month' } },
    ]);
  });

  it('reads a list without a header, and one item per line', () => {
    expect(callsOf('INV-0410 → send; INV-0411 → send')).toEqual([
      { tool: 'sendInvoice', args: { invoice: 'INV-0410' } },
      { tool: 'sendInvoice', args: { invoice: 'INV-0411' } },
    ]);
    expect(callsOf('Team:\n- invite pia@fieldnote.example (member)\n- Omar Haddad → admin')).toEqual([
      { tool: 'inviteMember', args: { email: 'pia@fieldnote.example', role: 'member' } },
      { tool: 'setMemberRole', args: { member: 'Omar Haddad', role: 'admin' } },
    ]);
  });

  it('reads each payment of a list with its bare amount, and an unsure item again after the client', () => {
    expect(callsOf('Received today:\n- INV-0301: 1,250\n- INV-0302: 640')).toEqual([
      { tool: 'recordPayment', args: { invoice: 'INV-0301', amount: 1250, date: '2026-06-01' } },
      { tool: 'recordPayment', args: { invoice: 'INV-0302', amount: 640, date: '2026-06-01' } },
    ]);
    expect(callsOf('Wind-down for Copperline Ltd: status past; archive; portal off').map((c) => c.tool)).toEqual(['updateClient', 'archiveClient', 'setPortalAccess']);
  });

  it('takes a header that only labels the list for a label, not a client', () => {
    expect(callsOf('Handover: Larchmont Bakery → unarchive; status active')).toEqual([
      { tool: 'unarchiveClient', args: { client: 'Larchmont Bakery' } },
      { tool: 'updateClient', args: { client: 'Larchmont Bakery', status: 'active' } },
    ]);
  });

  it('makes fields of one change one change, and keeps a note with a semicolon whole', () => {
    expect(callsOf('Kestrel Print: website kestrelprint.example; phone +44 20 7946 0101')).toEqual([
      { tool: 'updateClient', args: { client: 'Kestrel Print', website: 'kestrelprint.example', phone: '+44 20 7946 0101' } },
    ]);
    expect(callsOf('Notes / Larchmont Bakery: delivery moved to Friday; call before noon')).toEqual([
      { tool: 'addNote', args: { client: 'Larchmont Bakery', text: 'delivery moved to Friday; call before noon' } },
    ]);
  });

  it('hands the contact one item named to the next item\'s "her", and a client\'s group and tone are one change', () => {
    expect(callsOf('Larchmont Bakery: portal on for Odile; invite her')).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Larchmont Bakery', contact: 'Odile', enabled: true } },
      { tool: 'invitePortal', args: { client: 'Larchmont Bakery', contact: 'Odile' } },
    ]);
    expect(callsOf('Larchmont Bakery → group Retail; reminder tone friendly')).toEqual([
      { tool: 'updateClient', args: { client: 'Larchmont Bakery', group: 'Retail', reminderTone: 'friendly' } },
    ]);
  });

  it("keeps a new client's details one new client", () => {
    expect(callsOf('New client: Fenmoor Cycles Ltd; Leeds, UK; GBP')).toEqual([
      { tool: 'createClient', args: { name: 'Fenmoor Cycles Ltd', currency: 'GBP', address: { city: 'Leeds', country: 'GB' } } },
    ]);
  });

  it('does not split inside quotes, Slack\'s "&amp;" or a sentence', () => {
    expect(listItems('Harbour &amp; Finch: portal off; archive')?.items).toEqual(['portal off', 'archive']);
    expect(listItems('Harbour &amp; Finch: portal off; archive')?.header).toBe('Harbour & Finch');
    expect(listItems('note on Tallis & Reed: "Mr. Reed retires in May; his daughter takes over"')).toBeUndefined();
    expect(listItems('please issue a new portal link for Tallis & Reed; the old one was printed in the newsletter by mistake')).toBeUndefined();
  });
});

describe('two actions the tagger did not separate', () => {
  it('splits at a semicolon or "and then" where a second action starts', () => {
    expect(callsOf('Copperline Ltd: unarchive; then draft outreach (goal: autumn catalogue)')).toEqual([
      { tool: 'unarchiveClient', args: { client: 'Copperline Ltd' } },
      { tool: 'draftOutreach', args: { client: 'Copperline Ltd', goal: 'autumn catalogue' } },
    ]);
  });

  it('never makes a client of a pronoun or of a bare name before the action', () => {
    expect(callsOf('pls add Fenmoor Cycles, then put them in the UK group')).toEqual([
      { tool: 'createClient', args: { name: 'Fenmoor Cycles' } },
      { tool: 'updateClient', args: { client: 'Fenmoor Cycles', group: 'UK' } },
    ]);
    expect(callsOf('Fenmoor Cycles; quote "Spring fit-out"; £4,000')).toEqual([
      { tool: 'createQuote', args: { client: 'Fenmoor Cycles', title: 'Spring fit-out', amount: 4000, currency: 'GBP' } },
    ]);
  });
});

describe('a list of contacts under a client', () => {
  it('adds each person with their own details', () => {
    expect(callsOf('Harbour Lights Ltd — new contacts: Maya Ortiz (PM, maya@harbourlights.co); Ben Okoro (finance, ben@harbourlights.co)')).toEqual([
      { tool: 'addContact', args: { client: 'Harbour Lights Ltd', name: 'Maya Ortiz', role: 'project_manager', email: 'maya@harbourlights.co' } },
      { tool: 'addContact', args: { client: 'Harbour Lights Ltd', name: 'Ben Okoro', role: 'finance', email: 'ben@harbourlights.co' } },
    ]);
  });

  it('never removes a contact it lists with their email', () => {
    const calls = callsOf('Brenner Werkzeuge GmbH — contacts:\n• Jonas Brenner, Geschäftsführer, jonas@brenner-werkzeuge.de\n• Anna Weber (accounts), billing default');
    expect(calls.map((c) => c.tool)).toEqual(['addContact', 'addContact']);
    expect(calls.map((c) => c.args.name)).toEqual(['Jonas Brenner', 'Anna Weber']);
  });
});

