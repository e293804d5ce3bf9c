// Apply import / Cancel on a CSV dry-run card. Who may decide is the domain's rule (assertMayDecideImport);
// applying is claimed once in the database (a double click, or two people at once, runs it once) and runs the
// applyImport tool, and a large file shows its progress by updating the card's one message (chat.update), through
// the runner's progress port.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { MemberActor } from '../../context';
import { makeCtx } from '../../deps';
import type { AppliedImportData } from '../../../tools/apply-import';
import { runTool } from '../../../tools/run-tool';
import { getImport } from '../../domain/imports/get-import';
import type { ImportReport } from '../../domain/imports/import-report';
import { assertMayDecideImport } from '../../domain/imports/may-decide-import';
import { IMPORT_ACTIONS, importOutcomeCard, importProgressCard } from './blocks/import-card';
import { claimDelivery, finishDelivery } from './dedupe-deliveries';
import { answerVia } from './deliver-message';
import { plainMessage } from './render-turn';
import { resolveSlackActor } from './resolve-actor';
import { failureText, slackErrorText } from './slack-errors';
import type { SlackRuntime } from './slack-runtime';

/** Files with at least this many rows show progress while they are applied. */
export const PROGRESS_ROWS = 500;

export function registerImportActions(bolt: App, rt: SlackRuntime): void {
  bolt.action({ type: 'block_actions', action_id: /^import_(apply|apply_valid|cancel)$/ }, async ({ ack, body, action, client, respond }) => {
    await ack();
    const b = body as BlockAction;
    const a = action as ButtonAction;
    const channel = b.channel?.id ?? b.container?.channel_id;
    const answer = answerVia(rt, client, respond, { responseUrl: b.response_url, place: { channel: channel ?? b.user.id }, userId: b.user.id });
    const privately = (text: string) => answer(plainMessage(text), { ephemeral: true });
    const who = await resolveSlackActor(rt, client, { teamId: b.team?.id ?? b.user.team_id, userId: b.user.id, userTeamId: b.user.team_id });
    if (!who.ok) return privately(who.message);
    const card = { channel, ts: b.container?.message_ts as string | undefined };
    try {
      const imp = await loadImport(rt, who.actor.workspaceId, a.value ?? '');
      if (!imp) return privately('That import no longer exists; share the file again.');
      assertMayDecideImport(who.actor, imp);
      const update = (blocks: ReturnType<typeof importOutcomeCard>, text: string) => (card.channel && card.ts
        ? client.chat.update({ channel: card.channel, ts: card.ts, text, blocks }).then(() => undefined)
        : answer({ text, blocks, files: [] }, { replace: true }));
      if (a.action_id === IMPORT_ACTIONS.cancel) {
        if (imp.status === 'applied') return privately('This import was already applied; use the web app to review the changes.');
        const text = `Import of ${imp.filename ?? 'the CSV file'} cancelled by ${who.actor.name}; nothing was changed.`;
        return update(importOutcomeCard(text), text);
      }
      await apply(rt, who.actor, imp, update, privately, a.action_id === IMPORT_ACTIONS.applyValid);
    } catch (err) {
      await privately(slackErrorText(err, rt.deps.log, { action: a.action_id }));
    }
  });
}

type ImportRow = { id: string; memberId: number | null; filename: string | null; status: string; report: unknown };
type Update = (blocks: ReturnType<typeof importOutcomeCard>, text: string) => Promise<void>;

async function loadImport(rt: SlackRuntime, workspaceId: number, id: string): Promise<ImportRow | undefined> {
  return getImport(rt.deps.db, workspaceId, id);
}

async function apply(rt: SlackRuntime, actor: MemberActor, imp: ImportRow, update: Update, privately: (t: string) => Promise<void>, skipRejected: boolean) {
  const { deps } = rt;
  const key = `import:${imp.id}`;
  if (imp.status === 'applied' || !(await claimDelivery(deps.db, { key, teamId: null, workspaceId: actor.workspaceId }, deps.now()))) {
    return privately('This import is already applied or being applied; it runs once.');
  }
  const name = imp.filename ?? 'the CSV file';
  const large = ((imp.report as ImportReport | null)?.rows ?? 0) >= PROGRESS_ROWS;
  // Progress calls are synchronous; the updates go out one after another, at most one per 10%.
  let shown = -10;
  let queue: Promise<void> = Promise.resolve();
  const show = (percent: number) => {
    if (percent < shown + 10 && percent !== 100) return;
    shown = percent;
    queue = queue.then(() => update(importProgressCard(imp.filename, percent), `Importing ${name}… ${percent}%`))
      .catch((err) => deps.log.warn({ err }, 'slack import progress update failed'));
  };
  if (large) show(0);
  const failed = async (text: string) => {
    await queue;
    // Released, so the import can be checked again once the clients or the file are fixed.
    await finishDelivery(deps.db, key, 'failed', deps.now());
    await update(importOutcomeCard(text), text);
  };
  const sorry = 'The import failed on our side; nothing was changed. Please try again.';
  try {
    const r = await runTool(makeCtx(deps, actor), 'applyImport', { importId: imp.id, ...(skipRejected ? { skipRejected: true } : {}) }, {
      progress: large ? (p) => show(Math.floor((p.phase === 'checking' ? 0 : 50) + (p.total ? (p.done / p.total) * 50 : 50))) : undefined,
    });
    if (!r.ok) return await failed(failureText(r.error, sorry));
    const d = r.data as AppliedImportData;
    await queue;
    await finishDelivery(deps.db, key, 'done', deps.now());
    const text = d.alreadyApplied
      ? `${name} was already imported; nothing was imported again.`
      : `Imported ${name}: ${d.created} created, ${d.updated} updated, ${d.skipped} skipped${d.leftOut ? `, ${d.leftOut} rejected left out (${d.rejections.slice(0, 5).map((x) => `row ${x.row}`).join(', ')})` : ''} (applied by ${actor.name}).`;
    await update(importOutcomeCard(text), text);
  } catch (err) {
    // Recording the outcome or updating the card failed (the runner answers the import's own failures).
    deps.log.error({ err, importId: imp.id }, 'slack import apply failed');
    await failed(sorry);
  }
}
