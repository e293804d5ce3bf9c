// Classes of language the offline parser must understand whatever the words around them: phrasal verbs, declarative
// role changes, quantifiers, descriptions of a business, follow-up clauses, and team roles (not contacts' roles).
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const one = (tool: string, args: Record<string, unknown>) => [{ tool, args }];

describe('phrasal verbs: the particle is part of the verb, never of a name', () => {
  it.each([
    ['bring back Acme Corp from the archive', 'unarchiveClient', { client: 'Acme Corp' }],
    ['get Pied Piper back out of the archive', 'unarchiveClient', { client: 'Pied Piper' }],
    ['bring Umbrella Health back', 'unarchiveClient', { client: 'Umbrella Health' }],
    ['pull up Globex', 'showClient', { client: 'Globex' }],
    ['look Initech up', 'showClient', { client: 'Initech' }],
    ['could you check up on Stark Logistics', 'showClient', { client: 'Stark Logistics' }],
    ['set up Blue Fox Ltd as a client', 'createClient', { name: 'Blue Fox Ltd' }],
    ['set Lumen Studio up as a lead', 'createClient', { name: 'Lumen Studio', status: 'lead' }],
    ['hand Globex over to Maria', 'updateClient', { client: 'Globex', owner: 'Maria' }],
    ['hand over Café Noir to Lena', 'updateClient', { client: 'Café Noir', owner: 'Lena' }],
    ['put Initech on hold', 'updateClient', { client: 'Initech', status: 'inactive' }],
    ['Orbit Media is on hold', 'updateClient', { client: 'Orbit Media', status: 'inactive' }],
    ['take Initech off hold', 'updateClient', { client: 'Initech', status: 'active' }],
    ['send out a portal invite to Hooli', 'invitePortal', { client: 'Hooli' }],
    ['write up a note on Hooli: call back on Monday', 'addNote', { client: 'Hooli', text: 'call back on Monday' }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });

  it('keeps a capitalised word that looks like a particle inside a name', () => {
    expect(calls('add Up & Away Travel')).toEqual(one('createClient', { name: 'Up & Away Travel' }));
  });
});

describe('declarative role assignment: a fact about a contact is an updateContact', () => {
  it.each([
    ['Jane Doe is the new billing contact for Acme Corp', { client: 'Acme Corp', contact: 'Jane Doe', billingDefault: true }],
    ['Jane handles finance at Acme Corp', { client: 'Acme Corp', contact: 'Jane', role: 'finance' }],
    ['Tom will be our main contact at Kestrel Aviation', { client: 'Kestrel Aviation', contact: 'Tom', primary: true }],
    ['Ravi is the decision maker at Halcyon Labs', { client: 'Halcyon Labs', contact: 'Ravi', role: 'decision_maker' }],
    ['Ravi handles billing for Halcyon Labs', { client: 'Halcyon Labs', contact: 'Ravi', billingDefault: true }],
    ['Sam is the point of contact for Initech now', { client: 'Initech', contact: 'Sam', primary: true }],
    ['the billing contact at Globex is now Nina Petrova', { client: 'Globex', contact: 'Nina Petrova', billingDefault: true }],
    ['Tom Becker is now the CTO at Kestrel Aviation', { client: 'Kestrel Aviation', contact: 'Tom Becker', jobTitle: 'CTO' }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('updateContact', args));
  });

  it('adds the person when the sentence gives their email, and leaves owners and statuses to updateClient', () => {
    expect(calls('Aiko Tanaka (aiko@initech.com) is the technical lead at Initech')).toEqual(
      one('addContact', { client: 'Initech', name: 'Aiko Tanaka', email: 'aiko@initech.com', role: 'technical_lead' }));
    expect(calls('Lena is the new owner of Café Noir')).toEqual(one('updateClient', { client: 'Café Noir', owner: 'Lena' }));
    expect(calls('Maria handles Globex')).toEqual(one('updateClient', { client: 'Globex', owner: 'Maria' }));
    expect(calls('Acme Corp is active now')).toEqual(one('updateClient', { client: 'Acme Corp', status: 'active' }));
    expect(typeof calls('Jane is a friend of Acme')).toBe('string');
  });
});

describe('quantifiers mean every contact, never a contact named "everyone"', () => {
  it.each([
    ['invite everyone at Hooli to the portal', 'invitePortal', { client: 'Hooli' }],
    ['invite all contacts at Hooli to the portal', 'invitePortal', { client: 'Hooli' }],
    ['send portal invites to the whole team at Globex', 'invitePortal', { client: 'Globex' }],
    ["invite all of Hooli's contacts to the portal", 'invitePortal', { client: 'Hooli' }],
    ["invite Hooli's whole team to the portal", 'invitePortal', { client: 'Hooli' }],
    ['email every contact at Acme Corp a portal invite', 'invitePortal', { client: 'Acme Corp' }],
    ['give everybody at Initech portal access', 'setPortalAccess', { client: 'Initech', enabled: true }],
    ['turn off the portal for everyone at Initech', 'setPortalAccess', { client: 'Initech', enabled: false }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });
});

describe('a description of the business gives its industry and place', () => {
  it.each([
    ['add Wanderlust, a travel company in Sydney, Australia', { name: 'Wanderlust', industry: 'travel', address: { city: 'Sydney', country: 'AU' } }],
    ['add Atelier Roux, an architecture firm in Lyon', { name: 'Atelier Roux', industry: 'architecture', address: { city: 'Lyon' } }],
    ['add Kontor Pay, a Berlin-based fintech', { name: 'Kontor Pay', industry: 'fintech', address: { city: 'Berlin' } }],
    ['add Mercy Clinic (healthcare)', { name: 'Mercy Clinic', industry: 'healthcare' }],
    ["new client Koru Design, they're a design agency in Auckland, New Zealand", { name: 'Koru Design', industry: 'design', address: { city: 'Auckland', country: 'NZ' } }],
    ['add Bolt Legal, a small law firm based in Dublin, Ireland, email hi@boltlegal.ie', { name: 'Bolt Legal', industry: 'law', email: 'hi@boltlegal.ie', address: { city: 'Dublin', country: 'IE' } }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('createClient', args));
  });
});

describe('"add <person> as their <role>" after a new client adds a contact to it', () => {
  it.each([
    ['create client Yolo Ltd and add don@yolo.com as their decision maker', { email: 'don@yolo.com', role: 'decision_maker' }],
    ['add Brightside and add Don Draper as their CFO', { name: 'Don Draper', jobTitle: 'CFO' }],
    ['create Peak Bikes, then add sara@peakbikes.com as a contact', { email: 'sara@peakbikes.com' }],
    ['add Peak Bikes and add Sara Lind (sara@peakbikes.com) as billing contact', { name: 'Sara Lind', email: 'sara@peakbikes.com', billingDefault: true }],
  ])('%s', (text, contact) => {
    const [created, added] = calls(text) as Array<{ tool: string; args: Record<string, unknown> }>;
    expect(created.tool).toBe('createClient');
    expect(added).toEqual({ tool: 'addContact', args: { client: created.args.name, ...contact } });
  });

  it('still creates a second client when the "as" phrase is about clients', () => {
    expect(calls('add Acme and add Globex as a client')).toEqual([
      { tool: 'createClient', args: { name: 'Acme' } }, { tool: 'createClient', args: { name: 'Globex' } }]);
  });
});

describe('team members by chat, kept apart from contacts and account owners', () => {
  it.each([
    ['make bob@studio.com an admin', 'setMemberRole', { member: 'bob@studio.com', role: 'admin' }],
    ['<@U07BOT123> make <@U02XYZ789> an admin', 'setMemberRole', { member: 'U02XYZ789', role: 'admin' }],
    ['promote Lena to owner', 'setMemberRole', { member: 'Lena', role: 'owner' }],
    ['demote bob@studio.com to member', 'setMemberRole', { member: 'bob@studio.com', role: 'member' }],
    ["change Bob's role to manager", 'setMemberRole', { member: 'Bob', role: 'manager' }],
    ['give Sam admin rights', 'setMemberRole', { member: 'Sam', role: 'admin' }],
    ['invite sam@studio.com to the team as a manager', 'inviteMember', { email: 'sam@studio.com', role: 'manager' }],
    ['add Priya (priya@studio.com) to the team as an admin', 'inviteMember', { email: 'priya@studio.com', name: 'Priya', role: 'admin' }],
    ['invite maria@studio.com to the workspace', 'inviteMember', { email: 'maria@studio.com' }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });

  it('leaves contact roles, account owners and portal invitations alone', () => {
    expect(calls('make Jane the finance contact at Acme Corp')).toEqual(one('updateContact', { client: 'Acme Corp', contact: 'Jane', role: 'finance' }));
    expect(calls("change Aiko's role at Initech to technical lead")).toEqual(one('updateContact', { client: 'Initech', contact: 'Aiko', role: 'technical_lead' }));
    expect(calls('make Lena the owner of Café Noir')).toEqual(one('updateClient', { client: 'Café Noir', owner: 'Lena' }));
    expect(calls('invite Olivia at Hooli to the portal')).toEqual(one('invitePortal', { client: 'Hooli', contact: 'Olivia' }));
    expect(calls('add Tom Becker to Kestrel Aviation as project manager')).toEqual(one('addContact', { client: 'Kestrel Aviation', name: 'Tom Becker', role: 'project_manager' }));
  });
});

describe('what a message says around its command', () => {
  it('reads misspelt domain nouns but never rewrites a name', () => {
    expect(calls('add clinet Northwind Traders')).toEqual(one('createClient', { name: 'Northwind Traders' }));
    expect(calls('show all clinets in canada')).toEqual(one('findClients', { country: 'CA' }));
    expect(calls('add Clinet Labs')).toEqual(one('createClient', { name: 'Clinet Labs' }));
  });

  it('creates each client of a list said as plural', () => {
    expect(calls('add Zenith Partners and Apex Analytics as clients')).toEqual([
      { tool: 'createClient', args: { name: 'Zenith Partners' } }, { tool: 'createClient', args: { name: 'Apex Analytics' } }]);
    expect(calls('add Salt and Pepper Studio as a client')).toEqual(one('createClient', { name: 'Salt and Pepper Studio' }));
  });

  it('takes "them" from a leading clause that only tells what happened', () => {
    expect(calls('Pied Piper churned, mark them as past')).toEqual(one('updateClient', { client: 'Pied Piper', status: 'past' }));
    expect(calls('Hooli finally paid, send them a portal invite')).toEqual(one('invitePortal', { client: 'Hooli' }));
  });

  it('keeps the purpose of an outreach out of the client name', () => {
    expect(calls('draft an email to win back Pied Piper')).toEqual(one('draftOutreach', { client: 'Pied Piper' }));
    expect(calls('write to Dunder Mifflin to see if they need help')).toEqual(one('draftOutreach', { client: 'Dunder Mifflin', goal: 'see if they need help' }));
  });
});

describe('payments and amounts however they are said', () => {
  it.each([
    ["I'd like to record that Lumen Studio paid us $1,500 on October 30", { client: 'Lumen Studio', amount: 1500, date: '2026-10-30' }],
    ['got 12k from Stark Logistics this morning', { client: 'Stark Logistics', amount: 12000, date: '2026-11-22' }],
    ['Sakura Foods sent 1.5 million yen', { client: 'Sakura Foods', amount: 1500000 }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(one('recordPayment', args));
  });

  it('reads thousands grouped with spaces, and keeps phone numbers out of amounts', () => {
    expect(calls('invoice Nordic Bytes AB SEK 45 000 for consulting')).toEqual(
      one('createInvoice', { client: 'Nordic Bytes AB', amount: 45000, currency: 'SEK', description: 'consulting' }));
    expect(calls('add Greenleaf Organics, phone +44 20 7946 0321')).toEqual(one('createClient', { name: 'Greenleaf Organics', phone: '+44 20 7946 0321' }));
  });

  it('ignores greetings, thanks and "when you get a chance" around the command', () => {
    expect(calls('Hi there! When you get a chance, could you add Thornbury & Finch LLP as a new client? Thanks so much!'))
      .toEqual(one('createClient', { name: 'Thornbury & Finch LLP' }));
  });

  it('reads a possessive role as a fact about an existing contact', () => {
    expect(calls("jane.doe@acme.com is Acme Corp's billing contact now")).toEqual(
      one('updateContact', { client: 'Acme Corp', contact: 'jane.doe@acme.com', billingDefault: true }));
  });
});

describe('classes found by the held-out cases', () => {
  it('reads more ways of switching portal access off', () => {
    expect(calls('kill the portal access for Dana Whitfield at Brightwater Pools')).toEqual(
      one('setPortalAccess', { client: 'Brightwater Pools', contact: 'Dana Whitfield', enabled: false }));
  });
  it('"record <amount> from X" is a payment', () => {
    expect(calls('record 1.5 million yen from Sakura Foods on Nov 3')).toEqual(
      one('recordPayment', { client: 'Sakura Foods', amount: 1500000, date: '2026-11-03' }));
  });
  it('"owned by Maria" names an owner, not a sort order', () => {
    expect(calls('clients owned by Maria created before June')).toEqual(one('findClients', { owner: 'Maria', createdTo: '2026-05-31' }));
  });
  it('keeps the verb and the possessive object out of the client', () => {
    expect(calls("regenerate Globex's portal link, somebody leaked it")).toEqual(one('regeneratePortalLink', { client: 'Globex' }));
    expect(calls("show Globex's invoices")).toEqual(one('showClient', { client: 'Globex' }));
  });
});

describe('more shapes of the same requests', () => {
  it.each([
    ['Acme Corp: new contact Jane Roe, jane@acme.com', 'addContact', { client: 'Acme Corp', name: 'Jane Roe', email: 'jane@acme.com' }],
    ['who owns Hooli?', 'showClient', { client: 'Hooli' }],
    ['show me everything on Initech', 'showClient', { client: 'Initech' }],
    ['email Olivia at Hooli her portal link', 'invitePortal', { client: 'Hooli', contact: 'Olivia' }],
    ['add a $2,000 invoice for Hooli due next Friday', 'createInvoice', { client: 'Hooli', amount: 2000, currency: 'USD', dueDate: '2026-11-27' }],
    ['create a 500 EUR invoice for Globex for hosting', 'createInvoice', { client: 'Globex', amount: 500, currency: 'EUR', description: 'hosting' }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });
});
