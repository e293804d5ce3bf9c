// A status said of a named client ("X is now inactive", "X is dormant for now") changes it, and an invoice's number
// sent "with the portal link" sends the invoice, where the classifier leaned to readings that take neither.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('details that say which command', () => {
  it('changes the status said of a named client', () => {
    expect(callsOf('Hola, the client Ferretería Ruiz S.A. de C.V. is now inactive, they pause the project for this year')).toEqual([
      { tool: 'updateClient', args: { client: 'Ferretería Ruiz S.A. de C.V.', status: 'inactive' } },
    ]);
    expect(callsOf('Somebody please tell the bot Brightlake Robotics is dormant for now')).toEqual([
      { tool: 'updateClient', args: { client: 'Brightlake Robotics', status: 'inactive' } },
    ]);
  });

  it('makes a client said to be "no longer a client" a past one, not a list', () => {
    expect(callsOf('Ewa says Kowalczyk Studio Sp. z o.o. is no longer a client, we wrapped everything up in March')).toEqual([
      { tool: 'updateClient', args: { client: 'Kowalczyk Studio Sp. z o.o.', status: 'past' } },
    ]);
  });

  it("changes a named client's reminder tone said as no question, and explains one asked about", () => {
    expect(callsOf('Jakub asked to put Morrow Studio on friendlier reminders')).toEqual([{ tool: 'updateClient', args: { client: 'Morrow Studio', reminderTone: 'friendly' } }]);
    expect(callsOf('why is Pinecrest on friendly reminders?')[0].tool).toBe('explainSettings');
  });

  it('sends the numbered invoice, not a portal invitation', () => {
    expect(callsOf('Send INV-0207 again with the portal link')).toEqual([{ tool: 'sendInvoice', args: { invoice: 'INV-0207' } }]);
  });
});
