// An email asked to be prepared in so many words is drafted (a draft sends nothing), and what it is for, said after
// "the objective is" or as what it should find out, is its goal.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental', 'Tessellate Studio'], contacts: [], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('a draft asked for', () => {
  it('drafts a letter asked for politely, with what it should find out as its goal', () => {
    expect(calls('Please prepare a letter to Tessellate Studio to ask if they need help with the new catalogue.')).toEqual([
      { tool: 'draftOutreach', args: { client: 'Tessellate Studio', goal: 'ask if they need help with the new catalogue' } },
    ]);
  });

  it('takes the goal said after "the objective is"', () => {
    expect(calls('prepare an email for Halden Energi, the objective is to present the new maintenance plan')).toEqual([
      { tool: 'draftOutreach', args: { client: 'Halden Energi', goal: 'present the new maintenance plan' } },
    ]);
  });
});
