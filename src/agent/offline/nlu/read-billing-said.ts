// A contact who gets the invoices, said in words the tagger did not mark: "send invoices to her", "invoices go to
// them", or a trailing "... and also the billing contact" that reads as a clause of its own.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';
import { slotValue } from './slot-values';

const CONTACT_TOOLS = new Set(['addContact', 'updateContact']);
const INVOICES_TO = /\binvoices?\s+(?:should\s+|will\s+|ought\s+to\s+|must\s+|can\s+)?(?:go|goes|be sent|be addressed)\s+to\s+(?:her|him|them)\b|\b(?:send|sends|email|mail|direct|address)\s+(?:all\s+)?(?:the\s+|their\s+|our\s+)?invoices\s+to\s+(?:her|him|them)\b/i;
const FLAGS = new Set(['primary', 'billingDefault', 'portalEnabled']);

/** The call with `billingDefault` when its clause says the invoices go to the person. */
export function withInvoicesTo<C extends PlannedCall>(call: C, text: string): C {
  if (!CONTACT_TOOLS.has(call.tool) || call.args.billingDefault !== undefined || !INVOICES_TO.test(text)) return call;
  return { ...call, args: { ...call.args, billingDefault: true } };
}

/** "make Camila the main contact ... and also the billing contact": a clause of flags alone adds them to the contact just changed. */
export function withTrailingFlags<C extends PlannedCall & { clause: Clause }>(calls: C[], picks: Array<{ clause: Clause; intent: string | null }>, today: Date): C[] {
  const out = [...calls];
  for (const pick of picks) {
    if (pick.intent || !pick.clause.spans.length || !pick.clause.spans.every((s) => FLAGS.has(s.slot))) continue;
    const k = out.findLastIndex((c) => c.clause.to < pick.clause.from);
    const prev = out[k];
    if (!prev || !CONTACT_TOOLS.has(prev.tool) || k !== out.length - 1) continue;
    const args = { ...prev.args };
    for (const span of pick.clause.spans) {
      const value = slotValue(span.slot, span.text, { today });
      if (typeof value === 'boolean' && args[span.slot] === undefined) args[span.slot] = value;
    }
    out[k] = { ...prev, args };
  }
  return out;
}
