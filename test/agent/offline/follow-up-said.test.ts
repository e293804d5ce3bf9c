// "Remind me to call Acme Corp tomorrow", "set a follow-up with Tallow & Finch for next Monday": a follow-up for the
// client named (or the client of the person named), due that day, where the reader had asked how much was paid or
// offered outreach; with no known client or no day it asks. "Any follow-ups?" lists those due; "mark the Acme Corp
// follow-up as done" closes it; "undo" opens it again. Questions that start "remind me what" and the reminder tone are
// read as before.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { createClient } from '../../../src/domain/clients/create-client';
import { showClient } from '../../../src/domain/clients/show-client';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp', 'Tallow & Finch'], contacts: ['Rosa Quintero'], groups: [], members: [], contactClients: { 'rosa quintero': 'Tallow & Finch', rosa: 'Tallow & Finch' } };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};
const day = (n: number) => new Date(READ_DAY.getTime() + n * 86_400_000).toISOString().slice(0, 10);

describe('a follow-up asked for', () => {
  it('plans it for the client named, or the client of the person named, on the day said', () => {
    expect(read('remind me to call Acme Corp tomorrow')).toEqual([{ tool: 'addFollowUp', args: { client: 'Acme Corp', text: 'Call Acme Corp', due: day(1) } }]);
    expect(read('remind me to send the contract to Tallow & Finch in 3 days'))
      .toEqual([{ tool: 'addFollowUp', args: { client: 'Tallow & Finch', text: 'Send the contract to Tallow & Finch', due: day(3) } }]);
    expect(read('schedule a call with Rosa in 2 weeks')).toEqual([{ tool: 'addFollowUp', args: { client: 'Tallow & Finch', text: 'Call with Rosa', due: day(14) } }]);
    expect(read('set a follow-up with Acme Corp in a week')).toEqual([{ tool: 'addFollowUp', args: { client: 'Acme Corp', text: 'Follow up with Acme Corp', due: day(7) } }]);
  });

  it('asks for the client or the day it was not told', () => {
    expect(read('remind me to call the bank tomorrow')).toBe('Which client is the follow-up for? Name it, e.g. "remind me to call Acme Corp on Friday".');
    expect(read('add a task: send Acme Corp the contract')).toBe('By which day? Say it with the day, e.g. "remind me to call Acme Corp on Friday".');
  });

  it('lists those due, marks one done, and leaves questions and the reminder tone alone', () => {
    expect(read('any follow-ups?')).toEqual([{ tool: 'listAttention', args: { show: 'followUps', scope: 'workspace' } }]);
    expect(read('mark the Acme Corp follow-up as done')).toEqual([{ tool: 'completeFollowUp', args: { client: 'Acme Corp' } }]);
    expect(read('Remind me what projects we have running with Acme Corp?')).toEqual([{ tool: 'showClient', args: { client: 'Acme Corp' } }]);
    expect(read('set reminder tone for Acme Corp to firm')).toEqual([{ tool: 'updateClient', args: { client: 'Acme Corp', reminderTone: 'firm' } }]);
    expect(read('/client set reminders for Acme Corp to firm')).toEqual([{ tool: 'updateClient', args: { client: 'Acme Corp', reminderTone: 'firm' } }]);
  });
});

