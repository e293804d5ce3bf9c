// "invoice Tidewater $1,200 and also record that they already paid it today?": a clause that starts with an action's
// verb but reads as no action would be dropped without a word while the rest is done. The change is offered instead, naming
// what was not understood, so "yes" does just the part read and anything else is said again.
import type { Clause } from './command-reader';
import { isSendOnly } from './read-send-after';
import { INTENTS } from './schema';

type Pick = { clause: Clause; intent: string | null };
// Words before the verb that do not change what it asks.
const LEAD = /^(?:and|then|also|plus|&|\+|please|pls|kindly|maybe|just|can|could|would|will|you|u|we|i|afterwards|after|that|finally|next)$/i;
// Verbs that start courtesies or asides, not actions ("let me know", "thanks", "see you").
const ASIDE = /^(?:let|thanks|thank|see|keep|hope|note|cheers|tell|ask|check|confirm|remind)$/i;

function verbOf(clause: Clause): string | undefined {
  for (let k = clause.from; k <= clause.to; k++) {
    const w = clause.words[k];
    if (!/^[\p{L}&+]/u.test(w)) continue;
    if (!LEAD.test(w)) return w;
  }
  return undefined;
}

/** The one change read and the clause dropped after or before it, when a clause so starts; otherwise undefined. */
export function droppedAction(picks: Pick[], starts: (word: string) => boolean): { clause: Clause; choices: Array<{ intent: string; p: number }>; left: string } | undefined {
  const acted = picks.filter((p) => p.intent);
  if (acted.length !== 1 || !INTENTS[acted[0].intent!]?.writes) return undefined;
  const dropped = picks.find((p) => {
    if (p.intent || isSendOnly(p.clause.text)) return false;
    const verb = verbOf(p.clause);
    return verb !== undefined && !ASIDE.test(verb) && starts(verb);
  });
  if (!dropped) return undefined;
  return { clause: acted[0].clause, choices: [{ intent: acted[0].intent!, p: 1 }], left: dropped.clause.text };
}
