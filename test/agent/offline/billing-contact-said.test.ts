// A person at a client who is to get the invoices, or to be the main contact, is that contact changed, whatever
// else the sentence leans to; a removal joined to it stays two actions.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

const known = { clients: ['Kestrel Foods', 'Larkspur Films', 'Odell & Rowe'], contacts: ['Priya Shah', 'Ana Ruiz', 'Tomasz Nowak', 'Idris Bello'], groups: [], members: [] };
const calls = (text: string) => callsOf(text, known);

describe('the billing or main contact, said in a sentence', () => {
  it('makes the person named before "from" their client the billing contact', () => {
    expect(calls('Priya from Kestrel Foods must receive all the invoices, please make her the billing contact'))
      .toEqual([{ tool: 'updateContact', args: { client: 'Kestrel Foods', contact: 'Priya', billingDefault: true } }]);
    expect(calls('Tomasz from Odell & Rowe has to get every invoice, make him the billing contact please'))
      .toEqual([{ tool: 'updateContact', args: { client: 'Odell & Rowe', contact: 'Tomasz', billingDefault: true } }]);
  });

  it('keeps a removal and a new billing contact as two actions', () => {
    expect(calls('Idris Bello is leaving Odell & Rowe, please remove him and make Tomasz the billing contact')).toEqual([
      { tool: 'removeContact', args: { client: 'Odell & Rowe', contact: 'Idris Bello' } },
      { tool: 'updateContact', args: { client: 'Odell & Rowe', contact: 'Tomasz', billingDefault: true } },
    ]);
  });
});
