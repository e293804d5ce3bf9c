// A client who is a person (a freelancer, named like one): going into a group, their reminders, and their settings
// said with a possessive are that client's, though the tagger marks the name as a person.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a client named like a person', () => {
  it('goes into a group and has their reminders changed', () => {
    expect(callsOf('should Thandiwe Mokoena go into the Authors group? I think yes')).toEqual([{ tool: 'updateClient', args: { client: 'Thandiwe Mokoena', group: 'Authors' } }]);
    expect(callsOf("could the reminders for Thandiwe Mokoena be friendly? she's lovely")).toEqual([{ tool: 'updateClient', args: { client: 'Thandiwe Mokoena', reminderTone: 'friendly' } }]);
  });

  it("offers the change of their settings said with a possessive, first", () => {
    const d = readMessage("could we maybe set Thandiwe Mokoena's billing currency to rand and her payment terms to 7 days?", { today: READ_DAY, memory: {} });
    expect(d).toMatchObject({ kind: 'reply', text: expect.stringContaining('1. update the client Thandiwe Mokoena: currency ZAR, paymentTerms 7') });
  });
});
