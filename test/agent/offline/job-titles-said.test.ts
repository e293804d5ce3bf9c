// A job title said around a person's name ("as managing partner", "is Aroha's founder", "the new accountant of X
// is Y") is kept with the role it implies; a title that is a role's own words ("as project manager") stays the role.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Marula Books', 'Tern & Tide'], contacts: [], groups: [], members: [] };

describe('a job title said around the name', () => {
  it('"as managing partner" is the title, beside the other changes said', () => {
    const [call] = callsOf('add Kwesi Boateng to Marula Books as managing partner, kwesi@marulabooks.co.za, make him primary and invite him to the portal', known);
    expect(call).toMatchObject({ tool: 'addContact', args: { name: 'Kwesi Boateng', client: 'Marula Books', jobTitle: 'managing partner', primary: true } });
  });

  it('"X is Y\'s founder" is the title and makes them the decision maker', () => {
    const [call] = callsOf("Ruth Amsel is Tern & Tide's founder, ruth@ternandtide.com — add her please", known);
    expect(call).toMatchObject({ tool: 'addContact', args: { name: 'Ruth Amsel', client: 'Tern & Tide', jobTitle: 'founder', role: 'decision_maker' } });
  });

  it('"the new accountant of X is Y" is the title and makes them the finance contact', () => {
    const [call] = callsOf('The new accountant of Marula Books is Thandi Nkosi, thandi@marulabooks.co.za. Please add her.', known);
    expect(call).toMatchObject({ tool: 'addContact', args: { name: 'Thandi Nkosi', client: 'Marula Books', jobTitle: 'accountant', role: 'finance' } });
  });

  it('a title in another language between commas after the name is kept with its role', () => {
    const [call] = callsOf('Marula Books — contacts:\n• Pieter van Wyk, Geschäftsführer, pieter@marulabooks.co.za', known);
    expect(call).toMatchObject({ tool: 'addContact', args: { name: 'Pieter van Wyk', client: 'Marula Books', jobTitle: 'Geschäftsführer', role: 'decision_maker' } });
  });

  it('a title that is a role\'s own words stays the role alone', () => {
    expect(callsOf('add Lior Ben-David to Tern & Tide as project manager, lior@ternandtide.com', known)).toEqual([
      { tool: 'addContact', args: { name: 'Lior Ben-David', client: 'Tern & Tide', role: 'project_manager', email: 'lior@ternandtide.com' } },
    ]);
  });
});
