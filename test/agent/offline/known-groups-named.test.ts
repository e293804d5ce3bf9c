// A group the workspace has, named without the word "group": its settings changed by name, and two clients "added"
// to it both go in (the tagger cut the list in two, the first read as a new client).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental'], contacts: [], groups: ['Nordic retainers', 'Non-profits'], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('a known group named', () => {
  it("changes the group's reminder tone", () => {
    expect(calls('Nordic retainers → friendly tone pls')).toEqual([{ tool: 'updateGroup', args: { group: 'Nordic retainers', reminderTone: 'friendly' } }]);
  });

  it('puts both clients of a list into it, adding neither again', () => {
    expect(calls('add Halden Energi + Brightmoor Dental to Nordic retainers')).toEqual([
      { tool: 'updateClient', args: { client: 'Halden Energi', group: 'Nordic retainers' } },
      { tool: 'updateClient', args: { client: 'Brightmoor Dental', group: 'Nordic retainers' } },
    ]);
  });
});
