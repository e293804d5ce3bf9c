// Details said after the field's own word are kept, not dropped: a due date after "due" (in English or German),
// a validity date, "share it in the portal" / "don't share it yet", "no portal access", a project's status,
// and "him"/"her" for the person just named. Before, each became a write with that detail silently missing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const today = READ_DAY;

describe('a detail named by its own word is kept', () => {
  it.each([
    ['invoice Corvid Labs 1,800 EUR for the audit, due 30 June', { dueDate: '2026-06-30', currency: 'EUR', amount: 1800 }],
    ['bill Corvid Labs 900 for hosting, fällig am 15. Juli', { dueDate: '2026-07-15', amount: 900 }],
    ['quote Corvid Labs "Logo refresh" 2,400 EUR, valid until 31 July', { validUntil: '2026-07-31', title: 'Logo refresh' }],
    ['upload ./briefs/kickoff.pdf to Corvid Labs and share it in the portal', { file: './briefs/kickoff.pdf', shared: true }],
    ["upload ./briefs/kickoff.pdf to Corvid Labs, don't share it yet", { file: './briefs/kickoff.pdf', shared: false }],
    ['add Mira Osei to Corvid Labs, no portal access', { name: 'Mira Osei', portalEnabled: false }],
    ['create a project Data Migration for Corvid Labs, on hold for now', { name: 'Data Migration', status: 'on_hold' }],
    ['invoice Corvid Labs 2k due fri', { dueDate: '2026-06-05', amount: 2000 }],
    ['Rechnung für Corvid Labs, 4.750,00 €, fällig in 30 Tagen', { dueDate: '2026-07-01', amount: 4750, currency: 'EUR' }],
    ['quote für Corvid Labs: Neue Fotos, 2.900 €, gültig bis Ende Juli', { validUntil: '2026-07-31', amount: 2900 }],
  ])('%s', (text, args) => {
    const calls = callsOf(text);
    expect(calls).toHaveLength(1);
    expect(calls[0].args).toMatchObject({ client: 'Corvid Labs', ...args });
  });

  it('a paused client is not given an end date by "until next year"', () => {
    const d = readMessage('Corvid Labs is paused until next year', { today, memory: {} });
    if (d.kind === 'calls') for (const c of d.calls) expect(c.args.endDate).toBeUndefined();
  });
});

describe('values said another way', () => {
  it('a client asked for with complete billing details is the full form', () => {
    expect(callsOf('create Corvid Labs as a client with complete billing details')).toEqual([{ tool: 'createClient', args: { name: 'Corvid Labs', complete: true } }]);
  });

  it('an email said aloud is an email', () => {
    expect(callsOf('create a client named lighthouse dental their email is info at lighthousedental dot com')).toEqual([
      { tool: 'createClient', args: { name: 'lighthouse dental', email: 'info@lighthousedental.com' } },
    ]);
  });

  it('a due date said once for both invoices goes on both', () => {
    const calls = callsOf('invoice Hollow Pine $2,000 and Ember Works $3,000, both due June 30');
    expect(calls.map((c) => [c.args.client, c.args.amount, c.args.dueDate])).toEqual([['Hollow Pine', 2000, '2026-06-30'], ['Ember Works', 3000, '2026-06-30']]);
  });
});

describe('"him" and "her" point at the person just named', () => {
  it('an invitation for him goes to that contact at that client', () => {
    expect(callsOf('add Tomas Berg to Corvid Labs and invite him to the portal')).toEqual([
      { tool: 'addContact', args: { name: 'Tomas Berg', client: 'Corvid Labs' } },
      { tool: 'invitePortal', args: { client: 'Corvid Labs', contact: 'Tomas Berg' } },
    ]);
  });

  it('making her the billing default while adding her is one new contact', () => {
    expect(callsOf('add Lena Fox to Corvid Labs and make her the billing default')).toEqual([
      { tool: 'addContact', args: { name: 'Lena Fox', client: 'Corvid Labs', billingDefault: true } },
    ]);
  });
});

describe('chat after /client is not a new lead', () => {
  it.each(['/client lol', '/client thanks', '/client haha'])('%s', (text) => {
    expect(readMessage(text, { today, memory: {} }).kind).toBe('reply');
  });

  it('a bare name still adds a lead', () => {
    expect(callsOf('/client acme')).toEqual([{ tool: 'createClient', args: { name: 'acme' } }]);
  });
});

