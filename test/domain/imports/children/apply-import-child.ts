// Child for the kill test: applies a stored dry-run import, printing each progress step before COMMIT
// and "applied" only after the transaction has returned.
import { openDatabase } from '../../../../src/db/client';
import { silentLog, DEFAULT_UNDO_WINDOW_MS, type MemberActor } from '../../../../src/context';
import { applyImport } from '../../../../src/domain/imports/apply-import';
import { createMemoryMailer } from '../../../../src/mail/memory-mailer';

const [url, importId, workspaceId, memberId] = process.argv.slice(2);
const handle = await openDatabase({ url });
const actor: MemberActor = { kind: 'member', workspaceId: Number(workspaceId), memberId: Number(memberId), role: 'owner', channel: 'cli', name: 'Killer' };
const ctx = {
  db: handle.db, actor, now: () => new Date(), mailer: createMemoryMailer(), log: silentLog, fetch: globalThis.fetch,
  config: { publicUrl: 'http://localhost', allowPrivateFetch: false, undoWindowMs: DEFAULT_UNDO_WINDOW_MS },
};
console.log('started');
await applyImport({ ctx, input: { importId }, onProgress: (p) => console.log(`${p.phase} ${p.done}`) });
console.log('applied');
handle.close();
