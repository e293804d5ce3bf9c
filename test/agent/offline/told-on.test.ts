// What someone said, told on to the assistant: "tell the system that …", "Leah says …", "Marta wants to know …" is the
// request after the lead-in; a name the sentence goes on from ("Tomás at Brannigan goes by …") ends before the verb.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a request told on', () => {
  it.each([
    ['could you tell the system that Orla Textiles is now handled by Imogen', [{ tool: 'updateClient', args: { client: 'Orla Textiles', owner: 'Imogen' } }]],
    ['please let the system know that Keiko at Glasswing Toys goes by keiko.h@glasswing.jp now',
      [{ tool: 'updateContact', args: { client: 'Glasswing Toys', contact: 'Keiko', email: 'keiko.h@glasswing.jp' } }]],
  ])('%s', (text, calls) => {
    expect(callsOf(text)).toEqual(calls);
  });

  it('with the workspace\'s names, "tell the system Ingrid is the primary at Halden Energi" changes Ingrid', () => {
    const d = readMessage('tell the system Ingrid is the primary at Halden Energi', {
      today: READ_DAY, memory: {}, known: { clients: ['Halden Energi'], contacts: ['Ingrid'], groups: [] },
    });
    expect(d).toEqual({ kind: 'calls', calls: [{ tool: 'updateContact', args: { client: 'Halden Energi', contact: 'Ingrid', primary: true } }] });
  });

  it('a remark about what someone said is not a request', () => {
    const d = readMessage('Jakub said the client is fine with it', { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
  });
});
