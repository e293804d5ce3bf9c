// The terminal chat, given its streams (so tests drive it with a fake terminal): one answer for text
// arguments (`--yes` confirms a pending action), else a session of lines until "exit", with colour, a spinner
// while the model works, history kept between sessions, `help`, and exports saved in the current folder.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { cancelApproval, confirmApproval, runAgent, type AgentTurn, type PendingApproval } from '../../agent/run-agent';
import { undoChange } from '../../agent/undo';
import { makeCtx, type AppDeps } from '../../deps';
import { chatHelp } from './chat-help';
import { historyFile, HISTORY_SIZE, loadHistory, rememberLine } from './chat-history';
import { extraLines, lastUndo } from './format-turn';
import { ensureLocalOwner } from './local-owner';
import { saveExport, shownPath } from './save-export';
import { createStyle, type Out, startSpinner, type Style, wantsColor } from './terminal-style';
import { cliErrorLine } from './cli-errors';

export type ChatIo = { stdin: Readable & { isTTY?: boolean }; stdout: Out; stderr: Out; env: Record<string, string | undefined>; cwd: string };
export type ChatArgs = { text: string | null; yes: boolean; help: boolean; out: string | null };

export function parseArgs(argv: string[]): ChatArgs {
  const words: string[] = [];
  let out: string | null = null;
  let yes = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--yes' || a === '-y') yes = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--out' || a === '-o') out = argv[++i] ?? null;
    else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else words.push(a);
  }
  return { text: words.length ? words.join(' ') : null, yes, help, out };
}

type Session = {
  deps: AppDeps; ctx: ReturnType<typeof makeCtx>; conversationId: string; undo?: number;
  io: ChatIo; style: Style; exportDir: string;
};

async function say(s: Session, text: string): Promise<AgentTurn> {
  const write = (t: string) => s.io.stdout.write(t);
  let streamed = false;
  const spinner = startSpinner(s.io.stdout, s.style);
  let turn: AgentTurn;
  try {
    turn = await runAgent({
      deps: s.deps, ctx: s.ctx, conversationId: s.conversationId, text, surface: 'cli',
      onEvent: (e) => { if (e.type === 'text-delta') { spinner.stop(); write(e.delta); streamed = true; } },
    });
  } finally {
    spinner.stop();
  }
  if (!streamed && turn.text) write(turn.text);
  write('\n');
  saveExports(s, turn);
  for (const line of extraLines(turn)) write(`${/^Saved to /.test(line) ? s.style.green(line) : s.style.dim(line)}\n`);
  s.undo = lastUndo(turn)?.activityId ?? s.undo;
  return turn;
}

/** Copies each exported file into the export folder and points the turn's result at the copy. */
function saveExports(s: Session, turn: AgentTurn): void {
  for (const { result } of turn.results) {
    const d = result.ok ? (result.data as { kind?: string; path?: unknown; filename?: unknown } | undefined) : undefined;
    if (d?.kind !== 'file' || typeof d.path !== 'string') continue;
    d.path = shownPath(saveExport(d.path, s.exportDir, typeof d.filename === 'string' ? d.filename : undefined), s.io.cwd);
  }
}

async function decide(s: Session, approval: PendingApproval, yes: boolean): Promise<void> {
  const { deps, ctx } = s;
  const turn = yes ? await confirmApproval({ deps, ctx, approvalId: approval.id }) : await cancelApproval({ deps, ctx, approvalId: approval.id });
  s.io.stdout.write(`${turn.text}\n`);
  saveExports(s, turn);
  s.undo = lastUndo(turn)?.activityId ?? s.undo;
}

const question = (s: Style, approval: PendingApproval) => `${s.yellow('Confirm:')} ${approval.summary}? [y/N] `;
const isYes = (line: string) => /^\s*(y|yes)\s*$/i.test(line);

async function oneShot(s: Session, text: string, yes: boolean): Promise<void> {
  const turn = await say(s, text);
  for (const approval of turn.approvals) {
    if (yes) {
      s.io.stdout.write(`${question(s.style, approval)}yes (--yes)\n`);
      await decide(s, approval, true);
    } else if (s.io.stdin.isTTY) {
      const answer = await new Promise<string>((ok) => {
        const rl = createInterface({ input: s.io.stdin, output: s.io.stdout as NodeJS.WritableStream });
        rl.question(question(s.style, approval), (a) => { rl.close(); ok(a); });
      });
      await decide(s, approval, isYes(answer));
    } else {
      s.io.stdout.write('Not confirmed, so nothing was changed. Run again with --yes to confirm.\n');
    }
  }
}

async function interactive(s: Session): Promise<void> {
  const { io, style } = s;
  const terminal = !!io.stdin.isTTY;
  const file = historyFile(s.deps.env.DATA_DIR);
  const rl = createInterface({
    input: io.stdin, output: io.stdout as NodeJS.WritableStream, terminal,
    history: terminal ? loadHistory(file) : [], historySize: HISTORY_SIZE, removeHistoryDuplicates: true,
  });
  const waiting: PendingApproval[] = [];
  const prompt = () => io.stdout.write(waiting.length ? question(style, waiting[0]) : style.cyan(style.bold('> ')));
  io.stdout.write(`${style.bold('Clientele chat.')} Type what you want done; ${style.bold('help')} lists what you can say, ${style.bold('undo')} reverses the last change, ${style.bold('exit')} quits.\n`);
  prompt();
  // Reading lines as a stream (not rl.question) keeps piped input in order.
  for await (const line of rl) {
    try {
      if (waiting.length) {
        await decide(s, waiting.shift()!, isYes(line));
      } else if (/^\s*(exit|quit)\s*$/i.test(line)) {
        break;
      } else {
        if (terminal) rememberLine(file, line);
        if (/^\s*(help|\?)\s*$/i.test(line)) {
          io.stdout.write(`${chatHelp(style, file)}\n`);
        } else if (/^\s*undo\s*$/i.test(line)) {
          if (!s.undo) io.stdout.write('There is no change to undo in this session.\n');
          else io.stdout.write(`${(await undoChange({ deps: s.deps, ctx: s.ctx, activityId: s.undo })).text}\n`);
          s.undo = undefined;
        } else if (line.trim()) {
          waiting.push(...(await say(s, line.trim())).approvals);
        }
      }
    } catch (err) {
      io.stderr.write(cliErrorLine(err, style.red));
    }
    prompt();
  }
  rl.close();
}

export async function runChat(deps: AppDeps, args: ChatArgs, io: ChatIo): Promise<void> {
  const style = createStyle(wantsColor(io.env, io.stdout));
  if (args.help) {
    io.stdout.write(`${chatHelp(style, historyFile(deps.env.DATA_DIR))}\n`);
    return;
  }
  const actor = await ensureLocalOwner(deps.db, deps.workspaceId);
  const exportDir = args.out ?? io.env.CHAT_EXPORT_DIR ?? io.cwd;
  const session: Session = { deps, ctx: makeCtx(deps, actor), conversationId: `cli-${randomUUID()}`, io, style, exportDir };
  if (args.text) await oneShot(session, args.text, args.yes);
  else await interactive(session);
}
