// A note asked for by name in a letter ("make a note on X: ...", "put a Note against X: ..."): it is a note, and its
// text is everything after "<client>:", names, places and dates in it included.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a note asked for in a letter', () => {
  it('keeps the whole text after the colon, with the names and dates in it', () => {
    expect(callsOf('Hello, Please put a Note against Harcourt Opticians: Mrs. Harcourt is in Portugal until the 12th, please do not ring. Thank you')).toEqual([
      { tool: 'addNote', args: { client: 'Harcourt Opticians', text: 'Mrs. Harcourt is in Portugal until the 12th, please do not ring.' } },
    ]);
  });

  it('is a note when the words ask for "a note on" the client, however the classifier leaned', () => {
    expect(callsOf('Good morning. Could you kindly make a note on Larkfield Nurseries: "Prefers letters to email." Many thanks')).toEqual([
      { tool: 'addNote', args: { client: 'Larkfield Nurseries', text: 'Prefers letters to email.' } },
    ]);
  });

  it('leaves a message after "<client>:" a message', () => {
    expect(callsOf('message Larkfield Nurseries: the delivery is moved to Friday')).toEqual([
      { tool: 'messageClient', args: { client: 'Larkfield Nurseries', text: 'the delivery is moved to Friday' } },
    ]);
  });
});
