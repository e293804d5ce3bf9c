// "the <words> group": a group named by the words before "group" ("the UK retail group", "the small studios group"),
// clients said to go in it moved there, and the reminder tone said beside the word for reminders.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { withGroupPhrase } from '../../../src/agent/offline/nlu/read-groups';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY, readingOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a group named by the words before "group"', () => {
  it('moves the clients said to go in it, and a place in its name is not their country', () => {
    expect(callsOf('hmm, could Fenwick Bakes and Ostra Fish both go in the UK retail group?')).toEqual([
      { tool: 'updateClient', args: { client: 'Fenwick Bakes', group: 'UK retail' } },
      { tool: 'updateClient', args: { client: 'Ostra Fish', group: 'UK retail' } },
    ]);
    expect(callsOf('should Brindle Books be in the small shops group?')).toEqual([{ tool: 'updateClient', args: { client: 'Brindle Books', group: 'small shops' } }]);
  });

  it("changes that group's settings, with the tone said beside the reminders", () => {
    expect(callsOf('could the UK retail group maybe use firm reminders?')).toEqual([{ tool: 'updateGroup', args: { group: 'UK retail', reminderTone: 'firm' } }]);
  });

  it("changes a named group's payment terms, but not when the words say the workspace's", () => {
    expect(callsOf('Please, I need that the group Benelux Klanten has 30 days instead of 14')).toEqual([{ tool: 'updateGroup', args: { group: 'Benelux Klanten', paymentTerms: 30 } }]);
    const d = readMessage('Please change the payment terms of the workspace to 21 days and rename the group Latam to... no, leave the group. Only the terms.', { today: READ_DAY, memory: {} });
    expect(d.kind).toBe('reply');
  });

  it('still creates a group when the words say to make one, and still finds clients in a country', () => {
    expect(callsOf('create the Germany group in EUR')).toEqual([{ tool: 'createGroup', args: { name: 'Germany', currency: 'EUR' } }]);
    expect(callsOf('find clients in the UK')).toEqual([{ tool: 'findClients', args: { country: 'GB' } }]);
  });
});

describe('a lower-case client guessed from "the <words> group"', () => {
  it('is the group phrase, while a capitalised company named "... Group" stays the client', () => {
    const guessed = readingOf('could the small studios group have friendlier reminders', [{ slot: 'client', text: 'studios group' }, { slot: 'reminderTone', text: 'friendlier' }], 'updateClient');
    const read = withGroupPhrase(guessed, guessed.clauses[0]);
    expect(read.spans.map((s) => [s.slot, s.text])).toEqual([['group', 'small studios'], ['reminderTone', 'friendlier']]);
    const company = readingOf('could the Meridian Dental Group have firm reminders', [{ slot: 'client', text: 'Meridian Dental Group' }, { slot: 'reminderTone', text: 'firm' }], 'updateClient');
    expect(withGroupPhrase(company, company.clauses[0]).spans.map((s) => s.slot)).toEqual(['client', 'reminderTone']);
  });
});

describe('a group made for something', () => {
  it('is named by what it is for, and a description names none', () => {
    expect(callsOf('could we make a group for indie bookshops? maybe in GBP with 30 days to pay')).toEqual([
      { tool: 'createGroup', args: { name: 'indie bookshops', currency: 'GBP', paymentTerms: 30 } },
    ]);
    const described = readMessage('make a group for clients who pay late', { today: READ_DAY, memory: {} });
    expect(described.kind).toBe('reply');
  });
});

