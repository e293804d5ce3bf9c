// "<client>: <what changed>, update the currency": a field of the client asked to be set is a change to it, not a
// note of the sentence; a note asked for in words stays a note.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a field asked to be set after "<client>:"', () => {
  it('changes the field', () => {
    expect(callsOf('Merrow Foods: they pay in Swiss francs now, update the currency')).toEqual([
      { tool: 'updateClient', args: { client: 'Merrow Foods', currency: 'CHF' } },
    ]);
  });

  it('a note said in words stays a note', () => {
    expect(callsOf('Merrow Foods: add a note to set the end date later').map((c) => c.tool)).toEqual(['addNote']);
  });
});
