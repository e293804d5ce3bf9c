// A teammate leaving the team, said the ways people say it: removing them from the team (a click confirms it),
// never a client's contact, and never a guess at who when no one is named.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('removing a teammate', () => {
  it.each([
    ['remove Tomasz from the team', 'Tomasz'],
    ['kick jane@studio.test off the workspace', 'jane@studio.test'],
    ['Tomasz left the company, take him off the team', 'Tomasz'],
    ["revoke Priya's access to the workspace", 'Priya'],
    ['offboard Priya Shah', 'Priya Shah'],
    ['Sam no longer works with us, remove their seat', 'Sam'],
  ])('"%s" removes %s from the team', (text, member) => {
    expect(callsOf(text)).toEqual([{ tool: 'removeMember', args: { member } }]);
  });

  it('is not read into removing a client\'s contact', () => {
    expect(callsOf('remove Jane Doe from Acme Corp')).toEqual([{ tool: 'removeContact', args: { client: 'Acme Corp', contact: 'Jane Doe' } }]);
  });

  it('asks who when no one is named', () => {
    expect(readMessage('remove them from the team', { today: READ_DAY, memory: {} }).kind).toBe('reply');
  });
});

describe('who takes over the clients of a teammate who leaves', () => {
  it.each([
    ['remove Tomasz, Ada takes his clients', 'Tomasz', 'Ada'],
    ['remove Tomasz from the team and hand his clients to Ada', 'Tomasz', 'Ada'],
    ['offboard Priya Shah and give her accounts to Sam Lee', 'Priya Shah', 'Sam Lee'],
    ['take Lena off the team, her clients go to nobody', 'Lena', 'nobody'],
    ['Sam Lee is leaving, give his clients to Gwendolyn', 'Sam Lee', 'Gwendolyn'],
    ['Priya is leaving so her clients go to Ada', 'Priya', 'Ada'],
  ])('"%s": %s leaves, their clients go to %s', (text, member, reassignTo) => {
    expect(callsOf(text)).toEqual([{ tool: 'removeMember', args: { member, reassignTo } }]);
  });
});

