// A reminder of a client's invoice ("send Acme a reminder about the overdue invoice") sends that invoice again, which
// the person confirms like any send; it is never read as a web lookup of the client, and "remind me" sends nothing.
// What a quote is for, said after its amount ("quote X 3k for a logo"), is its title.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Lumen Forge'], contacts: [], groups: [], members: [] };

describe('a reminder of an invoice', () => {
  it.each(['send Acme Corp a reminder about the overdue invoice', 'remind Acme Corp about the overdue invoice'])('"%s" sends the invoice again', (text) => {
    expect(callsOf(text, known)).toEqual([{ tool: 'sendInvoice', args: { invoice: 'Acme Corp' } }]);
  });

  it('"remind me to ..." is the person\'s own reminder: nothing is sent', () => {
    const d = readMessage('remind me to call Acme Corp about the invoice', { today: READ_DAY, memory: {}, known });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('sendInvoice');
  });
});

describe('an invoice acted on in other words than sending it', () => {
  it.each(['void invoice INV-0042', 'cancel INV-0042 please'])('"%s" sends nothing', (text) => {
    const d = readMessage(text, { today: READ_DAY, memory: {}, known });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('sendInvoice');
  });
});

describe('looking a client up on the web', () => {
  it('is read only when the words ask for it', () => {
    expect(callsOf('look up Lumen Forge online and fill in their details', known)).toEqual([{ tool: 'enrichClient', args: { client: 'Lumen Forge' } }]);
    const d = readMessage('Acme Corp needs a reminder about the overdue invoice', { today: READ_DAY, memory: {}, known });
    expect(d.kind === 'calls' ? d.calls.map((c) => c.tool) : []).not.toContain('enrichClient');
  });
});

describe('what a quote is for, said after its amount', () => {
  it('"quote Lumen Forge 3k for a logo" is titled "logo"; "for it" or "for the client" titles nothing', () => {
    expect(callsOf('quote Lumen Forge 3k for a logo', known)).toEqual([{ tool: 'createQuote', args: { client: 'Lumen Forge', amount: 3000, title: 'logo' } }]);
    for (const text of ['quote 3k for Lumen Forge', 'new project Winter Ales for Lumen Forge, quote 6,000 EUR for it']) {
      const d = readMessage(text, { today: READ_DAY, memory: {}, known });
      const quote = d.kind === 'calls' ? d.calls.find((c) => c.tool === 'createQuote') : undefined;
      expect(['Lumen Forge', 'it']).not.toContain(quote?.args.title);
    }
  });
});
