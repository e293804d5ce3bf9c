// A Bolt Receiver for fetch-style servers (Hono on Node or Workers). It reads the raw body once, checks
// Slack's signature on those bytes, answers ssl_check and url_verification itself and hands the rest to
// app.processEvent. The HTTP answer goes out as soon as a listener acks, before any database work: the ack
// returns to the listener only in a later turn of the event loop (after the answer is written and requests
// already waiting were read, and only while none waits for its answer), once the delivery is claimed; a retry of
// work done or running is dropped there. A slash command whose answer is still to come is noted in the ack journal
// (a file, src/files/ack-journal.ts) before its ack, so a kill before its claim is still reported after the restart.
// Measured (npm run bench, slack-ack): claiming first queued each ack behind the agents' writes.
import { createHash } from 'node:crypto';
import type { App, Receiver } from '@slack/bolt';
import type { Log } from '../../context';
import type { Db } from '../../db/client';
import type { AckJournal } from '../../deps';
import { claimDelivery, claimedCommand, finishDelivery } from './dedupe-deliveries';
import { createIdleGate, createTurnQueue } from './turn-queue';
import { verifySlackSignature } from './verify-signature';

export type FetchReceiverOptions = {
  signingSecret: string;
  db: Db;
  now(): Date;
  defer(work: Promise<unknown>): void;
  log: Log;
  /** If no listener acks in this time, answer 200 anyway: Slack wants an answer within 3 s. */
  ackDeadlineMs?: number;
  /** Written on each claim, so a restart settles only a dead process's claims (src/instance-owner.ts). */
  owner?: string;
  /** Where a command is noted before its ack until its claim (Node); none: the claim alone records it. */
  journal?: AckJournal;
};

/** Thrown out of ack() to stop a listener whose delivery was already claimed (a retry). */
class DuplicateDelivery extends Error {}

type Outcome = { kind: 'acked'; response: unknown } | { kind: 'finished' } | { kind: 'failed'; error: unknown } | { kind: 'late' };

const empty = (status: number, headers?: Record<string, string>) => new Response(null, { status, headers });

export class FetchReceiver implements Receiver {
  private app: App | undefined;
  // Claims run one at a time, each in its own loop turn, in the order the acks came.
  private readonly claims = createTurnQueue();
  // After its claim a listener goes on (the agent) only while no other delivery waits for its answer.
  private readonly idle = createIdleGate();
  constructor(private readonly opts: FetchReceiverOptions) {}

  init(app: App): void { this.app = app; }
  async start(): Promise<this> { return this; }
  async stop(): Promise<void> {}

  async handle(request: Request): Promise<Response> {
    this.idle.enter();
    try {
      return await this.answer(request);
    } finally {
      this.idle.leave();
    }
  }

