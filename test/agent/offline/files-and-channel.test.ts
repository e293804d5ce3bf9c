// A delete whose object is a document deletes that document (never the client named beside it), and where client
// message threads are mirrored in Slack is read from a channel mention, "stop mirroring" or "the default channel".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('deleting a document', () => {
  it.each([
    ['delete the Kickoff notes document from Globex', 'Globex', 'Kickoff notes'],
    ['get rid of the Kickoff notes file for Globex, we have a newer one', 'Globex', 'Kickoff notes'],
    ["remove contract.pdf from Acme Corp's documents", 'Acme Corp', 'contract.pdf'],
    ['Acme Corp: delete document "Signed SOW"', 'Acme Corp', 'Signed SOW'],
  ])('%s', (text, client, document) => {
    expect(callsOf(text)).toEqual([{ tool: 'deleteDocument', args: { client, document } }]);
  });

  it('a document not named is asked for, and a delete that names no document is still about the client or contact', () => {
    const d = readMessage('delete the file for Globex', { today: READ_DAY, memory: {} });
    expect(d).toEqual({ kind: 'reply', text: 'Which document of Globex should I delete? Give me its title or file name.' });
    expect(callsOf('delete Globex')).toEqual([{ tool: 'deleteClient', args: { client: 'Globex' } }]);
    expect(callsOf('remove Jane from Globex')).toEqual([{ tool: 'removeContact', args: { client: 'Globex', contact: 'Jane' } }]);
  });
});

describe('the Slack channel for client messages', () => {
  it.each([
    ['post client messages in <#C0456DEF9|client-msgs>', 'C0456DEF9'],
    ['please mirror the client message threads into channel C0456DEF9', 'C0456DEF9'],
    ['stop mirroring client messages into Slack', 'off'],
    ['use the default channel for client messages again', 'default'],
  ])('%s', (text, messagesChannel) => {
    expect(callsOf(text)).toEqual([{ tool: 'updateWorkspace', args: { messagesChannel } }]);
  });
});
