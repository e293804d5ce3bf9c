// Two actions joined by "and" that the tagger read as one clause: neither is dropped, a hedge between them does
// not hide the second, and a second action's pronoun or client is the one it names or the first one's.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a second action after "and"', () => {
  it('is done beside the first, even after a hedge ("and maybe add a note")', () => {
    expect(callsOf('could you archive Pebblebrook Joinery and maybe add a note that they moved their work in-house')).toEqual([
      { tool: 'archiveClient', args: { client: 'Pebblebrook Joinery' } },
      { tool: 'addNote', args: { client: 'Pebblebrook Joinery', text: 'they moved their work in-house' } },
    ]);
  });

  it('a second name with no verb of its own after a new client is another new client, with a status said of both', () => {
    expect(callsOf('add Pampas Cuero S.A. (Argentina) and Andes Lana S.A. (Chile) as leads')).toEqual([
      { tool: 'createClient', args: { name: 'Pampas Cuero S.A.', status: 'lead', address: { country: 'AR' } } },
      { tool: 'createClient', args: { name: 'Andes Lana S.A.', status: 'lead', address: { country: 'CL' } } },
    ]);
    expect(callsOf('add Oy Pohjola Puu Ab, then Sundqvist Trä AB, both as prospects')).toEqual([
      { tool: 'createClient', args: { name: 'Oy Pohjola Puu Ab', status: 'lead' } },
      { tool: 'createClient', args: { name: 'Sundqvist Trä AB', status: 'lead' } },
    ]);
  });

  it('after "+" is a second action too', () => {
    expect(callsOf('unarchive marlow press + set active')).toEqual([
      { tool: 'unarchiveClient', args: { client: 'marlow press' } },
      { tool: 'updateClient', args: { client: 'marlow press', status: 'active' } },
    ]);
  });

  it('"put X in it" after making a group puts X in that group', () => {
    expect(callsOf('is it possible to make a group "Photographers" in GBP and put Ines Moura Fotografia in it?')).toEqual([
      { tool: 'createGroup', args: { name: 'Photographers', currency: 'GBP' } },
      { tool: 'updateClient', args: { client: 'Ines Moura Fotografia', group: 'Photographers' } },
    ]);
  });

  it('that names nothing is about the client the first one named', () => {
    expect(callsOf('can you mark Hollis Mill Bakery dormant and write up a re-engagement draft')).toEqual([
      { tool: 'updateClient', args: { client: 'Hollis Mill Bakery', status: 'inactive' } },
      { tool: 'draftOutreach', args: { client: 'Hollis Mill Bakery' } },
    ]);
  });

  it('keeps its own client, not the first action\'s, when it names one', () => {
    expect(callsOf('Delete the client Sandbox Uno and delete also Sandbox Due, they are tests')).toEqual([
      { tool: 'deleteClient', args: { client: 'Sandbox Uno' } },
      { tool: 'deleteClient', args: { client: 'Sandbox Due' } },
    ]);
  });

  it('"send it to <name>", "send it right away" after a quote or an invoice is its send', () => {
    expect(callsOf('would it be ok to quote Lark & Wren €2,500 for "Shop fit-out" and send it to Maeve?')).toEqual([
      { tool: 'createQuote', args: { client: 'Lark & Wren', currency: 'EUR', amount: 2500, title: 'Shop fit-out' } },
      { tool: 'sendQuote', args: { quote: 'Lark & Wren' } },
    ]);
    expect(callsOf('could I make an invoice for Bramble Yard, £640 for the signage, and send it right away?').map((c) => c.tool)).toEqual(['createInvoice', 'sendInvoice']);
  });

  it('"add + invite" adds the person described and invites that person, not every contact', () => {
    expect(callsOf('new finance lead at Fernbrook Dairy: Marguerite Olsen, marguerite@fernbrook.no — add + portal invite')).toEqual([
      { tool: 'addContact', args: { client: 'Fernbrook Dairy', name: 'Marguerite Olsen', email: 'marguerite@fernbrook.no', role: 'finance' } },
      { tool: 'invitePortal', args: { client: 'Fernbrook Dairy', contact: 'Marguerite Olsen' } },
    ]);
    expect(callsOf('The new bookkeeper at Calloway Stone is Ines Barros, ines@callowaystone.pt. Please add her and send her an invite to the portal.')).toEqual([
      expect.objectContaining({ tool: 'addContact', args: expect.objectContaining({ client: 'Calloway Stone', name: 'Ines Barros', email: 'ines@callowaystone.pt' }) }),
      { tool: 'invitePortal', args: { client: 'Calloway Stone', contact: 'Ines Barros' } },
    ]);
  });

  it('a website said with "enrich" is the client\'s website, for a new client or one already there', () => {
    expect(callsOf('add Pinewood Ceramics Ltd as a lead and enrich from their site pinewoodceramics.co.uk')).toEqual([
      { tool: 'createClient', args: { name: 'Pinewood Ceramics Ltd', status: 'lead', website: 'pinewoodceramics.co.uk' } },
      { tool: 'enrichClient', args: { client: 'Pinewood Ceramics Ltd' } },
    ]);
    expect(callsOf('enrich Harbour Mill from harbourmill.ie')).toEqual([
      { tool: 'updateClient', args: { client: 'Harbour Mill', website: 'harbourmill.ie' } },
      { tool: 'enrichClient', args: { client: 'Harbour Mill' } },
    ]);
  });

  it('a list of actions with commas ("archive A, delete B and unarchive C") is each action on its own client', () => {
    expect(callsOf('archive Lowfield Farms, delete the duplicate "Lowfield Farms old" and unarchive Tern & Tide Press')).toEqual([
      { tool: 'archiveClient', args: { client: 'Lowfield Farms' } },
      { tool: 'deleteClient', args: { client: 'Lowfield Farms old' } },
      { tool: 'unarchiveClient', args: { client: 'Tern & Tide Press' } },
    ]);
  });

  it('"their email is ..." after making a client and inviting them is the new client\'s email, not an unknown contact', () => {
    expect(callsOf('could we add Bramblewood Press as a client and then invite them to the portal? their email is hi@bramblewood.press')).toEqual([
      { tool: 'createClient', args: { name: 'Bramblewood Press', email: 'hi@bramblewood.press' } },
      { tool: 'invitePortal', args: { client: 'Bramblewood Press' } },
    ]);
  });

  it('two statements about two clients joined by ", and" are two changes, not one person with both details', () => {
    expect(callsOf("Rafael at Lumen Forge has a new email rafa@lumenforge.io, and Brightline Tooling's new CTO is Ola Berg")).toEqual([
      { tool: 'updateContact', args: { client: 'Lumen Forge', contact: 'Rafael', email: 'rafa@lumenforge.io' } },
      { tool: 'addContact', args: { client: 'Brightline Tooling', name: 'Ola Berg', jobTitle: 'CTO', role: 'technical_lead' } },
    ]);
  });

  it('a second client said in a few words gets its own switch or send', () => {
    expect(callsOf('switch the portal on for Harbormist and off for Tern & Tide Press')).toEqual([
      { tool: 'setPortalAccess', args: { client: 'Harbormist', enabled: true } },
      { tool: 'setPortalAccess', args: { client: 'Tern & Tide Press', enabled: false } },
    ]);
    expect(callsOf('send the Lumen Forge quote + the Harbormist one')).toEqual([
      { tool: 'sendQuote', args: { quote: 'Lumen Forge' } },
      { tool: 'sendQuote', args: { quote: 'Harbormist' } },
    ]);
  });
});