  private async answer(request: Request): Promise<Response> {
    const raw = await request.text();
    const contentType = request.headers.get('content-type') ?? '';
    const isJson = contentType.includes('application/json');
    // ssl_check is unsigned by design and carries nothing to process.
    if (!isJson && new URLSearchParams(raw).get('ssl_check') === '1') return empty(200);

    const ok = verifySlackSignature({
      secret: this.opts.signingSecret, rawBody: raw, nowMs: this.opts.now().getTime(),
      signature: request.headers.get('x-slack-signature'), timestamp: request.headers.get('x-slack-request-timestamp'),
    });
    if (!ok) return empty(401);

    const body = parseBody(raw, isJson);
    // A signed body we cannot read will not read better on a retry.
    if (!body) return empty(400, { 'x-slack-no-retry': '1' });
    if (body.type === 'url_verification') return Response.json({ challenge: String(body.challenge ?? '') });
    // Slack stopped sending us events for a minute (over 30,000 an hour): nothing to process, but worth knowing.
    if (body.type === 'app_rate_limited') {
      this.opts.log.warn({ teamId: body.team_id, minute: body.minute_rate_limited }, 'slack app_rate_limited: events were dropped');
      return empty(200);
    }
    if (!this.app) return empty(503);

    const key = deliveryKey(body, isJson ? raw : (new URLSearchParams(raw).get('payload') ?? raw));
    const teamId = String(body.team_id ?? body.team?.id ?? '') || null;
    const retryNum = Number(request.headers.get('x-slack-retry-num') ?? '') || undefined;
    const retryReason = request.headers.get('x-slack-retry-reason') ?? undefined;
    let resolveAck!: (o: Outcome) => void;
    const acked = new Promise<Outcome>((r) => { resolveAck = r; });
    let ackedOnce = false;
    let claimed = false;
    let ackResponse: unknown;
    // A command whose answer is still to come is on record before Slack has its ack: noted in the journal (a file, no
    // lock to wait for) until its claim is tried. An ack carrying a card is the answer itself.
    const command = claimedCommand(body);
    let noted = false;
    const note = () => {
      if (noted || !command || !this.opts.journal) return;
      noted = true;
      this.opts.journal.note({ key, teamId, at: this.opts.now().toISOString(), command });
    };
    const unnote = () => {
      if (noted) this.opts.journal!.settle(key);
      noted = false;
    };
    const ack = async (response?: unknown) => {
      if (ackedOnce) return;
      ackedOnce = true;
      ackResponse = response;
      if (response === undefined) note();
      resolveAck({ kind: 'acked', response });
      // The claim is a write (a commit that holds the loop): during a burst it too waits until no delivery waits for
      // its answer, else each ack in the burst queued behind the claims of those answered before it. A command's
      // claim keeps its response_url, so a restart can report the command if the kill comes before its answer.
      try {
        await this.idle.wait();
        claimed = await this.claims.run(() => claimDelivery(this.opts.db, { key, teamId, workspaceId: null, owner: this.opts.owner, command }, this.opts.now()));
      } finally {
        unnote();
      }
      if (!claimed) throw new DuplicateDelivery(key);
      await this.idle.wait();
    };

    // The listeners know their delivery by its key (context.deliveryKey), to note the placeholder they post.
    const processing = this.app.processEvent({ body, ack, retryNum, retryReason, customProperties: { deliveryKey: key } });
    const settled = processing.then((): Outcome => ({ kind: 'finished' }), (error): Outcome => ({ kind: 'failed', error }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<Outcome>((r) => { timer = setTimeout(() => r({ kind: 'late' }), this.opts.ackDeadlineMs ?? 2500); });
    const first = await Promise.race([acked, settled, deadline]);
    clearTimeout(timer);

    const now = () => this.opts.now();
    // No ack in time: Slack is answered 200 all the same, so a command is as good as acknowledged.
    if (first.kind === 'late') note();
    if (first.kind === 'failed' && !ackedOnce) {
      // Failed before anything was acknowledged (so before the claim): 500, and Slack's retry runs it.
      this.opts.log.error({ err: first.error, key }, 'slack delivery failed before ack');
      return empty(500);
    }
    this.opts.defer(settled.then(async (o) => {
      // Ended without acking after the deadline: nothing left to claim.
      unnote();
      if (o.kind === 'failed' && o.error instanceof DuplicateDelivery) return;
      if (o.kind === 'failed') this.opts.log.error({ err: o.error, key }, 'slack delivery failed after ack');
      if (!claimed) return;
      // A modal answered with field errors may be submitted again unchanged; keep that delivery open.
      const reopen = o.kind === 'failed' || isErrorsAction(ackResponse);
      await finishDelivery(this.opts.db, key, reopen ? 'failed' : 'done', now());
    }));
    return toResponse(first.kind === 'acked' ? first.response : undefined);
  }
}

function parseBody(raw: string, isJson: boolean): Record<string, any> | null {
  try {
    if (isJson) {
      const parsed = JSON.parse(raw);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : null;
    }
    const params = new URLSearchParams(raw);
    const payload = params.get('payload');
    if (payload !== null) {
      const parsed = JSON.parse(payload);
      return parsed && typeof parsed === 'object' ? parsed : null;
    }
    const fields = Object.fromEntries(params);
    return Object.keys(fields).length ? fields : null;
  } catch {
    return null;
  }
}

/** event_id for the Events API, trigger_id for slash commands, a hash of the payload for interactivity. */
export function deliveryKey(body: Record<string, any>, signedPayload: string): string {
  if (typeof body.event_id === 'string') return `ev:${body.event_id}`;
  if (typeof body.command === 'string' && typeof body.trigger_id === 'string') return `cmd:${body.trigger_id}`;
  return `ia:${createHash('sha256').update(signedPayload).digest('hex')}`;
}

export const isErrorsAction = (r: unknown) => !!r && typeof r === 'object' && (r as { response_action?: string }).response_action === 'errors';

function toResponse(response: unknown): Response {
  if (response === undefined || response === null || response === '') return empty(200);
  if (typeof response === 'string') return new Response(response, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return Response.json(response);
}
