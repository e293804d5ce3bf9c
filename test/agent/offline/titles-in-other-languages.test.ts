// A contact's job title written in another language implies the same role an English one would.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { roleOfTitle } from '../../../src/agent/offline/nlu/role-of-title';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('titles in other languages', () => {
  it('make a finance, technical or deciding contact as their English words would', () => {
    expect(roleOfTitle('CFO', READ_DAY)).toBe('finance');
    expect(roleOfTitle('Diretora Financeira', READ_DAY)).toBe('finance');
    expect(roleOfTitle('Direttore Tecnico', READ_DAY)).toBe('technical_lead');
    expect(roleOfTitle('Geschäftsführer', READ_DAY)).toBe('decision_maker');
    expect(roleOfTitle('Directeur général', READ_DAY)).toBeUndefined();
  });

  it('adds a contact with the role their title implies', () => {
    const known = { clients: ['Textiles Peña'], contacts: [], groups: [], members: [] };
    expect(callsOf('add Lucía Gómez to Textiles Peña, she is the Directora Financiera, lucia@textilespena.mx', known)).toEqual([
      { tool: 'addContact', args: { client: 'Textiles Peña', name: 'Lucía Gómez', jobTitle: 'Directora Financiera', role: 'finance', email: 'lucia@textilespena.mx' } },
    ]);
  });
});
