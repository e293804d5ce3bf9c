// `npm run chat`: the agent in the terminal, on the same database. With text arguments it answers once and
// exits (`--yes` confirms a pending action); without, it reads lines until "exit" with the session's history.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { cancelApproval, confirmApproval, runAgent, type AgentTurn, type PendingApproval } from '../../agent/run-agent';
import { undoChange } from '../../agent/undo';
import { makeCtx, type AppDeps } from '../../deps';
import { buildDeps } from '../../build-deps';
import { extraLines, lastUndo } from './format-turn';
import { ensureLocalOwner } from './local-owner';

export function parseArgs(argv: string[]): { text: string | null; yes: boolean } {
  const yes = argv.includes('--yes') || argv.includes('-y');
  const words = argv.filter((a) => a !== '--yes' && a !== '-y');
  return { text: words.length ? words.join(' ') : null, yes };
}

type Session = { deps: AppDeps; ctx: ReturnType<typeof makeCtx>; conversationId: string; undo?: number };
const write = (s: string) => process.stdout.write(s);

async function say(session: Session, text: string): Promise<AgentTurn> {
  let streamed = false;
  const turn = await runAgent({
    deps: session.deps, ctx: session.ctx, conversationId: session.conversationId, text, surface: 'cli',
    onEvent: (e) => { if (e.type === 'text-delta') { write(e.delta); streamed = true; } },
  });
  if (!streamed && turn.text) write(turn.text);
  write('\n');
  for (const line of extraLines(turn)) write(`${line}\n`);
  session.undo = lastUndo(turn)?.activityId ?? session.undo;
  return turn;
}

async function decide(session: Session, approval: PendingApproval, yes: boolean): Promise<void> {
  const { deps, ctx } = session;
  const turn = yes
    ? await confirmApproval({ deps, ctx, approvalId: approval.id })
    : await cancelApproval({ deps, ctx, approvalId: approval.id });
  write(`${turn.text}\n`);
  session.undo = lastUndo(turn)?.activityId ?? session.undo;
}

const question = (approval: PendingApproval) => `Confirm: ${approval.summary}? [y/N] `;
const isYes = (line: string) => /^\s*(y|yes)\s*$/i.test(line);

async function oneShot(session: Session, text: string, yes: boolean): Promise<void> {
  const turn = await say(session, text);
  for (const approval of turn.approvals) {
    if (yes) {
      write(`${question(approval)}yes (--yes)\n`);
      await decide(session, approval, true);
    } else if (process.stdin.isTTY) {
      const answer = await new Promise<string>((ok) => {
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        rl.question(question(approval), (a) => { rl.close(); ok(a); });
      });
      await decide(session, approval, isYes(answer));
    } else {
      write('Not confirmed, so nothing was changed. Run again with --yes to confirm.\n');
    }
  }
}

async function interactive(session: Session): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: !!process.stdin.isTTY });
  const waiting: PendingApproval[] = [];
  const prompt = () => write(waiting.length ? question(waiting[0]) : '> ');
  write('Clientele chat. Type what you want done; "undo" reverses the last change, "exit" quits.\n');
  prompt();
  // Reading lines as a stream (not rl.question) keeps piped input in order.
  for await (const line of rl) {
    try {
      if (waiting.length) {
        await decide(session, waiting.shift()!, isYes(line));
      } else if (/^\s*(exit|quit)\s*$/i.test(line)) {
        break;
      } else if (/^\s*undo\s*$/i.test(line)) {
        if (!session.undo) write('There is no change to undo in this session.\n');
        else write(`${(await undoChange({ deps: session.deps, ctx: session.ctx, activityId: session.undo })).text}\n`);
        session.undo = undefined;
      } else if (line.trim()) {
        waiting.push(...(await say(session, line.trim())).approvals);
      }
    } catch (err) {
      process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    prompt();
  }
  rl.close();
}

async function main(): Promise<void> {
  const { text, yes } = parseArgs(process.argv.slice(2));
  // Logs would mix with the answers on stdout: quiet unless LOG_LEVEL asks otherwise.
  const deps = await buildDeps({ LOG_LEVEL: 'silent', ...process.env });
  try {
    const actor = await ensureLocalOwner(deps.db, deps.workspaceId);
    const session: Session = { deps, ctx: makeCtx(deps, actor), conversationId: `cli-${randomUUID()}` };
    if (text) await oneShot(session, text, yes);
    else await interactive(session);
  } finally {
    await deps.deferrer.drain();
    deps.dbHandle.close();
  }
}

main().catch((err) => {
  process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
