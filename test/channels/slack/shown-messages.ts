// Messages as people see them in Slack: each chat.postMessage with the later chat.update calls to that message
// applied (the "Working…" placeholder replaced by the answer). A placeholder not yet replaced is the working
// state, not an answer, so it is left out.
import { WORKING } from '../../../src/channels/slack/working-state';
import type { FakeCall, FakeSlack } from '../../support/fakes/slack-api';

export function shownMessages(fake: FakeSlack): FakeCall[] {
  const shown: FakeCall[] = [];
  const byTs = new Map<string, FakeCall>();
  for (const call of fake.calls) {
    if (call.method === 'chat.postMessage') {
      const copy = { ...call, args: { ...call.args } };
      shown.push(copy);
      if (call.ts) byTs.set(`${call.args.channel}:${call.ts}`, copy);
    } else if (call.method === 'chat.update' && !call.rateLimited) {
      const target = byTs.get(`${call.args.channel}:${call.args.ts}`);
      if (target) Object.assign(target.args, { text: call.args.text, blocks: call.args.blocks });
    }
  }
  return shown.filter((m) => m.args.text !== WORKING);
}

/** The placeholders posted while the model worked (each is replaced by its answer once it is ready). */
export const placeholders = (fake: FakeSlack) => fake.callsTo('chat.postMessage').filter((c) => c.args.text === WORKING);
