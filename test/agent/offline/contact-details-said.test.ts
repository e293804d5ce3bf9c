// Details of a contact said in other words: "principal contact" is the primary one, "she signs off on renewals" is who
// decides; and a document shared in the portal is shared, not sent as a message.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('contact details said in other words', () => {
  it('reads "principal contact" as the primary contact', () => {
    expect(callsOf('Add to Maison Lefort the contact Claire Lefort, principal contact, claire@maisonlefort.fr')).toEqual([
      { tool: 'addContact', args: { client: 'Maison Lefort', name: 'Claire Lefort', email: 'claire@maisonlefort.fr', primary: true } },
    ]);
  });

  it('reads who signs off as the decision maker, and "not the main contact" as not primary', () => {
    expect(callsOf('Please add Ren Ito as a contact at Kumo Labs — she signs off on renewals')).toEqual([
      { tool: 'addContact', args: { name: 'Ren Ito', client: 'Kumo Labs', role: 'decision_maker' } },
    ]);
    expect(callsOf('Please add Ren Ito as a contact at Kumo Labs, she is not the main contact')[0].args.primary).toBeUndefined();
  });
});

describe('a document shared in the portal', () => {
  it('is shared, not posted as a message; a message about a document stays a message', () => {
    expect(callsOf('Share with Oliveira Obras in the portal the document "Cronograma final"')).toEqual([
      { tool: 'shareDocument', args: { shared: true, client: 'Oliveira Obras', document: 'Cronograma final' } },
    ]);
    expect(callsOf('message Acme: the document "Plan" is ready to share')[0].tool).toBe('messageClient');
  });
});
