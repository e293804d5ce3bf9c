// A new client said in so many words is added: "net-new", "new customer", a person "added as a client", a name
// written with quotes and more after them; and no group is read into a request that names none.
import { beforeAll, describe, expect, it } from 'vitest';
import { commandReader, loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { withoutRelayer } from '../../../src/agent/offline/nlu/find-client-name';
import type { Clause } from '../../../src/agent/offline/nlu/command-reader';
import { withClientSettings, withLabelledAction, withSaidChange, withSaidNew } from '../../../src/agent/offline/nlu/read-polarity';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a new client said in so many words', () => {
  it('adds a client the message calls net-new, never changes one', () => {
    expect(callsOf('net-new: Halden Lumber Co, based in Duluth, Minnesota')).toEqual([
      { tool: 'createClient', args: { name: 'Halden Lumber Co', address: { city: 'Duluth', region: 'Minnesota' } } },
    ]);
    expect(callsOf('/client net-new account: Quillfeather Media, website quillfeather.co')).toEqual([
      { tool: 'createClient', args: { name: 'Quillfeather Media', website: 'quillfeather.co' } },
    ]);
  });

  it('adds a person asked for as a client as the client, not as its contact, and makes no group of it', () => {
    expect(callsOf("could we maybe add Tomasz Wrona as a client? he's a photographer in Gdańsk")).toEqual([
      { tool: 'createClient', args: { name: 'Tomasz Wrona', address: { city: 'Gdańsk' } } },
    ]);
    const d = readMessage('could we maybe add Saanvi Rao as a client? she writes cookbooks in Pune, India, pays in rupees', { today: READ_DAY, memory: {} });
    expect(JSON.stringify(d)).not.toMatch(/createGroup/);
  });

  it("keeps the quotes of a name that goes on after them, wherever the tagger began it", () => {
    expect(callsOf('new logo "Bright Harbour" Pty Ltd, Hobart AU, AUD billing')[0].args.name).toBe('"Bright Harbour" Pty Ltd');
    expect(callsOf('new account "Red Kite" Outfitters Pty Ltd, Perth AU')[0].args.name).toBe('"Red Kite" Outfitters Pty Ltd');
    expect(callsOf('add "Sunrise Foods" and archive Copperline Ltd')[0]).toEqual({ tool: 'createClient', args: { name: 'Sunrise Foods' } });
  });
});

// A clause as the reader would give it, with the classifier's ranking chosen by the test.
function clauseOf(text: string, ranking: Array<[string, number]>, spans: Array<{ slot: string; text: string }> = []): Clause {
  const words = text.split(' ');
  const at = (t: string) => words.indexOf(t.split(' ')[0]);
  return {
    from: 0, to: words.length - 1, text, words, boundary: 0, ranking: ranking.map(([label, p]) => ({ label, p })),
    spans: spans.map((s) => ({ ...s, from: at(s.text), to: at(s.text) + s.text.split(' ').length - 1, margin: 10 })),
  };
}

