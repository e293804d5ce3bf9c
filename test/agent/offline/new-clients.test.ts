// A new client said in so many words is added: "net-new", "new customer", a person "added as a client", a name
// written with quotes and more after them; and no group is read into a request that names none.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { callsOf, READ_DAY } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

describe('a new client said in so many words', () => {
  it('adds a client the message calls net-new, never changes one', () => {
    expect(callsOf('net-new: Halden Lumber Co, based in Duluth, Minnesota')).toEqual([
      { tool: 'createClient', args: { name: 'Halden Lumber Co', address: { city: 'Duluth', region: 'Minnesota', country: 'US' } } },
    ]);
    expect(callsOf('/client net-new account: Quillfeather Media, website quillfeather.co')).toEqual([
      { tool: 'createClient', args: { name: 'Quillfeather Media', website: 'quillfeather.co' } },
    ]);
  });

  it('adds a person asked for as a client as the client, not as its contact, and makes no group of it', () => {
    expect(callsOf("could we maybe add Tomasz Wrona as a client? he's a photographer in Gdańsk")).toEqual([
      { tool: 'createClient', args: { name: 'Tomasz Wrona', address: { city: 'Gdańsk' } } },
    ]);
    const d = readMessage('could we maybe add Saanvi Rao as a client? she writes cookbooks in Pune, India, pays in rupees', { today: READ_DAY, memory: {} });
    expect(JSON.stringify(d)).not.toMatch(/createGroup/);
  });

  it("keeps the quotes of a name that goes on after them, wherever the tagger began it", () => {
    expect(callsOf('new logo "Bright Harbour" Pty Ltd, Hobart AU, AUD billing')[0].args.name).toBe('"Bright Harbour" Pty Ltd');
    expect(callsOf('new account "Red Kite" Outfitters Pty Ltd, Perth AU')[0].args.name).toBe('"Red Kite" Outfitters Pty Ltd');
    expect(callsOf('add "Sunrise Foods" and archive Copperline Ltd')[0]).toEqual({ tool: 'createClient', args: { name: 'Sunrise Foods' } });
  });
});
