// Parts of a form-like line the tagger ran together or mistook: a client and its contact between slashes, and a
// street with its house number read as an id, a region or a postcode.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { callsOf } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('form-like lines', () => {
  it('reads "<client> / <contact> / off" as the contact at the client', () => {
    expect(callsOf('Portal access: Tui Crate Co / Hemi Parata / off')).toEqual([
      { tool: 'setPortalAccess', args: { enabled: false, client: 'Tui Crate Co', contact: 'Hemi Parata' } },
    ]);
  });

  it("keeps a street's house number in the street line", () => {
    expect(callsOf('Please, the client Nowak i Synowie is now in Gdańsk, ul. Długa 8')).toEqual([
      { tool: 'updateClient', args: { client: 'Nowak i Synowie', address: { city: 'Gdańsk', line1: 'ul. Długa 8' } } },
    ]);
    expect(callsOf('Lopes Lda moved to Porto, Rua Augusta 12')).toEqual([
      { tool: 'updateClient', args: { client: 'Lopes Lda', address: { city: 'Porto', line1: 'Rua Augusta 12' } } },
    ]);
  });
});
