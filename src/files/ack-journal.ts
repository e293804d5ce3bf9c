// Slash commands acknowledged but not yet claimed. The claim is a database write made after the ack (the write queue
// may be held by an import for seconds, and Slack wants its ack within 3 s: fetch-receiver.ts), so a kill in between
// left nothing on record and the person was never told. Each such command is appended here before its ack (a file
// write, no lock to wait for; once written it is in the kernel's cache and survives kill -9) and forgotten once
// claimed; the next start records what a dead process left (server.ts), and reports it like the commands cut off later.
import { createHash } from 'node:crypto';
import { closeSync, ftruncateSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from '../context';
import type { AckJournal } from '../deps';
import { ensurePrivateDir } from './private-dir';

const fileOf = (dir: string, owner: string) => join(dir, `${encodeURIComponent(owner)}.jsonl`);

/** One folder per database (a data folder may serve several), one file per process, named by its owner. */
export function ackJournalDir(dataDir: string, databaseUrl: string): string {
  return join(dataDir, 'slack-acks', createHash('sha256').update(databaseUrl).digest('hex').slice(0, 16));
}

export function createAckJournal(dir: string, owner: string, log: Log): AckJournal {
  let fd: number | null = null;
  // Per key: noted and not yet settled (a retry may be noted while the first delivery is still unclaimed).
  const pending = new Map<string, number>();
  return {
    note(entry) {
      try {
        fd ??= openSync(fileOf(ensurePrivateDir(dir), owner), 'a', 0o600);
        writeSync(fd, `${JSON.stringify(entry)}\n`);
        pending.set(entry.key, (pending.get(entry.key) ?? 0) + 1);
      } catch (err) {
        // The ack goes out anyway: a full disk must not cost the person their answer.
        log.warn({ key: entry.key, error: (err as Error).message }, 'slack: could not note an acknowledged command');
      }
    },
    settle(key) {
      const left = (pending.get(key) ?? 0) - 1;
      if (left < 0) return;
      if (left > 0) return void pending.set(key, left);
      pending.delete(key);
      // Nothing left unclaimed: the answer URLs (credentials for 30 minutes) leave the disk.
      if (!pending.size && fd !== null) {
        try {
          ftruncateSync(fd, 0);
        } catch (err) {
          log.warn({ error: (err as Error).message }, 'slack: could not empty the ack journal');
        }
      }
    },
    close() {
      if (fd === null) return;
      closeSync(fd);
      fd = null;
      if (!pending.size) rmSync(fileOf(dir, owner), { force: true });
    },
  };
}

/** `noted`: the lines as written, parsed by the domain's schema (recordUnclaimedCommands). */
export type LeftJournal = { owner: string; noted: unknown[]; remove(): void };

/** The journals of processes `isGone` says are dead, never `self`'s. A line the kill cut short is skipped. */
export function leftAckJournals(dir: string, self: string | undefined, isGone: (owner: string) => boolean): LeftJournal[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const left: LeftJournal[] = [];
  for (const name of names) {
    if (!name.endsWith('.jsonl')) continue;
    const owner = decodeURIComponent(name.slice(0, -'.jsonl'.length));
    if (owner === self || !isGone(owner)) continue;
    const file = join(dir, name);
    const noted: unknown[] = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        if (line) noted.push(JSON.parse(line));
      } catch {
        /* cut short */
      }
    }
    left.push({ owner, noted, remove: () => rmSync(file, { force: true }) });
  }
  return left;
}