describe('a follow-up moved or handed over', () => {
  const withTeam = (text: string) => {
    const d = readMessage(text, { today: READ_DAY, memory: {}, known: { ...known, members: ['Dana Reyes', 'Sam Ito', 'Sam Okafor'] } });
    return d.kind === 'calls' ? d.calls : d.text;
  };

  it('moves it to the day said, for the client named or the client of the person named', () => {
    expect(read('push the Acme Corp follow-up to tomorrow')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Acme Corp', due: day(1) } }]);
    expect(read('move my call with Rosa to 2026-06-20')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Tallow & Finch', due: '2026-06-20' } }]);
    expect(read('reschedule the acme corp follow-up for the 14th')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Acme Corp', due: '2026-06-14' } }]);
  });

  it('hands it to the teammate named, and asks for a teammate it does not know or cannot tell apart', () => {
    expect(withTeam('give the Acme Corp follow-up to Dana')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Acme Corp', owner: 'Dana Reyes' } }]);
    expect(withTeam('hand the Acme Corp task over to Sam Ito')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Acme Corp', owner: 'Sam Ito' } }]);
    for (const text of ['assign the Acme Corp follow-up to Bob', 'give the Acme Corp follow-up to Sam']) {
      expect(withTeam(text)).toBe('Which teammate should do the Acme Corp follow-up? Name someone in the team.');
    }
  });

  it('asks for the client or the day rather than guess, and leaves other moves alone', () => {
    expect(read('push the follow-up to Friday')).toBe('Which client\'s follow-up? Name it, e.g. "push the Acme Corp follow-up to Friday".');
    // "by a week" counts from the day it is due, which the reader does not know.
    for (const text of ['push the Acme Corp follow-up', 'push back the Acme Corp call by a week']) {
      expect(read(text)).toBe('To which day? Say it with the day, e.g. "push the Acme Corp follow-up to Friday".');
    }
    expect(read("don't move the Acme Corp follow-up to Friday")).not.toEqual([expect.objectContaining({ tool: 'updateFollowUp' })]);
  });
});

describe('the follow-ups listed', () => {
  // READ_DAY is Monday 1 June 2026.
  it("lists the person's own or everyone's, all or due by the end of the period said", () => {
    expect(read('my follow-ups this week')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-06-07' } }]);
    expect(read('what follow-ups do we have next week?')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-06-14' } }]);
    expect(read('show all follow-ups')).toEqual([{ tool: 'listFollowUps', args: { scope: 'workspace' } }]);
    expect(read("everyone's follow-ups for the next 14 days")).toEqual([{ tool: 'listFollowUps', args: { scope: 'workspace', until: '2026-06-15' } }]);
    expect(read('upcoming follow-ups')).toEqual([{ tool: 'listFollowUps', args: {} }]);
    expect(read('any overdue follow-ups?')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-05-31' } }]);
  });

  it('reads the same after /client', () => {
    expect(read('/client remind me to call Acme Corp tomorrow')).toEqual([{ tool: 'addFollowUp', args: { client: 'Acme Corp', text: 'Call Acme Corp', due: day(1) } }]);
    expect(read('/client my follow-ups this week')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-06-07' } }]);
    expect(read('/client push the Acme Corp follow-up to tomorrow')).toEqual([{ tool: 'updateFollowUp', args: { client: 'Acme Corp', due: day(1) } }]);
    expect(read('/client mark INV-0003 as paid')).toEqual([{ tool: 'recordPayment', args: { invoice: 'INV-0003' } }]);
  });

  it("leaves those due now to the overview, and one client's to its record", () => {
    expect(read('any follow-ups?')).toEqual([{ tool: 'listAttention', args: { show: 'followUps', scope: 'workspace' } }]);
    expect(read('follow-ups due today')).toEqual([{ tool: 'listAttention', args: { show: 'followUps', scope: 'workspace' } }]);
    expect(read('list the follow-ups for Acme Corp')).toEqual([{ tool: 'showClient', args: { client: 'Acme Corp' } }]);
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('plans, lists once due, marks done, and "undo" opens it again', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    const open = async () => (await showClient({ ctx, input: { client: 'Acme Corp' } })).followUps.map((f) => f.text);
    const planned = await runAgent({ deps: fx.deps, ctx, conversationId: 'fu', text: 'remind me to call Acme Corp today', surface: 'web' });
    expect(planned.results[0]).toMatchObject({ toolName: 'addFollowUp', result: { ok: true, text: expect.stringMatching(/^Planned for Acme Corp, due \d{4}-\d{2}-\d{2} \(.+\): Call Acme Corp\.$/) } });
    expect(await open()).toEqual(['Call Acme Corp']);
    const due = await runAgent({ deps: fx.deps, ctx, conversationId: 'fu-list', text: 'any follow-ups?', surface: 'web' });
    expect(due.results[0].result).toMatchObject({ ok: true, text: expect.stringContaining('Follow-ups due: Acme Corp: Call Acme Corp (today') });
    const done = await runAgent({ deps: fx.deps, ctx, conversationId: 'fu', text: 'mark the Acme Corp follow-up as done', surface: 'web' });
    expect(done.results[0]).toMatchObject({ toolName: 'completeFollowUp', result: { ok: true, text: 'Done for Acme Corp: Call Acme Corp.' } });
    expect(await open()).toEqual([]);
    await runAgent({ deps: fx.deps, ctx, conversationId: 'fu', text: 'undo', surface: 'web' });
    expect(await open()).toEqual(['Call Acme Corp']);
  });

  it('lists the open ones in chat, soonest first, overdue said', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    await runAgent({ deps: fx.deps, ctx, conversationId: 'list', text: 'remind me to call Acme Corp on 2099-01-15', surface: 'web' });
    await runAgent({ deps: fx.deps, ctx, conversationId: 'list', text: 'remind me to send Acme Corp the brief on 2020-01-10', surface: 'web' });
    const listed = await runAgent({ deps: fx.deps, ctx, conversationId: 'list', text: 'show me my follow-ups', surface: 'web' });
    expect(listed.results[0]).toMatchObject({ toolName: 'listFollowUps', result: { ok: true } });
    expect(listed.results[0].result.ok && listed.results[0].result.text).toBe('Your open follow-ups:\n2020-01-10 (overdue) · Acme Corp: Send Acme Corp the brief\n2099-01-15 · Acme Corp: Call Acme Corp');
  });

  it('moves the open follow-up to the day said, and "undo" brings it back', async () => {
    const ctx = fx.ctxFor('owner');
    await createClient({ ctx, input: { name: 'Acme Corp' } });
    const dueOn = async () => (await showClient({ ctx, input: { client: 'Acme Corp' } })).followUps.map((f) => f.dueOn);
    await runAgent({ deps: fx.deps, ctx, conversationId: 'move', text: 'remind me to call Acme Corp today', surface: 'web' });
    const [today] = await dueOn();
    const moved = await runAgent({ deps: fx.deps, ctx, conversationId: 'move', text: 'push the Acme Corp follow-up to 2099-01-15', surface: 'web' });
    expect(moved.results[0]).toMatchObject({ toolName: 'updateFollowUp', result: { ok: true, text: expect.stringMatching(/^The follow-up for Acme Corp is due 2099-01-15 \(.+\): Call Acme Corp\.$/) } });
    expect(await dueOn()).toEqual(['2099-01-15']);
    await runAgent({ deps: fx.deps, ctx, conversationId: 'move', text: 'undo', surface: 'web' });
    expect(await dueOn()).toEqual([today]);
  });
});
