// A dead process's ack journal (Slack work it acknowledged and never claimed) is not left for the next start on that
// database: the hourly purge records it as interrupted, reports it, and removes it; a live process's journal stays.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { reportInterrupted } from '../../src/channels/slack/mount-slack';
import { slackEvents } from '../../src/db/schema';
import { ackJournalDir } from '../../src/files/ack-journal';
import { purgePrivateFiles } from '../../src/files/purge-schedule';
import { startServer } from '../../src/server';
import { startFakeSlack } from '../support/fakes/slack-api';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the hourly purge and a dead process’s ack journal (happy)', () => {
  it('records and reports what it held, then removes it; a live process’s journal is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientele-purge-acks-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const slack = await startFakeSlack({ teamId: 'TPUR0001' });
    cleanups.push(() => slack.close());
    const url = `file:${join(dir, 'app.db')}`;
    const s = await startServer({ DATABASE_URL: url, DATA_DIR: dir, OUTBOX_DIR: join(dir, 'outbox'), PORT: '0', LOG_LEVEL: 'silent' });
    cleanups.push(() => s.close());
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.once('exit', r));
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    cleanups.push(() => sleeper.kill('SIGKILL'));
    // Left after this server started (a process beside it on this host, killed): no start will read it.
    const journals = ackJournalDir(dir, url);
    mkdirSync(journals, { recursive: true, mode: 0o700 });
    const journal = (owner: string, key: string) => {
      const file = join(journals, `${encodeURIComponent(owner)}.jsonl`);
      const noted = {
        key,
        teamId: 'TPUR0001',
        at: new Date().toISOString(),
        command: { responseUrl: slack.hookUrl(key), text: `/client ${key}`, slackUserId: 'UPUR0001' },
      };
      writeFileSync(file, `${JSON.stringify(noted)}\n`, { mode: 0o600 });
      return file;
    };
    const deadFile = journal(`${hostname()}:${dead.pid}:0001`, 'cmd:dead');
    const liveFile = journal(`${hostname()}:${sleeper.pid}:0002`, 'cmd:live');

    const purged = await purgePrivateFiles(s.deps, { reportInterrupted: () => reportInterrupted(s.deps) });
    expect(purged.journals).toBe(1);
    expect([existsSync(deadFile), existsSync(liveFile)]).toEqual([false, true]);
    expect(slack.hooks.map((h) => [h.path, h.body.text])).toEqual([
      ['cmd:dead', expect.stringMatching(/restarted while it was working on `\/client cmd:dead`, so it was interrupted/)],
    ]);
    const [row] = await s.deps.db.select().from(slackEvents).where(eq(slackEvents.eventId, 'cmd:dead'));
    expect([row.status, row.responseUrl, !!row.reportedAt]).toEqual(['failed', null, true]);
    // The next hour finds nothing more to record or report.
    expect((await purgePrivateFiles(s.deps, { reportInterrupted: () => reportInterrupted(s.deps) })).journals).toBe(0);
    expect(slack.hooks).toHaveLength(1);
  }, 60_000);
});
