// A team lead's list questions (corpus/tune/voices-t): clients not heard from lately (the quiet ones), a list narrowed
// to "the archived ones", whose clients said as who looks after them, and "most active first" as an order.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const read = readerIn({ clients: ['Kestrel Analytics'], contacts: [], groups: [], members: ['Marco Bianchi', 'Dana Reyes'] }, new Date('2026-12-08T12:00:00Z'));

describe('list questions of a team lead', () => {
  it('reads clients not heard from lately as the quiet ones', () => {
    expect(read("which accounts haven't we heard from in a while?")).toEqual([{ tool: 'listAttention', args: { show: 'quiet', scope: 'workspace' } }]);
  });

  it('narrows a list to the archived or inactive ones', () => {
    expect(read('only the archived ones please')).toEqual([{ tool: 'findClients', args: { archived: 'archived' } }]);
    expect(read('show just the inactive ones')).toEqual([{ tool: 'findClients', args: { status: 'inactive' } }]);
  });

  it('reads whose clients from who looks after them, and "most active first" as the order', () => {
    expect(read('show the clients Dana manages, most active first')).toEqual([{ tool: 'findClients', args: { owner: 'Dana', sort: 'lastActivity' } }]);
    expect(read('list the active clients Dana looks after')).toEqual([{ tool: 'findClients', args: { status: 'active', owner: 'Dana' } }]);
  });
});