describe('a name without the words around it, a value said with "not"', () => {
  it.each([
    ['dana at corvid labs phone now +44 20 7946 0000', { tool: 'updateContact', args: { contact: 'dana', client: 'corvid labs', phone: '+44 20 7946 0000' } }],
    ['Remember Corvid Labs? could you pull them out of the archive?', { tool: 'unarchiveClient', args: { client: 'Corvid Labs' } }],
    ['Dana Reyes is no longer the primary contact at Corvid Labs', { tool: 'updateContact', args: { contact: 'Dana Reyes', client: 'Corvid Labs', primary: false } }],
  ])('%s', (text, call) => {
    expect(callsOf(text)).toEqual([call]);
  });

  it('a legal form keeps its full stop at the end of a sentence ("Ltda."), a British "Ltd" gets none', () => {
    expect(callsOf('Please apply the enrichment results to Costa Verde Ltda.')).toEqual([{ tool: 'applyEnrichment', args: { client: 'Costa Verde Ltda.' } }]);
    expect(callsOf('archive Corvid Labs Ltd.')).toEqual([{ tool: 'archiveClient', args: { client: 'Corvid Labs Ltd' } }]);
  });

  it('a name that starts with a verb-like word keeps it when it is not the start of the message', () => {
    expect(callsOf('show Check Point Software')).toEqual([{ tool: 'showClient', args: { client: 'Check Point Software' } }]);
  });

  it('"not <value>" is never written as the value', () => {
    const d = readMessage('Corvid Labs is in the medical devices industry, not healthcare', { today, memory: {} });
    if (d.kind === 'calls') for (const c of d.calls) expect(c.args.industry).not.toBe('healthcare');
  });

  it('a status after /client is still a status ("client" is not a negation)', () => {
    expect(callsOf('/client export leads')).toEqual([{ tool: 'exportCsv', args: { status: 'lead' } }]);
  });
});

describe('a project, a currency and a country said the short way', () => {
  it('"against it" is the project this message sets up', () => {
    expect(callsOf('Create a project "Website 2027" for Corvid Labs and invoice them €4,000 against it')[1]).toEqual(
      { tool: 'createInvoice', args: { client: 'Corvid Labs', currency: 'EUR', amount: 4000, project: 'Website 2027' } },
    );
  });

  it('"against it" with no project named is a question, not an invoice', () => {
    expect(readMessage('invoice Corvid Labs 500 EUR against it', { today, memory: {} })).toEqual({ kind: 'reply', text: 'Which project is the invoice for? Tell me its name.' });
  });

  it('a currency code typed in lower case', () => {
    expect(callsOf("new group 'APAC retainers' aud net 14 friendly reminders")[0].args).toMatchObject({ name: 'APAC retainers', currency: 'AUD', paymentTerms: 14 });
  });

  it('two letters after a city outside North America are its country, also after /client', () => {
    expect(callsOf('/client de vries bouw bv, utrecht nl')).toEqual([{ tool: 'createClient', args: { name: 'de vries bouw bv', address: { city: 'utrecht', country: 'NL' } } }]);
  });
});

describe('a second action the tagger ran into a name', () => {
  it('"archive X & turn off their portal" is two actions on X', () => {
    expect(callsOf('archive Corvid Labs & turn off their portal')).toEqual([
      { tool: 'archiveClient', args: { client: 'Corvid Labs' } },
      { tool: 'setPortalAccess', args: { enabled: false, client: 'Corvid Labs' } },
    ]);
  });

  it.each([['archive Print & Send', 'Print & Send'], ['archive Print & Send Co please', 'Print & Send Co']])('a name with a verb in it stays whole: %s', (text, name) => {
    expect(callsOf(text)).toEqual([{ tool: 'archiveClient', args: { client: name } }]);
  });
});

describe('relayed requests and lists of clients', () => {
  it.each([
    ['for Ben: move Heron to inactive', { tool: 'updateClient', args: { client: 'Heron', status: 'inactive' } }],
    ['On behalf of Priya: please archive Corvid Labs', { tool: 'archiveClient', args: { client: 'Corvid Labs' } }],
  ])('%s', (text, call) => {
    expect(callsOf(text)).toEqual([call]);
  });

  it('a list the tagger cut into clauses of bare names is still one list', () => {
    expect(callsOf('set net 30 for Hooli, Ember Works and Corvid Labs').map((c) => [c.tool, c.args.client, c.args.paymentTerms])).toEqual([
      ['updateClient', 'Hooli', 30], ['updateClient', 'Ember Works', 30], ['updateClient', 'Corvid Labs', 30],
    ]);
  });

  it('a list with a name read as something else is a question, not a change to some of them', () => {
    const d = readMessage('set net 30 for Hollow Pine, Ember Works and Corvid Labs', { today, memory: {} });
    expect(d.kind).toBe('reply');
    if (d.kind === 'reply') expect(d.text).toContain('Ember Works');
  });

  it('one change to two clients named in a list is a change to each', () => {
    expect(callsOf('mark Corvid Labs and Ember Works active')).toEqual([
      { tool: 'updateClient', args: { client: 'Corvid Labs', status: 'active' } },
      { tool: 'updateClient', args: { client: 'Ember Works', status: 'active' } },
    ]);
  });
});
