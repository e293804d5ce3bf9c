// Classes of request found in blind sets: clients declared rather than added, outreach and enrichment in many
// phrasings, sort-only lists, and references that must end where their clause ends.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const one = (tool: string, args: Record<string, unknown>) => [{ tool, args }];

describe('declarative creation: a client stated as a fact is created, with a status only when one is said', () => {
  it.each([
    ['Brightwater Cafe is a lead, site <https://brightwater.cafe|brightwater.cafe>', { name: 'Brightwater Cafe', status: 'lead', website: 'brightwater.cafe' }],
    ['Brightwater Cafe is a new client', { name: 'Brightwater Cafe' }],
    ['Kiln & Co is a new active client, email hi@kiln.co', { name: 'Kiln & Co', status: 'active', email: 'hi@kiln.co' }],
    ['Polaris Legal is a prospect - based in Dublin, Ireland', { name: 'Polaris Legal', status: 'lead', address: { city: 'Dublin', country: 'IE' } }],
    ["we've got a new lead: Ember Yoga, ember-yoga.com", { name: 'Ember Yoga', status: 'lead', website: 'ember-yoga.com' }],
    ["there's a new client - Ember Yoga, phone 020 7946 0011", { name: 'Ember Yoga', phone: '020 7946 0011' }],
    ['new client: Ember Yoga, <https://emberyoga.co.uk/|emberyoga.co.uk>', { name: 'Ember Yoga', website: 'emberyoga.co.uk' }],
    ['/client Ember Yoga, prospect, emberyoga.co.uk', { name: 'Ember Yoga', status: 'lead', website: 'emberyoga.co.uk' }],
    ['please set up a client record for Ember Yoga', { name: 'Ember Yoga' }],
    ['new prospect - Ember Yoga', { name: 'Ember Yoga', status: 'lead' }],
    ['new client — Ember Yoga, ember-yoga.com', { name: 'Ember Yoga', website: 'ember-yoga.com' }],
    ['add Ember Yoga, Prinsengracht 5, 1015 DK Amsterdam, Netherlands', { name: 'Ember Yoga', address: { line1: 'Prinsengracht 5', postalCode: '1015 DK', city: 'Amsterdam', country: 'NL' } }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('createClient', args));
  });

  it('keeps a status change of a client we have an update', () => {
    expect(calls('Kiln & Co is a lead again')).toEqual(one('updateClient', { client: 'Kiln & Co', status: 'lead' }));
    expect(calls('Wayne Enterprises is a former client now')).toEqual(one('updateClient', { client: 'Wayne Enterprises', status: 'past' }));
    expect(calls('Kiln & Co is an active client')).toEqual(one('updateClient', { client: 'Kiln & Co', status: 'active' }));
  });

  it('reads the statement in a /client command too', () => {
    expect(calls('/client Brightwater Cafe is a lead')).toEqual(one('createClient', { name: 'Brightwater Cafe', status: 'lead' }));
  });
});

describe('outreach phrasings: a draftOutreach, with a goal only when a purpose beyond re-engaging is said', () => {
  it.each([
    ['draft something to win back Marlow Veterinary', { client: 'Marlow Veterinary' }],
    ['draft a note to win Marlow Veterinary back', { client: 'Marlow Veterinary' }],
    ['win Ostara Gardens back with a friendly email', { client: 'Ostara Gardens' }],
    ['put together a message to reconnect with Ostara Gardens', { client: 'Ostara Gardens' }],
    ['write Halden Marine a note to re-engage them', { client: 'Halden Marine' }],
    ['send Halden Marine a quick check-in email', { client: 'Halden Marine' }],
    ['reach out to Fable Toys, they went quiet', { client: 'Fable Toys' }],
    ["reach out to Fable Toys since they've been quiet", { client: 'Fable Toys' }],
    ['touch base with Quillon Press', { client: 'Quillon Press' }],
    ['could you try to win back Quillon Press?', { client: 'Quillon Press' }],
    ['draft a win-back for Quillon Press', { client: 'Quillon Press' }],
    ['compose a check-in email for Quillon Press', { client: 'Quillon Press' }],
    ['Draft a follow-up for Ostara Gardens', { client: 'Ostara Gardens' }],
    ['write an email to Fable Toys to offer a spring discount', { client: 'Fable Toys', goal: 'offer a spring discount' }],
    ['reach out to Quillon Press about the new print catalogue', { client: 'Quillon Press', goal: 'the new print catalogue' }],
    ['draft outreach for Fable Toys, goal: book a call in January', { client: 'Fable Toys', goal: 'book a call in January' }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('draftOutreach', args));
  });

  it('takes the client from a leading clause that only says what happened', () => {
    expect(calls("Ostara Gardens hasn't booked since spring, draft a re-engagement email")).toEqual(one('draftOutreach', { client: 'Ostara Gardens' }));
    expect(calls('draft a win-back email', { client: 'Fable Toys' })).toEqual(one('draftOutreach', { client: 'Fable Toys' }));
  });

  it('keeps notes on the record and portal emails apart from outreach', () => {
    expect(calls('write a note on Fable Toys: prefers email')).toEqual(one('addNote', { client: 'Fable Toys', text: 'prefers email' }));
    expect(calls('create Fable Toys with email hi@fable.toys and send them a portal invite')).toEqual([
      { tool: 'createClient', args: { name: 'Fable Toys', email: 'hi@fable.toys' } }, { tool: 'invitePortal', args: { client: 'Fable Toys' } }]);
  });
});

