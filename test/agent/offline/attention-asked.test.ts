// "Who owes us money?", "list overdue invoices", "any open quotes?": the desk overview (listAttention), read-only;
// never when the message names a client, asks for an action, or asks how to do something.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Hooli', 'Acme Corp'], contacts: [], groups: [], members: [] };
const read = (text: string) => readMessage(text, { today: READ_DAY, memory: {}, known });
const tools = (text: string) => { const d = read(text); return d.kind === 'calls' ? d.calls.map((c) => c.tool) : []; };

describe('the overview asked for', () => {
  it.each([
    ['who owes us money?', { show: 'unpaid', scope: 'workspace' }],
    ['list overdue invoices', { show: 'overdue', scope: 'workspace' }],
    ['which clients still have unpaid invoices', { show: 'unpaid', scope: 'workspace' }],
    ['any open quotes?', { show: 'quotes', scope: 'workspace' }],
    ['hey, what needs my attention?', { scope: 'mine' }],
    ['which of my clients have gone quiet?', { show: 'quiet', scope: 'mine' }],
    ['unread messages', { show: 'messages', scope: 'workspace' }],
  ])('"%s"', (text, args) => {
    expect(read(text)).toEqual({ kind: 'calls', calls: [{ tool: 'listAttention', args }] });
  });
});

describe('not the overview', () => {
  it.each([
    'does Hooli have any unpaid invoices',
    'any unpaid invoices from Initech?',
    'send Acme Corp a reminder about the overdue invoice',
    'How can I see which invoices are overdue?',
    'write me a short poem about unpaid invoices lol',
    'could we maybe… I don\'t know, do something about the late ones?',
    'Do clients get a reminder automatically when an invoice is overdue?',
    'which clients have gone quiet recently? sort by last activity',
  ])('"%s"', (text) => {
    expect(tools(text)).not.toContain('listAttention');
  });
});
