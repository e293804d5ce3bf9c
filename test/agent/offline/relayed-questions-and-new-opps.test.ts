// "Jonas wants to know who the main contact at X is" shows X (what a record question asks for is no value the
// reading dropped), and "new opp X, AUD" adds X, however unsure the classifier is of so few words.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Halden Energi', 'Brightmoor Dental'], contacts: [], groups: [], members: ['Jonas'] };
const calls = (text: string) => callsOf(text, known);

describe('a question relayed for a teammate', () => {
  it("shows the client whose main contact is asked about", () => {
    expect(calls('Jonas wants to know who our main contact at Brightmoor Dental is')).toEqual([{ tool: 'showClient', args: { client: 'Brightmoor Dental' } }]);
  });
});

describe('a new opportunity in a few words', () => {
  it('adds the client as a lead with its currency', () => {
    expect(calls('new opp Kestrel Marine Pty Ltd, AUD')).toEqual([
      { tool: 'createClient', args: { name: 'Kestrel Marine Pty Ltd', currency: 'AUD', status: 'lead' } },
    ]);
  });
});
