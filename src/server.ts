// Node entry: take the database's server lock, build the deps (env, database + migrations, mailer, model),
// serve the Hono app on HOST:PORT, print the URL (and the first-owner link), purge old private files.
import { serve, type ServerType } from '@hono/node-server';
import { chmodSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { settleInterruptedApprovals } from './agent/settle-interrupted';
import { buildDeps } from './build-deps';
import { createApp } from './channels/http/app';
import { releaseOrphanedClaims } from './channels/slack/dedupe-deliveries';
import { startFollowUpReminders } from './channels/slack/follow-up-reminders';
import { startMirrorSweep } from './channels/slack/mirror-sweep';
import { reportInterrupted, startSlackSocket, stopSlackSocket } from './channels/slack/mount-slack';
import { startInterruptedReports } from './channels/slack/report-schedule';
import type { AppDeps } from './deps';
import { issueFirstOwnerLink } from './domain/auth/issue-first-owner-link';
import { releaseOrphanedReports } from './domain/deliveries/interruption-reports';
import { releaseOrphanedThreadClaims } from './domain/messages/claim-slack-thread';
import { parseEnv } from './env';
import { ownerIsGone } from './instance-owner';
import { ensurePrivateDir } from './files/private-dir';
import { startPurgeSchedule } from './files/purge-schedule';
import { recordLeftJournals } from './files/record-left-journals';
import { acquireServerLock } from './server-lock';
import { describeStartFailure } from './start-failure';

export type RunningServer = { deps: AppDeps; server: ServerType; address: AddressInfo; close(): Promise<void> };

export async function startServer(source: Record<string, string | undefined>): Promise<RunningServer> {
  const env = parseEnv(source);
  // Before the database is touched: a second server on the same file stops here, with the reason.
  const lock = acquireServerLock(env.DATABASE_URL, { url: env.PUBLIC_URL });
  try {
    const deps = await buildDeps(source);
    await settleInterruptedWork(deps, !!lock);
    const app = createApp(deps);
    const server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
      s.once('error', reject);
    });
    // Each hour too: a dead process's ack journal on this host is recorded and reported, then removed.
    const stopPurge = startPurgeSchedule(deps, { reportInterrupted: () => reportInterrupted(deps) });
    // Commands, mentions, DMs and clicks the last stop cut off after their ack are told so (Slack never sends them
    // again); a report Slack could not take now is tried again each minute.
    const stopReports = startInterruptedReports(deps);
    // Client messages a stopped instance saved but did not get into Slack are posted now, then every 30 s.
    const stopMirrorSweep = startMirrorSweep(deps);
    // Follow-ups due are told to their owners in Slack, once each, checked every five minutes.
    const stopReminders = startFollowUpReminders(deps);
    // Socket Mode: Slack's connection opens once the server listens (no public URL needed).
    // Not awaited: while Slack cannot be reached the socket keeps retrying, and the web app is up meanwhile.
    void startSlackSocket(deps).catch((err) => deps.log.error({ err }, 'Slack Socket Mode could not connect (check SLACK_APP_TOKEN)'));
    let closed = false;
    return {
      deps, server, address: server.address() as AddressInfo,
      async close() {
        if (closed) return;
        closed = true;
        stopPurge();
        await stopReports();
        await stopMirrorSweep();
        await stopReminders();
        await stopSlackSocket(deps);
        await new Promise<void>((r) => { server.close(() => r()); });
        await deps.deferrer.drain();
        deps.ackJournal?.close();
        deps.dbHandle.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** In a terminal the link is shown; anywhere else (a container, a log collector) it goes to a private file. */
function firstOwnerNotice(deps: AppDeps, link: string): string {
  if (process.stdout.isTTY) return `No owner yet. Open this one-time link to set up your account (valid 24 hours):\n  ${link}`;
  const file = join(ensurePrivateDir(deps.env.DATA_DIR), 'first-owner-link.txt');
  writeFileSync(file, `${link}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return `No owner yet. The one-time link to set up your account (valid 24 hours) is in ${file} (kept out of the log).`;
}

// Work a killed process left claimed: with the file's lock held nobody else is mid-work, so all of it; on a shared
// database server only what is older than any run takes, or Slack claims of a process on this host that is gone.
async function settleInterruptedWork(deps: AppDeps, exclusive: boolean) {
  const before = new Date(deps.now().getTime() - (exclusive ? 0 : 10 * 60 * 1000));
  const approvals = await settleInterruptedApprovals(deps.db, before);
  const deliveries = await releaseOrphanedClaims(deps.db, before, { now: deps.now(), isGone: ownerIsGone });
  // Ack journals of a process that is gone (with the file's lock held: every other's): recorded, then reported.
  const unclaimed = await recordLeftJournals(deps, exclusive ? () => true : ownerIsGone);
  const threadClaims = await releaseOrphanedThreadClaims(deps.db, before);
  // Reports of such work a dead process took and never saw delivered: sent again by reportInterrupted.
  const reports = await releaseOrphanedReports(deps.db, before, ownerIsGone);
  if (approvals.length || deliveries || unclaimed || threadClaims || reports) {
    deps.log.warn({ approvals, deliveries, unclaimed, threadClaims, reports }, 'settled work interrupted by the last stop');
  }
}

async function main() {
  const running = await startServer(process.env);
  const { deps, address } = running;
  console.log(`Clientele is running at ${deps.env.PUBLIC_URL} (listening on ${address.address}:${address.port}, database ${deps.env.DATABASE_URL})`);
  // A new database has no owner yet: print a one-time link that makes whoever opens it the first owner.
  const firstOwnerLink = await issueFirstOwnerLink(deps.db, { workspaceId: deps.workspaceId, publicUrl: deps.env.PUBLIC_URL, now: deps.now() });
  if (firstOwnerLink) console.log(firstOwnerNotice(deps, firstOwnerLink));
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** `npm start` (scripts/start-server.mjs) imports the bundle and calls this. */
export function runMain(): Promise<void> {
  return main().catch((err) => {
    console.error(describeStartFailure(err));
    process.exit(1);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) void runMain();
