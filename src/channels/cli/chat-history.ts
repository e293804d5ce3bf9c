// What was typed in the terminal chat, kept between sessions in $DATA_DIR/chat-history (0600 in a 0700 folder:
// lines name clients). Up and Down recall it as in a shell. Answers to a confirmation (y/n) are not kept.
import { appendFileSync, chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from '../../files/private-dir';

export const HISTORY_SIZE = 500;

export function historyFile(dataDir: string): string {
  return join(dataDir, 'chat-history');
}

/** Newest first, as readline wants it. */
export function loadHistory(file: string): string[] {
  let text = '';
  try { text = readFileSync(file, 'utf8'); } catch { return []; }
  return text.split('\n').filter((l) => l.trim()).slice(-HISTORY_SIZE).reverse();
}

export function rememberLine(file: string, line: string): void {
  const text = line.replace(/[\r\n]+/g, ' ').trim();
  if (!text) return;
  ensurePrivateDir(join(file, '..'));
  appendFileSync(file, `${text}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}
