// "add Quayside Fitness as a lead and enrich from their site quaysidefitness.co.uk": the website said with an
// enrichment is the client's website (enriching reads it from there), so it is written to the client, not dropped.
import type { PlannedCall } from '../types';
import type { Clause } from './command-reader';
import { isPronoun } from './assemble-calls';
import { slotValue } from './slot-values';

type Call = PlannedCall & { clause: Clause };

const named = (c: PlannedCall) => String(c.tool === 'createClient' ? c.args.name : c.args.client ?? '').toLowerCase();

/** The calls with a website said beside an enrichment given to the client it enriches. */
export function withSiteForEnrich(calls: Call[], today: Date): Call[] {
  const out: Call[] = [];
  for (const call of calls) {
    const span = call.tool === 'enrichClient' ? call.clause.spans.find((s) => s.slot === 'website') : undefined;
    const site = span && slotValue('website', span.text, { today });
    if (typeof site !== 'string') { out.push(call); continue; }
    const client = typeof call.args.client === 'string' && !isPronoun(call.args.client) ? call.args.client : undefined;
    // The client this message made or changed just before, when the enrichment names no other.
    const prev = out[out.length - 1];
    const same = prev && (prev.tool === 'createClient' || prev.tool === 'updateClient') && (!client || named(prev) === client.toLowerCase());
    if (same && prev.args.website === undefined) {
      out[out.length - 1] = { ...prev, args: { ...prev.args, website: site } };
      out.push(call);
    } else if (client && !same) {
      out.push({ ...call, tool: 'updateClient', args: { client, website: site } }, call);
    } else out.push(call);
  }
  return out;
}

// "complete the data of Vinícola Serra Alta Lda from internet", "fill in X's details from the web": an enrichment
// said in other words (the classifier knows "enrich", "look up their website").
const FROM_WEB = /\b(?:complete|fill(?:\s+(?:in|out|up))?|update|enrich|look\s+up|find|get|pull)\b.{0,60}\b(?:data|details|info(?:rmation)?|record|profile|fields?|gaps|blanks)\b.{0,60}\b(?:from|on|via|using|off)\s+(?:the\s+)?(?:internet|web|net|online|google|their\s+(?:web)?site)\b/i;

export function withEnrichSaid(clause: Clause): Clause {
  if (clause.ranking[0]?.label === 'enrichClient' || !FROM_WEB.test(clause.text) || clause.spans.filter((s) => s.slot === 'client').length !== 1) return clause;
  return { ...clause, ranking: [{ label: 'enrichClient', p: 0.8 }, ...clause.ranking.filter((r) => r.label !== 'enrichClient')] };
}
