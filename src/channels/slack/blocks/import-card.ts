// The CSV import cards: the dry-run report (counts, rejected rows with reasons, unused columns) with
// Apply import / Cancel, the progress line while it runs, and the outcome that replaces the card.
import type { Button, KnownBlock } from '@slack/types';
import type { ImportPreview } from '../../../../tools/import-csv';
import { clip } from '../mrkdwn';
import { actions, button, context, section, text } from './elements';

export const IMPORT_ACTIONS = { apply: 'import_apply', applyValid: 'import_apply_valid', cancel: 'import_cancel' } as const;
const SHOWN_ROWS = 10;

const listRows = (rows: Array<{ row: number; reason: string }>, total: number) => {
  const lines = rows.slice(0, SHOWN_ROWS).map((r) => `• Row ${r.row}: ${text(r.reason)}`);
  if (total > SHOWN_ROWS) lines.push(`• …and ${total - SHOWN_ROWS} more`);
  return lines.join('\n');
};

export function importReportCard(r: ImportPreview, askerName: string): KnownBlock[] {
  const name = text(r.filename ?? 'the CSV file');
  const blocks: KnownBlock[] = [
    section(`*Import preview: ${name}*  (dry run: nothing has changed yet)`),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Rows*\n${r.rows}` },
        { type: 'mrkdwn', text: `*Would create*\n${r.created}` },
        { type: 'mrkdwn', text: `*Would update*\n${r.updated}` },
        { type: 'mrkdwn', text: `*Would skip*\n${r.skipped}` },
        { type: 'mrkdwn', text: `*Rejected*\n${r.rejected}` },
      ],
    },
  ];
  if (r.rejected) blocks.push(section(`:x: *Rejected rows*\n${listRows(r.rejections, r.rejected)}`));
  if (r.skipped) blocks.push(section(`*Skipped rows*\n${listRows(r.skips, r.skipped)}`));
  if (r.unmatchedColumns.length) blocks.push(context(`Columns not used: ${r.unmatchedColumns.map((c) => text(c)).join(', ')}`));
  const buttons: Button[] = [];
  const valid = r.created + r.updated;
  if (r.rejected && valid) {
    blocks.push(context('Nothing is imported while any row is rejected: fix those rows and share the file again, or import the valid rows and leave the rejected ones out.'));
    // Slack's own confirmation dialog names the rows left out before anything runs.
    const leftOut = r.rejections.slice(0, 5).map((x) => `Row ${x.row}: ${x.reason}`).join('\n') + (r.rejected > 5 ? `\n…and ${r.rejected - 5} more` : '');
    buttons.push({
      ...button(`Import ${valid} valid, leave out ${r.rejected}`, IMPORT_ACTIONS.applyValid, r.importId),
      confirm: {
        title: { type: 'plain_text', text: 'Leave out rejected rows?' },
        text: { type: 'plain_text', text: clip(`Create ${r.created} and update ${r.updated} client${valid === 1 ? '' : 's'}; these rows are left out:\n${leftOut}`, 300) },
        confirm: { type: 'plain_text', text: 'Import the valid rows' }, deny: { type: 'plain_text', text: 'Back' },
      },
    });
  } else if (r.rejected) blocks.push(context('Nothing is imported while any row is rejected: fix those rows and share the file again.'));
  else if (!r.created && !r.updated) blocks.push(context('Nothing to import: every row is already up to date.'));
  else buttons.push(button('Apply import', IMPORT_ACTIONS.apply, r.importId, 'primary'));
  buttons.push(button('Cancel', IMPORT_ACTIONS.cancel, r.importId));
  // The preview is in the thread's conversation too (import-shared-file.ts): its sharer's "yes" there answers it.
  const sayYes = buttons.some((b) => b.action_id === IMPORT_ACTIONS.apply) ? ` ${text(askerName)} can also answer "yes" in this thread.` : '';
  blocks.push(context(`Only ${text(askerName)}, an owner or an admin can apply or cancel it.${sayYes}`));
  blocks.push(actions(`import_${r.importId}`, buttons));
  return blocks;
}

export function importProgressCard(filename: string | null, percent: number): KnownBlock[] {
  const filled = Math.round(percent / 10);
  return [section(`:hourglass_flowing_sand: Importing ${text(filename ?? 'the CSV file')}… ${'▓'.repeat(filled)}${'░'.repeat(10 - filled)} ${percent}%`)];
}

export function importOutcomeCard(outcome: string): KnownBlock[] {
  return [section(text(outcome))];
}
