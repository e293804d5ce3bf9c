// The client card shows each contact's portal status and last sign-in (issue 6), through the whole app:
// "show Acme" in a DM with the offline model answers with the card.
import { afterEach, expect, it } from 'vitest';
import { seedClient } from '../../domain/exports/seed';
import { startHarness, type Harness } from './slack-harness';
import { shownMessages } from './shown-messages';

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

it('lists every contact with portal on/off, never signed in, or the last sign-in as a Slack date', async () => {
  h = await startHarness();
  await seedClient(h.deps.db, h.deps.workspaceId, { name: 'Acme', status: 'active' }, [
    { name: 'Jane Doe', email: 'jane@acme.com', isPrimary: true, portalEnabled: true, portalLastSignInAt: new Date('2026-11-20T09:30:00Z') },
    { name: 'Max <Ops>', email: 'max@acme.com', portalEnabled: true },
    { name: 'Old Contact', email: 'old@acme.com', portalEnabled: false },
  ]);
  await h.send(h.fixture('message-im.json'));
  await h.deps.deferrer.drain();
  const [post] = shownMessages(h.fake);
  const contacts = (post.args.blocks as Array<{ text?: { text: string } }>).map((b) => b.text?.text ?? '').find((t) => t.startsWith('*Contacts*'))!;
  const seconds = Date.parse('2026-11-20T09:30:00Z') / 1000;
  expect(contacts.split('\n')).toEqual([
    '*Contacts*',
    '• Jane Doe · jane@acme.com _(primary)_',
    `   Portal: on, last sign-in <!date^${seconds}^{date_short_pretty} at {time}|2026-11-20 09:30 UTC>`,
    '• Max &lt;Ops&gt; · max@acme.com',
    '   Portal: on, never signed in',
    '• Old Contact · old@acme.com',
    '   Portal: off',
  ]);
});
