// "add the contact Paulo Ferreira", "then add Paulo Ferreira as a contact": a person added as a contact is never a
// new client named after them; the client is the one the message created or named before, else the reader asks.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a contact added after a new client in one message', () => {
  it('"Create the client X, then add Y as a contact" adds Y to X, and makes no client named Y', () => {
    expect(callsOf('Create the client Ferreira Obras, then add Paulo Ferreira as a contact')).toEqual([
      { tool: 'createClient', args: { name: 'Ferreira Obras' } },
      { tool: 'addContact', args: { client: 'Ferreira Obras', name: 'Paulo Ferreira' } },
    ]);
  });

  it('"... and after add the contact Y, he is the owner" adds Y to X as the decision maker', () => {
    const calls = callsOf('Create the client Oficina Ferreira and after add the contact Paulo Ferreira, he is the owner');
    expect(calls).toEqual([
      { tool: 'createClient', args: { name: 'Oficina Ferreira' } },
      { tool: 'addContact', args: { client: 'Oficina Ferreira', name: 'Paulo Ferreira', role: 'decision_maker' } },
    ]);
  });
});

describe('a contact added with no client named', () => {
  it.each(['then add the contact Paulo Ferreira, he is the owner', 'add the contact Paulo Ferreira', 'add Paulo Ferreira as a contact'])(
    '"%s" asks which client, and creates no client "then" or "Paulo Ferreira"',
    (text) => {
      const d = readMessage(text, { today: READ_DAY, memory: {} });
      expect(d).toEqual({ kind: 'reply', text: expect.stringMatching(/^Which client/) });
    },
  );

  it('the client the conversation is about is the one it is added to', () => {
    const d = readMessage('add the contact Paulo Ferreira', { today: READ_DAY, memory: { client: 'Ferreira Obras' } });
    expect(d).toEqual({ kind: 'calls', calls: [{ tool: 'addContact', args: { client: 'Ferreira Obras', name: 'Paulo Ferreira' } }] });
  });
});
