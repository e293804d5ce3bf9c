// Socket Mode (SLACK_APP_TOKEN, xapp-…): the app opens a WebSocket to Slack (apps.connections.open) and every
// event, command and click arrives over it, so a laptop needs no public URL. Bolt's SocketModeReceiver speaks the
// protocol; around it we keep what the HTTP receiver does: each delivery is claimed once in the database after
// its ack (Slack re-sends an envelope it thinks was lost), a command noted before it (the ack journal), and work
// after the ack is tracked by the deferrer.
import { type App, type Logger, type Receiver, type ReceiverEvent, SocketModeReceiver } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { claimDelivery, claimedCommand, finishDelivery } from './dedupe-deliveries';
import { deliveryKey, isErrorsAction } from './fetch-receiver';

class DuplicateDelivery extends Error {}

export class SocketReceiver implements Receiver {
  readonly socket: SocketModeReceiver;
  constructor(private readonly deps: AppDeps, appToken: string, logger: Logger) {
    this.socket = new SocketModeReceiver({
      appToken, logger,
      // apps.connections.open goes where the rest of the Web API goes (a proxy, or the tests' fake).
      installerOptions: { clientOptions: { slackApiUrl: deps.env.SLACK_API_URL } },
    });
  }

  init(app: App): void {
    this.socket.init({ processEvent: (event: ReceiverEvent) => this.process(app, event) } as unknown as App);
  }

  start(): Promise<unknown> { return this.socket.start(); }
  stop(): Promise<void> { return this.socket.stop(); }

  private process(app: App, event: ReceiverEvent): Promise<void> {
    const { db, now, log } = this.deps;
    const body = event.body as Record<string, any>;
    const key = deliveryKey(body, JSON.stringify(body));
    const teamId = String(body.team_id ?? body.team?.id ?? '') || null;
    let claimed = false;
    let reopen = false;
    const command = claimedCommand(body);
    const ack = async (response?: unknown) => {
      // As over HTTP (fetch-receiver.ts): a command whose answer is still to come is on record before its ack.
      const journal = command && response === undefined ? this.deps.ackJournal : undefined;
      if (journal && command) journal.note({ key, teamId, at: now().toISOString(), command });
      try {
        await event.ack(response as never);
        reopen = isErrorsAction(response);
        claimed = await claimDelivery(db, { key, teamId, workspaceId: null, owner: this.deps.instance, command }, now());
      } finally {
        journal?.settle(key);
      }
      if (!claimed) throw new DuplicateDelivery(key);
    };
    const work = app.processEvent({ ...event, ack, customProperties: { ...event.customProperties, deliveryKey: key } }).then(
      () => (claimed ? finishDelivery(db, key, reopen ? 'failed' : 'done', now()) : undefined),
      async (err) => {
        if (err instanceof DuplicateDelivery) return;
        // Not acked: Slack sends the envelope again. Acked: the claim is reopened for that retry.
        log.error({ err, key }, 'slack socket delivery failed');
        if (claimed) await finishDelivery(db, key, 'failed', now());
      },
    );
    this.deps.deferrer.defer(work);
    return work;
  }
}

export function createSocketReceiver(deps: AppDeps, appToken: string, logger: Logger): SocketReceiver {
  return new SocketReceiver(deps, appToken, logger);
}
