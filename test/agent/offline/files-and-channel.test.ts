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
    // A verb the spelling corrector does not know, a possessive client, a file named by its kind, "it" for the file.
    ['pls trash mockup_v2.psd for Globex', 'Globex', 'mockup_v2.psd'],
    ['can you bin the old price list pdf on Initech?', 'Initech', 'price list'],
    ["Delete Marlowe's Onboarding deck doc", 'Marlowe', 'Onboarding deck'],
    ['remove the attachment Contract v2 from Ridgeway Farms', 'Ridgeway Farms', 'Contract v2'],
    ['throw away the duplicate upload IMG-0042.jpg on Vandelay Industries', 'Vandelay Industries', 'IMG-0042.jpg'],
    ['The service agreement we uploaded for Stark Logistics is the wrong version, please delete it', 'Stark Logistics', 'service agreement'],
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
