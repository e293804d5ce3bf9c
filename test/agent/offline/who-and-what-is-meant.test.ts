// Misreadings that changed the wrong thing: a message sent with a document's title as its text, a contact removed by
// the name of whose assistant they are, a change to a client the workspace does not have, a new company's person
// made a second company, and an address's street line cut in two.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kestrel Foods', 'Larkspur Films', 'Odell & Rowe', 'Brandvold Consulting AS'], contacts: ['Tom Reyes', 'Lisa Park'], groups: [], members: ['Ewa'] };
const calls = (text: string) => callsOf(text, known);

describe('a document shared and a message after it', () => {
  it('shares the quoted document and sends the words after the colon, not the title, as the message', () => {
    expect(calls('show the file "Brand book v2" to Larkspur Films in the portal and write them: the brand book is ready')).toEqual([
      { tool: 'shareDocument', args: { client: 'Larkspur Films', document: 'Brand book v2', shared: true } },
      { tool: 'messageClient', args: { client: 'Larkspur Films', text: 'the brand book is ready' } },
    ]);
  });
});

describe('whose colleague someone is', () => {
  it("removes the assistant named, never the person whose assistant they are", () => {
    expect(calls("remove Tom's assistant Lisa Park from Larkspur Films")).toEqual([
      { tool: 'removeContact', args: { client: 'Larkspur Films', contact: 'Lisa Park' } },
    ]);
  });

  it('reads a list of contacts marked + and − as one added and one removed', () => {
    expect(calls("Contacts — Larkspur Films:\n+ Anna Berg (designer, anna@larkspur.example)\n− remove Yuki's assistant Lisa Park")).toEqual([
      { tool: 'addContact', args: expect.objectContaining({ client: 'Larkspur Films', name: 'Anna Berg', email: 'anna@larkspur.example' }) },
      { tool: 'removeContact', args: { client: 'Larkspur Films', contact: 'Lisa Park' } },
    ]);
  });
});

describe('a client named with its details and no verb', () => {
  it('adds a client the workspace does not have, and changes one it has', () => {
    expect(calls('Nordvik Design AS → lead, Oslo, NOK, owner Ewa')).toEqual([
      { tool: 'createClient', args: { name: 'Nordvik Design AS', status: 'lead', address: { city: 'Oslo' }, currency: 'NOK', owner: 'Ewa' } },
    ]);
    expect(calls('Brandvold Consulting AS → lead, Oslo, NOK, owner Ewa')).toEqual([
      { tool: 'updateClient', args: { client: 'Brandvold Consulting AS', status: 'lead', address: { city: 'Oslo' }, currency: 'NOK', owner: 'Ewa' } },
    ]);
  });

  it('keeps a change to a name one letter away from a known client a change to that client', () => {
    const [call] = calls('Brandvold Consultng AS → lead, Oslo, NOK, owner Ewa');
    expect(call).toMatchObject({ tool: 'updateClient', args: { client: 'Brandvold Consulting AS' } });
  });

  it("takes a person's name beside a new company's for its contact, not a second company", () => {
    expect(calls('/client Maria Lopez, Lopez Textiles S.L., maria@lopeztextiles.es')).toEqual([
      { tool: 'createClient', args: { name: 'Lopez Textiles S.L.', contactName: 'Maria Lopez', email: 'maria@lopeztextiles.es' } },
    ]);
  });
});

describe("an address's street line", () => {
  it('keeps a unit and the estate after it together as the first line', () => {
    expect(calls('Kestrel Foods have moved to Unit 7, Harbour Business Park, Cobh, Co. Cork, Ireland')).toEqual([
      { tool: 'updateClient', args: { client: 'Kestrel Foods', address: { line1: 'Unit 7, Harbour Business Park', city: 'Cobh', region: 'Co. Cork', country: 'IE' } } },
    ]);
  });
});
