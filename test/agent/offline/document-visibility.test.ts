// A document shown or hidden in a client's portal, named by the clause ("make visible in the portal of X the document
// "Y"", "hide the document Y in the portal of X"), where the classifier leaned to an export or an upload.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe("a document's visibility in the portal", () => {
  it('shows the document named', () => {
    expect(callsOf('Make visible in the portal of Sartoria Neri the document "Listino 2027"')).toEqual([
      { tool: 'shareDocument', args: { shared: true, client: 'Sartoria Neri', document: 'Listino 2027' } },
    ]);
  });

  it('"share the contract with X" shares the document so named; "share it with X" asks which', () => {
    const known = { clients: ['Lumen Forge'], contacts: [], groups: [], members: [] };
    expect(callsOf('share the contract with Lumen Forge', known)).toEqual([
      { tool: 'shareDocument', args: { shared: true, client: 'Lumen Forge', document: 'contract' } },
    ]);
    expect(readMessage('share it with Lumen Forge', { today: READ_DAY, memory: {}, known })).toMatchObject({ kind: 'reply', text: expect.stringMatching(/^Which document/) });
  });

  it('hides the document named, and an upload stays an upload', () => {
    expect(callsOf('hide the document Devis provisoire in the portal of Maison Garnier, it is not final')).toEqual([
      { tool: 'shareDocument', args: { shared: false, document: 'Devis provisoire', client: 'Maison Garnier' } },
    ]);
    expect(callsOf('upload devis.pdf to the portal of Maison Garnier')[0].tool).toBe('addDocument');
  });

  it('hides a document said not to be shown', () => {
    expect(callsOf('The document "Tarifas 2026" of Viñedos Ocampo S.A. please don\'t show it anymore in the portal')).toEqual([
      { tool: 'shareDocument', args: { shared: false, document: 'Tarifas 2026', client: 'Viñedos Ocampo S.A.' } },
    ]);
    expect(callsOf('the "Internal margins" document on Corvus Security Ltd shouldn\'t be visible in their portal')).toEqual([
      { tool: 'shareDocument', args: { shared: false, document: 'Internal margins', client: 'Corvus Security Ltd' } },
    ]);
  });
});

describe('sharing a file after an approval', () => {
  it('shares the whole file name, whatever "signed off" or a "rough cut" says of switches', () => {
    expect(callsOf('Harbormist signed off, share harbor_roughcut_v4.mp4 in their portal')).toEqual([
      { tool: 'shareDocument', args: { client: 'Harbormist', document: 'harbor_roughcut_v4.mp4', shared: true } },
    ]);
    expect(callsOf('rough cut approved by Harbormist, share harbor_film_v3.mov in their portal')).toEqual([
      { tool: 'shareDocument', args: { client: 'Harbormist', document: 'harbor_film_v3.mov', shared: true } },
    ]);
    expect(callsOf('share pilot_roughcut_v2.mp4 in the portal for Harbormist')[0].args.document).toBe('pilot_roughcut_v2.mp4');
  });

  it('still turns access off when the words cut it', () => {
    expect(callsOf('cut their portal access for Harbormist')).toEqual([{ tool: 'setPortalAccess', args: { client: 'Harbormist', enabled: false } }]);
  });
});

