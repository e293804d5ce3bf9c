// A document shown or hidden in a client's portal, named by the clause ("make visible in the portal of X the document
// "Y"", "hide the document Y in the portal of X"), where the classifier leaned to an export or an upload.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe("a document's visibility in the portal", () => {
  it('shows the document named', () => {
    expect(callsOf('Make visible in the portal of Sartoria Neri the document "Listino 2027"')).toEqual([
      { tool: 'shareDocument', args: { shared: true, client: 'Sartoria Neri', document: 'Listino 2027' } },
    ]);
  });

  it('hides the document named, and an upload stays an upload', () => {
    expect(callsOf('hide the document Devis provisoire in the portal of Maison Garnier, it is not final')).toEqual([
      { tool: 'shareDocument', args: { shared: false, document: 'Devis provisoire', client: 'Maison Garnier' } },
    ]);
    expect(callsOf('upload devis.pdf to the portal of Maison Garnier')[0].tool).toBe('addDocument');
  });
});