describe('notes and settings said of a client', () => {
  it('writes into the notes what is said to go in the notes, and still sends a message asked for', () => {
    const notes = clauseOf('write in the notes of Okada Print that the year ends in March', [['messageClient', 0.999], ['addNote', 0.0005]]);
    expect(withLabelledAction(notes).ranking[0].label).toBe('addNote');
    const message = clauseOf('message Okada Print: please note that the office is closed', [['messageClient', 0.999], ['addNote', 0.0005]]);
    expect(withLabelledAction(message).ranking[0].label).toBe('messageClient');
  });

  it('reads an opportunity with its champion as a new client, not a contact added to one', () => {
    const opp = clauseOf('opp: Kestrel Ridge Farms, champion is Amara Obi', [['addContact', 0.9], ['createClient', 0.05]]);
    expect(withSaidNew(opp).ranking[0].label).toBe('createClient');
    expect(withSaidNew(opp).ranking.some((r) => r.label === 'addContact')).toBe(false);
    const contact = clauseOf('at Kestrel Ridge Farms the champion is Amara Obi', [['addContact', 0.9], ['createClient', 0.05]]);
    expect(withSaidNew(contact).ranking[0].label).toBe('addContact');
  });

  it('reads a change verb with no word for adding as a change to the client, never a new one', () => {
    const change = clauseOf('Put the client Atelier Roux in state inactive', [['createClient', 0.8], ['updateClient', 0.15]]);
    expect(withSaidChange(change).ranking[0].label).toBe('updateClient');
    expect(withSaidChange(change).ranking[0].p).toBeCloseTo(0.95);
    const add = clauseOf('put Atelier Roux in as a new lead', [['createClient', 0.8], ['updateClient', 0.15]]);
    expect(withSaidChange(add).ranking[0].label).toBe('createClient');
  });

  it("changes a named client's settings, not the workspace's defaults, unless the words say the workspace", () => {
    const client = clauseOf('please change reminders of Grupo Solano to firm', [['updateWorkspace', 0.7], ['updateClient', 0.2]], [{ slot: 'client', text: 'Grupo Solano' }]);
    expect(withClientSettings(client).ranking[0].label).toBe('updateClient');
    expect(withClientSettings(client).ranking[0].p).toBeCloseTo(0.9);
    const workspace = clauseOf('make firm the default for every client like Grupo Solano', [['updateWorkspace', 0.7]], [{ slot: 'client', text: 'Grupo Solano' }]);
    expect(withClientSettings(workspace).ranking[0].label).toBe('updateWorkspace');
  });
});

describe('a client named by its account', () => {
  it('reads "the Marlow contract" and "the fenwick account" as the clients Marlow and fenwick', () => {
    expect(callsOf('archive the Marlow contract')).toEqual([{ tool: 'archiveClient', args: { client: 'Marlow' } }]);
    const d = readMessage('make priya the owner of the fenwick account', { today: READ_DAY, memory: {} });
    expect(d.kind === 'reply' && d.text).toContain('update the client fenwick: owner priya');
  });
});

describe('the slash command\'s bare name', () => {
  it('adds a lead when the name is all there is, and is only the topic when actions follow it', () => {
    expect(callsOf('/client Rua Azul Lda, Porto, Portugal')).toEqual([{ tool: 'createClient', args: { name: 'Rua Azul Lda', address: { city: 'Porto', country: 'PT' } } }]);
    expect(callsOf('/client Copperline Ltd; Q-0042 accepted; invoice €8,500 due in 14 days')).toEqual([
      { tool: 'createInvoice', args: { client: 'Copperline Ltd', amount: 8500, currency: 'EUR', dueDate: '2026-06-15' } },
    ]);
  });
});

describe('who relays a request', () => {
  it('is not the contact of the client the request is about, but an invitee stays the invitee', () => {
    const reading = commandReader().read('Oliver from sales says Copperline Ltd is a hot prospect, please add them');
    const base = reading.clauses[0];
    const oliver = { slot: 'person', text: 'Oliver', from: 0, to: 0, margin: 5 };
    const asked = (label: string) => ({ ...base, spans: [oliver, ...base.spans.filter((s) => s.slot !== 'person')], ranking: [{ label, p: 0.9 }] });
    expect(withoutRelayer(reading, asked('createClient')).spans).not.toContainEqual(oliver);
    expect(withoutRelayer(reading, asked('inviteMember')).spans).toContainEqual(oliver);
  });
});

describe('a request taken back as it is written', () => {
  it('does nothing and says so', () => {
    for (const text of ['export the Berlin leads? nah forget it', 'archive Copperline Ltd... actually, never mind', 'scratch that']) {
      expect(readMessage(text, { today: READ_DAY, memory: {} })).toEqual({ kind: 'reply', text: 'OK, I have left it. Nothing was changed.' });
    }
  });
});

describe('"add" typed short', () => {
  it('"ad" before a name adds the client; a name that begins with "Ad" stays a name', () => {
    expect(callsOf('ad Harbour Bakery to my clients please')).toEqual([{ tool: 'createClient', args: { name: 'Harbour Bakery' } }]);
    const named = readMessage('Ad Astra Labs wants a quote', { today: READ_DAY, memory: {} });
    expect(named.kind === 'reply' ? named.text : '').toContain('Ad Astra Labs');
  });
});

