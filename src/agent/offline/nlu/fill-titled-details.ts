// Names a command gives in so many words that the tagger did not mark: a document "titled 'Signed SOW'", an
// invoice "against the Phase 2 Rollout project". Only the phrase that names the field is read, so nothing else
// in the clause can land there.
import type { PlannedCall } from '../types';

const QUOTED_TITLE = /\b(?:titled|entitled|called|named|as)\s+["'“‘]([^"'”’]{2,80})["'”’]/i;
const BARE_TITLE = /\b(?:titled|entitled)\s+([^,;.]{2,60}?)\s*(?:[,;.]|$)/i;
const INVOICE_PROJECT = /\b(?:against|for|on|under)\s+the\s+["'“‘]?([^,;"”’]{2,60}?)["'”’]?\s+project\b/i;

export function fillTitledDetails(call: PlannedCall, text: string): PlannedCall {
  const args = { ...call.args };
  if (call.tool === 'addDocument' && args.title === undefined) {
    const title = QUOTED_TITLE.exec(text) ?? BARE_TITLE.exec(text);
    if (title && !/[/\\]|\.\w{2,4}$/.test(title[1])) args.title = title[1].trim();
  }
  if (call.tool === 'createInvoice' && args.project === undefined) {
    const project = INVOICE_PROJECT.exec(text);
    // A project named as the invoice's description is its description ("for the brochure job").
    if (project && project[1].trim().toLowerCase() !== String(args.description ?? '').toLowerCase()) args.project = project[1].trim();
  }
  return { ...call, args };
}
