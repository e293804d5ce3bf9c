// Runs a child script on this Node (v24, the one running vitest): a .ts one with tsx, so it opens the database
// through our own src/db/client.ts; an .mjs one plainly (it starts much faster). Lines arrive as printed.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export type Child = {
  proc: ChildProcess;
  lines: string[];
  /** Resolves with the first line matching, or rejects when the child exits first. */
  waitFor(match: (line: string) => boolean): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  send(line: string): void;
};

export function spawnChild(script: string, args: string[]): Child {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const proc = spawn(process.execPath, [...loader, resolve(import.meta.dirname, script), ...args], {
    cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ match: (l: string) => boolean; ok: (l: string) => void; fail: (e: Error) => void }> = [];
  let buf = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => {
    buf += String(d);
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of [...waiters]) if (w.match(line)) { waiters.splice(waiters.indexOf(w), 1); w.ok(line); }
    }
  });
  proc.stderr!.on('data', (d) => { stderr += String(d); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((ok) => {
    proc.on('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.fail(new Error(`child exited (${code ?? signal}) before the expected line: ${stderr}`));
      ok({ code, signal, stderr });
    });
  });
  return {
    proc,
    lines,
    exited,
    waitFor(match) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      if (proc.exitCode !== null || proc.signalCode !== null) return Promise.reject(new Error(`child already exited: ${stderr}`));
      return new Promise((ok, fail) => waiters.push({ match, ok, fail }));
    },
    send(line) { proc.stdin!.write(`${line}\n`); },
  };
}
