// Requests in other words than the usual verbs: a client's record asked to be seen, a client recovered from the
// archive, a status said in passing, a new name given "with name", a field changed with "the new one is", a client
// "called" in lower case, and an invoice sent by its client's name.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = {
  clients: ['Brava Ceramica S.r.l.', 'Ostrowski Meble Sp. z o.o.', 'Hollow Pine Cabins', 'Marlow & Vance', 'Fonte Nova Lda'],
  contacts: [], groups: [], members: [],
};
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });
const calls = (text: string) => callsOf(text, known);

describe('requests in other words', () => {
  it("shows a client's complete record, never reading \"complete\" as a delete", () => {
    expect(calls('I should like to see the complete record of Ostrowski Meble Sp. z o.o., if you would be so kind'))
      .toEqual([{ tool: 'showClient', args: { client: 'Ostrowski Meble Sp. z o.o.' } }]);
    expect(calls('pull up the full profile for Hollow Pine Cabins')).toEqual([{ tool: 'showClient', args: { client: 'Hollow Pine Cabins' } }]);
  });

  it('brings a client back out of the archive when the words say so, and still archives one', () => {
    expect(calls('recover from the archive the client Marlow & Vance')).toEqual([{ tool: 'unarchiveClient', args: { client: 'Marlow & Vance' } }]);
    expect(calls("Hollow Pine Cabins is open again, so it shouldn't be in the archive anymore")).toEqual([{ tool: 'unarchiveClient', args: { client: 'Hollow Pine Cabins' } }]);
    expect(calls('archive Marlow & Vance')).toEqual([{ tool: 'archiveClient', args: { client: 'Marlow & Vance' } }]);
  });

  it("takes a status said of the client in passing (\"they're dormant\")", () => {
    expect(calls("Fonte Nova Lda has gone quiet, they're dormant")).toEqual([{ tool: 'updateClient', args: { client: 'Fonte Nova Lda', status: 'inactive' } }]);
  });

  it('names a new project given "with name", and a new client "called" in lower case', () => {
    expect(calls('Please make for Brava Ceramica S.r.l. a new project with name "Ladenbau Innsbruck"'))
      .toEqual([{ tool: 'createProject', args: { client: 'Brava Ceramica S.r.l.', name: 'Ladenbau Innsbruck' } }]);
    expect(calls('can you add a client called fjellro? all lowercase')).toEqual([{ tool: 'createClient', args: { name: 'fjellro' } }]);
  });

  it('changes a field whose new value is given as "the new one is"', () => {
    expect(calls('I would like that you change the email of Brava Ceramica S.r.l., the new one is ordini@bravaceramica.example'))
      .toEqual([{ tool: 'updateClient', args: { client: 'Brava Ceramica S.r.l.', email: 'ordini@bravaceramica.example' } }]);
  });

  it("sends the client's invoice when the command begins with send, though the classifier leaned to showing the client", () => {
    expect(calls('Send the invoice of Fonte Nova Lda, is only one open')).toEqual([{ tool: 'sendInvoice', args: { invoice: 'Fonte Nova Lda' } }]);
  });

  it('reads a tax number the tagger took for a phone by the field word around it', () => {
    const d = read('could we maybe store the GSTIN of Hollow Pine Cabins, 29AABCH4821Q1Z7, as their tax id?');
    const said = d.kind === 'calls' ? JSON.stringify(d.calls) : d.text;
    expect(said).toContain('29AABCH4821Q1Z7');
    expect(said).not.toMatch(/phone/);
  });

  it('reads a payment said as paid, though "register it" leans elsewhere, and a tone wanted for the reminders', () => {
    expect(calls('The client Marlow & Vance has payed the 640 euros, please register it')).toEqual([{ tool: 'recordPayment', args: { client: 'Marlow & Vance', amount: 640 } }]);
    expect(calls('For Hollow Pine Cabins I want that the reminders are more gentle, friendly tone'))
      .toEqual([{ tool: 'updateClient', args: { client: 'Hollow Pine Cabins', reminderTone: 'friendly' } }]);
  });

  it('shows "the card of the client" asked for politely', () => {
    expect(calls('I would like to see the card of the client Fonte Nova Lda')).toEqual([{ tool: 'showClient', args: { client: 'Fonte Nova Lda' } }]);
  });

  it('renames said the long way: "change the name of the group X in Y", "our business to be known as"', () => {
    const d = readMessage('change the name of the group Export Partners in Overseas Partners', { today: READ_DAY, memory: {}, known: { ...known, groups: ['Export Partners'] } });
    expect(d).toEqual({ kind: 'calls', calls: [{ tool: 'updateGroup', args: { group: 'Export Partners', name: 'Overseas Partners' } }] });
    expect(calls('Good morning. I should like our Business to be known as "Pryce & Dale Surveyors" in the system. Kind regards, Patricia'))
      .toEqual([{ tool: 'updateWorkspace', args: { name: 'Pryce & Dale Surveyors' } }]);
  });

  it("changes the workspace's own default said of the whole business, and enriches a client asked to be completed from the internet", () => {
    expect(calls('Please make Pounds Sterling the default currency for the whole business.')).toEqual([{ tool: 'updateWorkspace', args: { currency: 'GBP' } }]);
    expect(calls('complete the data of Fonte Nova Lda from internet please')).toEqual([{ tool: 'enrichClient', args: { client: 'Fonte Nova Lda' } }]);
  });
});
