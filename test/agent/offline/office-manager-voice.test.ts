// A polite office voice (corpus/tune/voices-q): follow-ups asked for as "I need a reminder", marked done with why,
// listed for a period; history since a day; a void's reason in a sentence of its own; a handover asked politely; a
// draft's subject after the client; a job title ending in "manager"; a follow-up moved beside a note.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readerIn } from '../../support/read-commands';

beforeAll(() => loadCommandReader());

// A Tuesday.
const read = readerIn({ clients: ['Kestrel Analytics', 'Halden Roofing'], contacts: [], groups: [], members: ['Dana Reyes'] }, new Date('2026-12-08T12:00:00Z'));

describe('follow-ups in whole sentences', () => {
  it('plans one asked for as a reminder someone needs', () => {
    expect(read('we need a reminder to call Halden Roofing about the deposit on Thursday')).toEqual([
      { tool: 'addFollowUp', args: { client: 'Halden Roofing', text: 'Call Halden Roofing about the deposit', due: '2026-12-10' } }]);
  });

  it('marks one done when the reason is said after it, never the client', () => {
    expect(read('please mark the Halden Roofing follow-up as done, we spoke yesterday')).toEqual([{ tool: 'completeFollowUp', args: { client: 'Halden Roofing' } }]);
  });

  it("lists the week's to-dos asked as a question, the team's when it is \"we\"", () => {
    expect(read('what do we need to follow up on this week?')).toEqual([{ tool: 'listFollowUps', args: { scope: 'workspace', until: '2026-12-13' } }]);
    expect(read('anything I have to chase next week?')).toEqual([{ tool: 'listFollowUps', args: { until: '2026-12-20' } }]);
  });

  it("moves the client's follow-up asked for beside a note on it", () => {
    expect(read('could you add a note to Kestrel Analytics that the budget is approved and push the follow-up to Friday?')).toEqual([
      { tool: 'addNote', args: { client: 'Kestrel Analytics', text: 'the budget is approved' } }, { tool: 'updateFollowUp', args: { client: 'Kestrel Analytics', due: '2026-12-11' } }]);
  });
});

describe('details said the way people write', () => {
  it('reads the history since a weekday', () => {
    expect(read('what has changed on Kestrel Analytics since Friday?')).toEqual([{ tool: 'listActivity', args: { client: 'Kestrel Analytics', since: '2026-12-04' } }]);
  });

  it("keeps a void's reason said as its own sentence, but no thanks as one", () => {
    expect(read('Please void INV-0401. It was sent twice.')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0401', reason: 'sent twice' } }]);
    expect(read('void INV-0401. Thanks!')).toEqual([{ tool: 'voidInvoice', args: { invoice: 'INV-0401' } }]);
  });

  it('hands a client over when asked politely, with a question mark', () => {
    expect(read('Could you hand Halden Roofing over to Dana Reyes?')).toEqual([{ tool: 'updateClient', args: { client: 'Halden Roofing', owner: 'Dana Reyes' } }]);
  });

  it("keeps what a draft should mention, said after the client", () => {
    expect(read('write an email to win back Halden Roofing, offering a free roof survey')).toEqual([
      { tool: 'draftOutreach', args: { client: 'Halden Roofing', goal: 'offering a free roof survey' } }]);
  });

  it('takes "office manager" as a job title, and "project manager" as the role alone', () => {
    expect(read('add Ines Duarte to Kestrel Analytics as their office manager')).toEqual([
      { tool: 'addContact', args: { client: 'Kestrel Analytics', name: 'Ines Duarte', jobTitle: 'office manager' } }]);
    expect(read('add Ines Duarte to Kestrel Analytics as project manager')).toEqual([
      { tool: 'addContact', args: { client: 'Kestrel Analytics', name: 'Ines Duarte', role: 'project_manager' } }]);
  });
});
