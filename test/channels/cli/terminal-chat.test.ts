// The terminal chat through its function, on a fake terminal (a stream that says it is a TTY) and on plain
// pipes: colour unless NO_COLOR, a spinner only on a terminal, history kept between sessions (Up recalls the
// last session's line), `help` for the terminal, and exports saved in the current folder or --out.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs, runChat, type ChatIo } from '../../../src/channels/cli/run-chat';
import { createTestDeps, type TestDeps } from '../../support/deps';

let deps: TestDeps | undefined;
const dirs: string[] = [];
afterEach(() => { deps?.testDb.cleanup(); deps = undefined; for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'clientele-term-')); dirs.push(d); return d; };

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes on purpose
const COLOUR = /\x1b\[[0-9;]*m/;

function terminal(opts: { tty: boolean; env?: Record<string, string>; cwd?: string; input: string }) {
  let text = '';
  const out = Object.assign(new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } }), { isTTY: opts.tty, columns: 100 });
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.tty });
  stdin.end(opts.input);
  const io: ChatIo = { stdin, stdout: out, stderr: out, env: opts.env ?? {}, cwd: opts.cwd ?? tempDir() };
  return { io, output: () => text };
}

describe('the terminal chat', { timeout: 120_000 }, () => {
  it('on a terminal: colour, a spinner while it works, help, and history that the next session recalls with Up', async () => {
    deps = await createTestDeps();
    const one = terminal({ tty: true, input: 'add Acme to my clients\rhelp\rexit\r' });
    await runChat(deps, parseArgs([]), one.io);
    const out = one.output();
    expect(out).toMatch(COLOUR);
    expect(out).toContain('⠋');
    expect(out).toContain('\r\x1b[K');
    expect(out).toMatch(/Added Acme \(#0001\)/);
    expect(out).toContain('Words the chat itself understands');
    expect(out).toContain('Up / Down');
    const file = join(deps.env.DATA_DIR, 'chat-history');
    expect(readFileSync(file, 'utf8')).toBe('add Acme to my clients\nhelp\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    // A new session: Up brings back "help" from the last one, Enter runs it.
    const two = terminal({ tty: true, input: '\x1b[A\rexit\r' });
    await runChat(deps, parseArgs([]), two.io);
    expect(two.output()).toContain('Words the chat itself understands');
  });

  it('NO_COLOR on a terminal: no colour codes, the spinner still turns', async () => {
    deps = await createTestDeps();
    const t = terminal({ tty: true, env: { NO_COLOR: '1' }, input: 'add Acme to my clients\rexit\r' });
    await runChat(deps, parseArgs([]), t.io);
    expect(t.output()).toMatch(/Added Acme/);
    expect(t.output()).not.toMatch(COLOUR);
    expect(t.output()).toContain('⠋');
  });

  it('through a pipe: plain text, no spinner, no history; an export lands in the current folder, or in --out', async () => {
    deps = await createTestDeps();
    const here = tempDir();
    const t = terminal({ tty: false, cwd: here, input: 'add Acme to my clients\nexport all clients as csv\nexit\n' });
    await runChat(deps, parseArgs([]), t.io);
    const out = t.output();
    expect(out).not.toContain('\x1b');
    const saved = readdirSync(here);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatch(/\.csv$/);
    expect(out).toContain(`Saved to ./${saved[0]}`);
    expect(readFileSync(join(here, saved[0]), 'utf8')).toContain('Acme');
    expect(existsSync(join(deps.env.DATA_DIR, 'chat-history'))).toBe(false);

    const elsewhere = tempDir();
    const once = terminal({ tty: false, cwd: here, input: '' });
    await runChat(deps, parseArgs(['--out', elsewhere, 'export all clients as csv']), once.io);
    expect(readdirSync(elsewhere)).toHaveLength(1);
    expect(once.output()).toContain(`Saved to ${join(elsewhere, readdirSync(elsewhere)[0])}`);
    expect(readdirSync(here)).toHaveLength(1);
  });

  it('--help prints the terminal help and changes nothing', async () => {
    deps = await createTestDeps();
    const t = terminal({ tty: false, input: '' });
    await runChat(deps, parseArgs(['--help']), t.io);
    expect(t.output()).toContain('npm run chat -- "add Acme to my clients"');
    expect(t.output()).toContain('NO_COLOR=1');
  });
});
