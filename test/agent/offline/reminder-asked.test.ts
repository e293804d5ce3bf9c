// "Remind me to call Acme Corp tomorrow", "set a follow-up with Tallow & Finch for next Monday": reminders and tasks
// are not kept yet, so the answer says so, schedules nothing and offers a note on the client named (or the client of
// the person named), where it had asked how much was paid or offered outreach. Questions that start "remind me what"
// and the reminder tone are read as before.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Tallow & Finch'], contacts: ['Rosa Quintero'], groups: [], members: [], contactClients: { 'rosa quintero': 'Tallow & Finch', rosa: 'Tallow & Finch' } };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};
const answer = (client: string) =>
  `I cannot keep reminders or tasks yet, so nothing was scheduled. I can keep it as a note on the client: say "note on ${client}: …" with what to do and when.`;

describe('a reminder or task asked for', () => {
  it.each([
    ['remind me to call Acme Corp tomorrow', 'Acme Corp'],
    ['set a follow-up with Tallow & Finch for next Monday', 'Tallow & Finch'],
    ['schedule a call with Rosa next week', 'Tallow & Finch'],
    ['follow up with Acme Corp next week', 'Acme Corp'],
    ['add a task: chase the signed contract', '<client>'],
  ])('%s', (text, client) => {
    expect(read(text)).toBe(answer(client));
  });

  it('leaves a question, the reminder tone and a note as they were read', () => {
    expect(read('Remind me what projects we have running with Acme Corp?')).toEqual([{ tool: 'showClient', args: { client: 'Acme Corp' } }]);
    expect(read('set reminder tone for Acme Corp to firm')).toEqual([{ tool: 'updateClient', args: { client: 'Acme Corp', reminderTone: 'firm' } }]);
    expect(read('note on Acme Corp: call them tomorrow about the renewal')).toEqual([{ tool: 'addNote', args: { client: 'Acme Corp', text: 'call them tomorrow about the renewal' } }]);
  });
});