describe('enrichment phrasings: the website is the source, never part of the name', () => {
  it.each([
    ["look up Quillon Press's website and fill in what you can", 'Quillon Press'],
    ["pull Marlow Veterinary's details from their site", 'Marlow Veterinary'],
    ['research Halden Marine online', 'Halden Marine'],
    ['auto-fill Ostara Gardens from the web', 'Ostara Gardens'],
    ["check Fable Toys' website and update their info", 'Fable Toys'],
    ["scrape Halden Marine's site for their contact details", 'Halden Marine'],
    ['look Halden Marine up online', 'Halden Marine'],
    ['fill in the details for Fable Toys from their website', 'Fable Toys'],
    ["use Quillon Press's homepage to complete their record", 'Quillon Press'],
    ['kick off an enrichment for Ostara Gardens', 'Ostara Gardens'],
    ['see what you can find about Ostara Gardens online', 'Ostara Gardens'],
    ['update Ostara Gardens from their website', 'Ostara Gardens'],
  ])('%s', (text, client) => {
    expect(calls(text)).toEqual(one('enrichClient', { client }));
  });

  it('still opens a client when no website is involved', () => {
    expect(calls('look up Halden Marine')).toEqual(one('showClient', { client: 'Halden Marine' }));
  });
});

describe('sort-only list requests: findClients with the sort (and the number said)', () => {
  it.each([
    ['sort my customers by name', { sort: 'name' }],
    ['order our accounts by revenue', { sort: 'revenue' }],
    ['rank the clients by last activity', { sort: 'lastActivity' }],
    ['arrange clients alphabetically', { sort: 'name' }],
    ['most recently active customers', { sort: 'lastActivity' }],
    ['10 most recently active clients', { sort: 'lastActivity', limit: 10 }],
    ['newest clients first', { sort: 'created' }],
    ['highest paying clients', { sort: 'revenue' }],
    ['order clients by date added', { sort: 'created' }],
    ['sort the client list by creation date', { sort: 'created' }],
    ["who's been most active lately?", { sort: 'lastActivity' }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('findClients', args));
  });

  it('sorts what was just listed, and keeps "recently active" apart from the status Active', () => {
    expect(calls('sort them by revenue', { client: 'Acme' })).toEqual(one('findClients', { sort: 'revenue' }));
    expect(calls('active clients sorted by name')).toEqual(one('findClients', { status: 'active', sort: 'name' }));
  });
});

describe('facts said about owners, currencies, contacts and portal access', () => {
  it.each([
    ['Halden Marine is now owned by Tomasz', 'updateClient', { client: 'Halden Marine', owner: 'Tomasz' }],
    ['Fable Toys will be handled by Priya from now on', 'updateClient', { client: 'Fable Toys', owner: 'Priya' }],
    ['Fable Toys belongs to Lena now', 'updateClient', { client: 'Fable Toys', owner: 'Lena' }],
    ['Halden Marine should be invoiced in NOK', 'updateClient', { client: 'Halden Marine', currency: 'NOK' }],
    ['Quillon Press prefers to be billed in euros', 'updateClient', { client: 'Quillon Press', currency: 'EUR' }],
    ["Sven Aalto's new email at Nordlys Audio is sven.a@nordlys.fi", 'updateContact', { client: 'Nordlys Audio', contact: 'Sven Aalto', email: 'sven.a@nordlys.fi' }],
    ['Sven at Nordlys Audio has a new phone: +358 40 123 4567', 'updateContact', { client: 'Nordlys Audio', contact: 'Sven', phone: '+358 40 123 4567' }],
    ['Clara at Solmar Hotels should be allowed into the portal', 'setPortalAccess', { client: 'Solmar Hotels', contact: 'Clara', enabled: true }],
    ['Clara at Solmar Hotels is not allowed in the portal anymore', 'setPortalAccess', { client: 'Solmar Hotels', contact: 'Clara', enabled: false }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });

  it('a "note that ..." after a clause that named the client is a note on it', () => {
    expect(calls('add Solmar Hotels, then note that they came via a referral')).toEqual([
      { tool: 'createClient', args: { name: 'Solmar Hotels' } }, { tool: 'addNote', args: { client: 'Solmar Hotels', text: 'they came via a referral' } }]);
    expect(calls('note: call after the holidays', { client: 'Fable Toys' })).toEqual(one('addNote', { client: 'Fable Toys', text: 'call after the holidays' }));
  });
});

describe('a reason or remark after a command never stops it, nor joins the name', () => {
  it.each([
    ['mark Quillon Press inactive because they paused the project', 'updateClient', { client: 'Quillon Press', status: 'inactive' }],
    ['archive Fable Toys, they closed down', 'archiveClient', { client: 'Fable Toys' }],
    ['delete Test Co, it was a duplicate', 'deleteClient', { client: 'Test Co' }],
    ['invite Halden Marine to the portal since they asked for it', 'invitePortal', { client: 'Halden Marine' }],
    ['Brisa Studio: new lead, brisa.pt', 'createClient', { name: 'Brisa Studio', status: 'lead', website: 'brisa.pt' }],
    ["Brisa Studio's CFO: Ana Lima, ana@brisa.pt", 'addContact', { client: 'Brisa Studio', name: 'Ana Lima', email: 'ana@brisa.pt', jobTitle: 'CFO' }],
    ['Ana Lima (finance) at Brisa Studio, ana@brisa.pt', 'addContact', { client: 'Brisa Studio', name: 'Ana Lima', email: 'ana@brisa.pt', role: 'finance' }],
    ['write to Fable Toys and ask if they want to renew', 'draftOutreach', { client: 'Fable Toys', goal: 'ask if they want to renew' }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });

  it('keeps the reasons inside a note', () => {
    expect(calls('add a note to Fable Toys: closing early since they moved')).toEqual(one('addNote', { client: 'Fable Toys', text: 'closing early since they moved' }));
  });
});
