// A status set in so many words beside another action ("mark them past and draft a win-back email") is a change of
// its own, not dropped; a status only mentioned ("they churned last year") or the portal's own state is not.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a status set beside another action', () => {
  it('is changed as well as the other action done', () => {
    expect(callsOf('Harwick Labs is churned — mark them past and draft a win-back email please')).toEqual([
      { tool: 'updateClient', args: { client: 'Harwick Labs', status: 'past' } },
      { tool: 'draftOutreach', args: { client: 'Harwick Labs' } },
    ]);
    expect(callsOf('Ostra Foods went dormant, set inactive and draft a re-engagement email')).toEqual([
      { tool: 'updateClient', args: { client: 'Ostra Foods', status: 'inactive' } },
      { tool: 'draftOutreach', args: { client: 'Ostra Foods' } },
    ]);
  });

  it('is not changed when only mentioned, or when it is the portal that is made active', () => {
    expect(callsOf('draft a win-back email for Ostra Foods, they churned last year')).toEqual([{ tool: 'draftOutreach', args: { client: 'Ostra Foods' } }]);
    expect(callsOf('put the portal active for Ostra Foods please')).toEqual([{ tool: 'setPortalAccess', args: { enabled: true, client: 'Ostra Foods' } }]);
  });

  it('is the client\'s when said before a new project, and the project\'s when said with it', () => {
    expect(callsOf('Brightmoor Foods renewed! status active, new project Winter Menu 2027')).toEqual([
      { tool: 'updateClient', args: { client: 'Brightmoor Foods', status: 'active' } },
      { tool: 'createProject', args: { client: 'Brightmoor Foods', name: 'Winter Menu 2027' } },
    ]);
    expect(callsOf('new project Atlas Rebrand for Kestrel Labs, status active')).toEqual([
      { tool: 'createProject', args: { client: 'Kestrel Labs', name: 'Atlas Rebrand', status: 'active' } },
    ]);
  });
});
