// A contact introduced with apposition (the email or phone beside the name, in commas or brackets): an addContact
// with the name, the email and the role on the right client; the email never ends up inside the client's name.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};
const add = (args: Record<string, unknown>) => [{ tool: 'addContact', args }];

describe('contact introductions with apposition', () => {
  it.each([
    ['Lotte Maas from Gouda Graphics, lotte@goudagraphics.nl, is their finance lead',
      { client: 'Gouda Graphics', name: 'Lotte Maas', email: 'lotte@goudagraphics.nl', role: 'finance' }],
    ['<@U07BOT123> Rafael Costa from Pampa Wines, <mailto:rafa@pampa.ar|rafa@pampa.ar>, will be the project manager',
      { client: 'Pampa Wines', name: 'Rafael Costa', email: 'rafa@pampa.ar', role: 'project_manager' }],
    ['Yuki Mori (yuki@kumo.jp) from Kumo Systems is the decision maker',
      { client: 'Kumo Systems', name: 'Yuki Mori', email: 'yuki@kumo.jp', role: 'decision_maker' }],
    ['Yuki Mori <yuki@kumo.jp> at Kumo Systems is their tech lead',
      { client: 'Kumo Systems', name: 'Yuki Mori', email: 'yuki@kumo.jp', role: 'technical_lead' }],
    ["Gouda Graphics' finance contact is Lotte Maas, lotte@goudagraphics.nl",
      { client: 'Gouda Graphics', name: 'Lotte Maas', email: 'lotte@goudagraphics.nl', role: 'finance' }],
    ["Pampa Wines's new decision maker is Rafael Costa, rafa@pampa.ar",
      { client: 'Pampa Wines', name: 'Rafael Costa', email: 'rafa@pampa.ar', role: 'decision_maker' }],
    ['Lotte Maas, finance contact at Gouda Graphics, lotte@goudagraphics.nl',
      { client: 'Gouda Graphics', name: 'Lotte Maas', email: 'lotte@goudagraphics.nl', role: 'finance' }],
    ['Rafael Costa, Head of Sales at Pampa Wines, rafa@pampa.ar',
      { client: 'Pampa Wines', name: 'Rafael Costa', email: 'rafa@pampa.ar', jobTitle: 'Head of Sales' }],
    ['meet Yuki Mori from Kumo Systems, yuki@kumo.jp, their CTO',
      { client: 'Kumo Systems', name: 'Yuki Mori', email: 'yuki@kumo.jp', jobTitle: 'CTO' }],
    ['Yuki Mori, +81 3 1234 5678, is the project manager at Kumo Systems',
      { client: 'Kumo Systems', name: 'Yuki Mori', phone: '+81 3 1234 5678', role: 'project_manager' }],
    ['Lotte Maas from Gouda Graphics, lotte@goudagraphics.nl, handles their invoices',
      { client: 'Gouda Graphics', name: 'Lotte Maas', email: 'lotte@goudagraphics.nl', billingDefault: true }],
    ['please add: Lotte Maas, finance at Gouda Graphics, lotte@goudagraphics.nl',
      { client: 'Gouda Graphics', name: 'Lotte Maas', email: 'lotte@goudagraphics.nl', role: 'finance' }],
  ])('%s', (text, args) => {
    expect(calls(text)).toEqual(add(args));
  });

  it('keeps the email out of the client name whatever the punctuation around it', () => {
    const got = calls('Lotte Maas at Gouda Graphics, lotte@goudagraphics.nl, is the billing contact') as Array<{ args: Record<string, unknown> }>;
    expect(got[0].args).toMatchObject({ client: 'Gouda Graphics', email: 'lotte@goudagraphics.nl', billingDefault: true });
  });

  it('leaves role changes of people already known, and client fields, to their own readings', () => {
    expect(calls('Tom Becker at Kestrel Aviation is now their Head of Operations')).toEqual([
      { tool: 'updateContact', args: { client: 'Kestrel Aviation', contact: 'Tom Becker', jobTitle: 'Head of Operations' } }]);
    expect(calls("Blue Fox Ltd's email is now billing@bluefox.co.uk")).toEqual([
      { tool: 'updateClient', args: { client: 'Blue Fox Ltd', email: 'billing@bluefox.co.uk' } }]);
    expect(calls("Kumo Systems' owner is Maria")).not.toEqual(expect.arrayContaining([expect.objectContaining({ tool: 'addContact' })]));
  });
});
