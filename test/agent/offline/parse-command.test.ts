// Understanding whole messages: several actions, references to the conversation, questions instead of guesses.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/agent/offline/parse/parse-command';

const today = new Date('2026-11-22T00:00:00Z');
const calls = (text: string, memory = {}) => {
  const d = parseCommand(text, { today, memory });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe('parseCommand', () => {
  it('splits "add X and make <email> their finance contact" into a create and an addContact', () => {
    expect(calls('add Acme and make jane@acme.com their finance contact')).toEqual([
      { tool: 'createClient', args: { name: 'Acme' } },
      { tool: 'addContact', args: { client: 'Acme', email: 'jane@acme.com', role: 'finance' } },
    ]);
  });

  it('keeps "and" inside a name and glues a detail sentence back onto the create', () => {
    expect(calls('add Salt and Pepper Studio')).toEqual([{ tool: 'createClient', args: { name: 'Salt and Pepper Studio' } }]);
    expect(calls('Please add Hooli. Contact person: Gavin Belson, 650-555-0199')).toEqual([
      { tool: 'createClient', args: { name: 'Hooli', contactName: 'Gavin Belson', phone: '650-555-0199' } },
    ]);
  });

  it('applies the /client rules: a bare name is a lead, verbs are commands, help answers', () => {
    expect(calls('/client Open Door Studio')).toEqual([{ tool: 'createClient', args: { name: 'Open Door Studio' } }]);
    expect(calls('/client find bakery')).toEqual([{ tool: 'findClients', args: { query: 'bakery' } }]);
    expect(calls('/client archive Orbit Media')).toEqual([{ tool: 'archiveClient', args: { client: 'Orbit Media' } }]);
    expect(typeof calls('/client help')).toBe('string');
    expect(typeof calls('/client')).toBe('string');
  });

  it('resolves "it" and "her" from the conversation', () => {
    expect(calls('archive it', { client: 'Acme Corp' })).toEqual([{ tool: 'archiveClient', args: { client: 'Acme Corp' } }]);
    expect(calls('make her the primary contact', { client: 'Acme Corp', contact: { client: 'Acme Corp', contact: 'Jane Doe' } }))
      .toEqual([{ tool: 'updateContact', args: { client: 'Acme Corp', contact: 'Jane Doe', primary: true } }]);
  });

  it('asks one short question when it cannot tell what to act on', () => {
    for (const text of ['archive it', 'delete them', 'update the client', 'change the email', 'make her the primary contact']) {
      const answer = calls(text);
      expect(typeof answer, text).toBe('string');
      expect(answer as string, text).toMatch(/\?/);
    }
  });

  it('answers out-of-scope requests and how-to questions without a tool call', () => {
    for (const text of ["what's the weather in Berlin today?", 'can you book me a flight to Lisbon?', 'how do I add a client?', 'thanks!']) {
      expect(typeof calls(text), text).toBe('string');
    }
  });

  it('understands slack encodings in field values', () => {
    expect(calls('<@U07BOT123> assign Birch Media to <@U02XYZ789>')).toEqual([{ tool: 'updateClient', args: { client: 'Birch Media', owner: 'U02XYZ789' } }]);
    expect(calls('add Cedar &amp; Pine, site <https://cedarandpine.ca/>')).toEqual([
      { tool: 'createClient', args: { name: 'Cedar & Pine', website: 'https://cedarandpine.ca' } },
    ]);
  });
});
