// Classes of language the offline parser must understand whatever the words around them: phrasal verbs, declarative
// role changes, quantifiers, descriptions of a business, follow-up clauses, and team roles (not contacts' roles).
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const one = (tool: string, args: Record<string, unknown>) => [{ tool, args }];

describe('phrasal verbs: the particle is part of the verb, never of a name', () => {
  it.each([
    ['bring back Acme Corp from the archive', 'unarchiveClient', { client: 'Acme Corp' }],
    ['get Pied Piper back out of the archive', 'unarchiveClient', { client: 'Pied Piper' }],
    ['bring Umbrella Health back', 'unarchiveClient', { client: 'Umbrella Health' }],
    ['pull up Globex', 'showClient', { client: 'Globex' }],
    ['look Initech up', 'showClient', { client: 'Initech' }],
    ['could you check up on Stark Logistics', 'showClient', { client: 'Stark Logistics' }],
    ['set up Blue Fox Ltd as a client', 'createClient', { name: 'Blue Fox Ltd' }],
    ['set Lumen Studio up as a lead', 'createClient', { name: 'Lumen Studio', status: 'lead' }],
    ['hand Globex over to Maria', 'updateClient', { client: 'Globex', owner: 'Maria' }],
    ['hand over Café Noir to Lena', 'updateClient', { client: 'Café Noir', owner: 'Lena' }],
    ['put Initech on hold', 'updateClient', { client: 'Initech', status: 'inactive' }],
    ['Orbit Media is on hold', 'updateClient', { client: 'Orbit Media', status: 'inactive' }],
    ['take Initech off hold', 'updateClient', { client: 'Initech', status: 'active' }],
    ['send out a portal invite to Hooli', 'invitePortal', { client: 'Hooli' }],
    ['write up a note on Hooli: call back on Monday', 'addNote', { client: 'Hooli', text: 'call back on Monday' }],
  ])('%s', (text, tool, args) => {
    expect(calls(text)).toEqual(one(tool, args));
  });

  it('keeps a capitalised word that looks like a particle inside a name', () => {
    expect(calls('add Up & Away Travel')).toEqual(one('createClient', { name: 'Up & Away Travel' }));
  });
});
