// Everyday changes said the way a busy team says them: money that came in, who gets the invoices, a tone the
// spelling corrector would bend ("firmer" is no "former"), what a message says, a status said with what it no longer
// is, and a contact who is gone.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Juniper & Oak', 'Cedar Lane Dental', 'Kitsune Games K.K.', 'Mosaic Kitchens'],
  contacts: ['Tom Becker', 'Priya Nair'], groups: [], members: ['Luis Ortega'],
};
const calls = (text: string) => callsOf(text, known);

describe('everyday changes', () => {
  it('records money a client wired, never reading it as bringing them back from the archive', () => {
    expect(calls('Juniper & Oak just wired us 2,300 dollars')).toEqual([{ tool: 'recordPayment', args: { client: 'Juniper & Oak', amount: 2300 } }]);
  });

  it('makes a contact the billing contact without giving them the finance role', () => {
    expect(calls('put Tom Becker down as the billing contact for Mosaic Kitchens'))
      .toEqual([{ tool: 'updateContact', args: { contact: 'Tom Becker', client: 'Mosaic Kitchens', billingDefault: true } }]);
  });

  it('sets "firmer reminders" though the spelling corrector reads "former"', () => {
    expect(calls('Kitsune Games K.K. should get firmer reminders')).toEqual([{ tool: 'updateClient', args: { client: 'Kitsune Games K.K.', reminderTone: 'firm' } }]);
  });

  it('sends what follows "tell <client>" as the message', () => {
    expect(calls('tell Cedar Lane Dental their files are ready in the portal'))
      .toEqual([{ tool: 'messageClient', args: { client: 'Cedar Lane Dental', text: 'their files are ready in the portal' } }]);
  });

  it('reads "now a client, not a lead" as active, never as a lead', () => {
    expect(calls('Mosaic Kitchens is now a client, not a lead')).toEqual([{ tool: 'updateClient', args: { client: 'Mosaic Kitchens', status: 'active' } }]);
  });

  it('takes off a contact said to be no longer at the client', () => {
    expect(calls("Tom Becker isn't at Mosaic Kitchens anymore")).toEqual([{ tool: 'removeContact', args: { contact: 'Tom Becker', client: 'Mosaic Kitchens' } }]);
  });

  it("lists and exports a group's clients, the group's words not read as a country", () => {
    expect(calls('export clients in the Law Firms group as csv')).toEqual([{ tool: 'exportCsv', args: { group: 'Law Firms' } }]);
    expect(calls('which clients in Germany are in the Nordics group?')).toEqual([{ tool: 'findClients', args: { country: 'DE', group: 'Nordics' } }]);
  });
});
