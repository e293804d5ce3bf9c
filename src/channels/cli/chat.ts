// `npm run chat`: the agent in the terminal, on the same database (run-chat.ts). With text arguments it answers
// once and exits (`--yes` confirms a pending action); without, it reads lines until "exit".
import { buildDeps } from '../../build-deps';
import { cliErrorLine } from './cli-errors';
import { parseArgs, runChat } from './run-chat';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // Logs would mix with the answers on stdout: quiet unless LOG_LEVEL asks otherwise.
  const deps = await buildDeps({ LOG_LEVEL: 'silent', ...process.env });
  try {
    await runChat(deps, args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  } finally {
    await deps.deferrer.drain();
    deps.dbHandle.close();
  }
}

main().catch((err) => {
  process.stderr.write(cliErrorLine(err));
  process.exit(1);
});
