// Files only this process's user may read: a 0700 directory under the data folder (never a shared,
// predictable temp folder), 0600 files created exclusively, and a purge by age that the server runs on a timer.
import { chmodSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';

/** Creates `dir` (0700) or tightens an existing one; refuses a symlink, which could point anywhere. */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (lstatSync(dir).isSymbolicLink()) throw new Error(`${dir} is a symbolic link; point it at a real folder.`);
  chmodSync(dir, 0o700);
  return dir;
}

/** Options for writeFileSync/createWriteStream: a new file only its owner can read. */
export const PRIVATE_FILE = { mode: 0o600, flag: 'wx' } as const;

/** Removes files in `dir` older than `maxAgeMs` by their modification time; returns how many. */
export function purgeOlderThan(dir: string, maxAgeMs: number, now: Date): number {
  let removed = 0;
  let names: string[];
  try { names = readdirSync(dir); } catch { return 0; }
  for (const name of names) {
    const file = `${dir}/${name}`;
    try {
      if (now.getTime() - statSync(file).mtimeMs > maxAgeMs) { rmSync(file, { force: true }); removed++; }
    } catch { /* already gone */ }
  }
  return removed;
}
