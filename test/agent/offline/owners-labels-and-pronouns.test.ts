// Words around a value that are not more values: "it" naming the client again is no second client in a list, a tax
// number's label ("P.IVA") is no web address left over, and "the owner of the dossier is Giulia" names the teammate
// who owns the client, not a person at it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('what names the client again or labels a value', () => {
  it('"it" after the client\'s name is the same client, so the status change is made', () => {
    const known = { clients: ['Vidraria Costa Lda'], contacts: [], groups: [], members: [] };
    expect(callsOf('the client Vidraria Costa Lda we lost it, they moved to another studio. put it in state churned please', known)).toEqual([
      { tool: 'updateClient', args: { client: 'Vidraria Costa Lda', status: 'past' } },
    ]);
  });

  it('a tax number\'s label is part of the tax number, not a value left over', () => {
    expect(callsOf('nuovo cliente: Ottica Moretti S.r.l., Bologna, Italia, P.IVA IT01234560377')).toEqual([
      { tool: 'createClient', args: { name: 'Ottica Moretti S.r.l.', taxId: 'IT01234560377', address: { city: 'Bologna', country: 'IT' } } },
    ]);
  });
});

describe('the owner said in words', () => {
  const known = { clients: [], contacts: [], groups: [], members: ['Giulia', 'Ada Lovelace'] };

  it('"the owner of the dossier is Giulia" makes the teammate the owner', () => {
    expect(callsOf('I want to add a new client: Ottica Moretti S.r.l., P.IVA IT01234560377, the owner of the dossier is Giulia', known)).toEqual([
      { tool: 'createClient', args: { name: 'Ottica Moretti S.r.l.', taxId: 'IT01234560377', owner: 'Giulia' } },
    ]);
  });

  it('the owner of the client\'s own business is a person at the client, who decides there', () => {
    expect(callsOf("Acme Ltd's owner is Jane Doe, add her as a contact", { ...known, clients: ['Acme Ltd'] })).toEqual([
      { tool: 'addContact', args: { client: 'Acme Ltd', name: 'Jane Doe', role: 'decision_maker' } },
    ]);
  });
});
