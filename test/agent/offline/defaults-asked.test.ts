// "what's our default currency?", "what are our payment terms?": a question about the workspace's own defaults is
// answered (explainSettings without a client); a change said as a question, a client's settings, or how the
// settings work are read as before, and nothing is ever written from such a question.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadCommandReader } from '../../../src/agent/offline/nlu/command-reader';
import { readMessage } from '../../../src/agent/offline/nlu/read-message';
import { runAgent } from '../../../src/agent/run-agent';
import { updateWorkspaceSettings } from '../../../src/domain/settings/update-workspace';
import { READ_DAY } from '../../support/read-commands';
import { agentFixture, type AgentFixture } from '../setup';

beforeAll(() => loadCommandReader());

const known = { clients: ['Acme Corp'], contacts: [], groups: ['Agencies'], members: [] };
const read = (text: string) => {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  return d.kind === 'calls' ? d.calls : d.text;
};

describe("the workspace's defaults, asked", () => {
  it.each([
    ["what's our default currency?", { setting: 'currency' }],
    ['which currency do we invoice in by default', { setting: 'currency' }],
    ['are we invoicing in EUR by default?', { setting: 'currency' }],
    ['what are our payment terms?', { setting: 'paymentTerms' }],
    ['how many days do clients have to pay by default?', { setting: 'paymentTerms' }],
    ['what tone do our reminders use?', { setting: 'reminderTone' }],
    ['what are our default settings', {}],
  ])('%s', (text, args) => {
    expect(read(text)).toEqual([{ tool: 'explainSettings', args }]);
  });

  it("leaves a change, a client's settings and how settings work to the rest of the reader", () => {
    expect(read('set our default currency to EUR')).toEqual([{ tool: 'updateWorkspace', args: { currency: 'EUR' } }]);
    expect(read('what currency is Acme Corp billed in?')).toEqual([{ tool: 'explainSettings', args: { client: 'Acme Corp', setting: 'currency' } }]);
    for (const text of ["is there a way to change the workspace's reminder tone to neutral?", 'can we switch to CHF?',
      "what's the difference between a group and the workspace defaults?", 'could we create a group called "Publishers" with friendly reminders?']) {
      expect(read(text), text).not.toEqual([expect.objectContaining({ tool: 'explainSettings' })]);
    }
  });
});

describe('through the agent, on the workspace', () => {
  let fx: AgentFixture;
  beforeEach(async () => { fx = await agentFixture(); });
  afterEach(() => fx.deps.testDb.cleanup());

  it('answers with the default as it is set now', async () => {
    await updateWorkspaceSettings({ ctx: fx.ctxFor('owner'), input: { currency: 'GBP' } });
    const turn = await runAgent({ deps: fx.deps, ctx: fx.ctxFor('manager'), conversationId: 'defaults', text: "what's our default currency?", surface: 'web' });
    expect(turn.results[0]).toMatchObject({ toolName: 'explainSettings', result: { ok: true } });
    expect(turn.text).toContain('Clients are billed in GBP by default.');
  });
});
