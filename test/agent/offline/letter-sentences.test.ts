// A letter of several sentences is read sentence by sentence when the whole reads unsure: the client one sentence
// names is what "them" means in the next, nothing another sentence said is lost, and a pronoun put in for "her"
// is never itself the new value.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { sentencesOf } from '../../../src/agent/offline/nlu/read-sentences';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a letter of several sentences', () => {
  it('does what one sentence asks of the client an earlier one named', () => {
    expect(callsOf('Good afternoon, I regret to say that Hartwell & Sons Bakery has shut for good. Please mark them as a Former client. With thanks.')).toEqual([
      { tool: 'updateClient', args: { client: 'Hartwell & Sons Bakery', status: 'past' } },
    ]);
    expect(callsOf('Dear Assistant, Brackley Motors have sold up, as I said. Would you kindly put them in the Archive; I do not wish to delete them. Regards')).toEqual([
      { tool: 'archiveClient', args: { client: 'Brackley Motors' } },
    ]);
  });

  it('takes a change said in one sentence and pointed at in the next once, not twice', () => {
    expect(callsOf('Dear Assistant, Mrs. Ruth Okoro at Linden Dental has remarried and is now Mrs. Ruth Adeyemi. Kindly change her name. Thank you.')).toEqual([
      { tool: 'updateContact', args: { client: 'Linden Dental', contact: 'Mrs. Ruth Okoro', name: 'Mrs. Ruth Adeyemi' } },
    ]);
  });

  it('is not split after an abbreviation in a name', () => {
    expect(sentencesOf('Please add Gallagher Bros. Plumbing & Heating as a client. They are a Prospect.')).toEqual([
      'Please add Gallagher Bros. Plumbing & Heating as a client.', 'They are a Prospect.',
    ]);
  });

  it('that takes part of itself back is not read in parts', () => {
    const d = readMessage('Please change the payment terms of the workspace to 14 days and rename the group Nordics to... no, leave the group. Only the terms.', { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
  });
});

describe('"change her name" in a conversation about a contact', () => {
  it('asks for the new name instead of writing her current one', () => {
    const d = readMessage('Kindly change her name.', { today: READ_DAY, memory: { client: 'Linden Dental', contact: { client: 'Linden Dental', contact: 'Mrs. Ruth Okoro' } } });
    expect(d.kind).toBe('reply');
  });
});
