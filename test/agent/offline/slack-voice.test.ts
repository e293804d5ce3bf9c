// Said in Slack with its mentions: whether to make a change asked (advice, never the change), a teammate's role by
// their mention, "delete INV-…" read as voiding it (confirmed first), "my follow-ups?" after the bot's mention, a
// client's status said as what they now are, a draft's purpose, and a follow-up whose day comes before what to do.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';

beforeAll(() => loadCommandReader());

const MONDAY = new Date('2026-12-07T12:00:00Z');
const known = { clients: ['Kaimana Surf Co', 'Van Dijk & Zonen B.V.'], contacts: [], groups: [], members: [], contactClients: {} };
const read = (text: string) => {
  const d = readMessage(text, { today: MONDAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};
const BOT = '<@U07BOT123> ';

describe('asked whether, not asked to', () => {
  it.each([
    [`${BOT}should we delete Kaimana Surf Co? they never replied`, 'delete Kaimana Surf Co'],
    ['should we archive Kaimana Surf Co? no reply in months', 'archive Kaimana Surf Co'],
  ])('%s', (text, how) => {
    const answer = read(text);
    expect(typeof answer).toBe('string');
    expect(answer).toContain(`say "${how}"`);
  });

  it('still does a change asked for with a question after it', () => {
    expect(read('delete Kaimana Surf Co, should we keep the notes? no')).toEqual([{ tool: 'deleteClient', args: { client: 'Kaimana Surf Co' } }]);
  });
});

describe('Slack mentions and short forms', () => {
  it("takes a teammate's mention as their Slack id", () => {
    expect(read(`${BOT}make <@U02JOHANNA> an owner`)).toEqual([{ tool: 'setMemberRole', args: { member: 'U02JOHANNA', role: 'owner' } }]);
  });

  it('voids an invoice asked to be deleted (an invoice is never deleted)', () => {
    expect(read(`${BOT}delete INV-0402`)).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0402' } }]);
  });

  it("lists the person's follow-ups after the bot's mention", () => {
    expect(read(`${BOT}my follow-ups?`)).toEqual([{ tool: 'listFollowUps', args: {} }]);
  });

  it('changes the status said as what the client now is, and still lists by status', () => {
    expect(read(`${BOT}Kaimana Surf Co is a past client now, we finished everything`)).toEqual([{ tool: 'updateClient', args: { client: 'Kaimana Surf Co', status: 'past' } }]);
    expect(read('which clients are past clients?')).toEqual([{ tool: 'findClients', args: { status: 'past' } }]);
  });
});

it("takes a draft's purpose said after its client as its goal", () => {
  expect(read(`${BOT}write to Kaimana Surf Co to win them back`)).toEqual([{ tool: 'draftOutreach', args: { client: 'Kaimana Surf Co', goal: 'win them back' } }]);
});

describe('a follow-up with the day first', () => {
  it.each([
    [`${BOT}remind me on Wednesday to send Kaimana Surf Co the contract`, 'Send Kaimana Surf Co the contract', '2026-12-09'],
    ['remind me tomorrow about Kaimana Surf Co', 'Follow up with Kaimana Surf Co', '2026-12-08'],
  ])('%s', (text, what, due) => {
    expect(read(text)).toEqual([{ tool: 'addFollowUp', args: { client: 'Kaimana Surf Co', text: what, due } }]);
  });
});
