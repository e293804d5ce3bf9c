// "Ortega Tile Works is a client now, not a lead anymore", "Acme became a paying customer": a lead won, said as what
// the client now is (updateClient with status active), where no status word was said. "is Acme a lead or active?",
// "is Acme still a lead?": its status asked, answered by its card (showClient); so is whether it paid. Only for a
// client the workspace has.
import type { Decision } from '../types';
import { isKnownName } from './match-known';

const WON = /^\W*(?:<@\w+>\s*)?(.+?)\s+(?:is|'s|has\s+become|became|turned\s+into)\s+(?:now\s+|officially\s+|finally\s+)?(?:a|an)\s+(?:real\s+|proper\s+|paying\s+|actual\s+)?(?:client|customer)(?:\s+(?:now|of\s+ours|officially))?(?:\s*[,;—–-]?\s*(?:and\s+)?(?:not|no\s+longer)\s+(?:a\s+|an\s+)?(?:lead|prospect)(?:\s+any\s*more)?)?[\s.!]*$/i;
const ASKED = /^\W*(?:<@\w+>\s*)?(?:is|are)\s+(.+?)\s+(?:still\s+|now\s+|already\s+)?(?:a\s+|an\s+)?(?:lead|active|inactive|past|prospect)(?:\s+(?:client|customer))?(?:\s+or\s+(?:a\s+|an\s+)?(?:lead|active|inactive|past|prospect)(?:\s+(?:client|customer))?)?(?:\s+(?:now|already|still))?\s*\?+\s*$/i;

// "did Pemberton Hale pay INV-0388?", "has Acme paid yet?": whether it paid, answered by its card and balance.
const PAID_ASKED = /^\W*(?:<@\w+>\s*)?(?:did|has|have)\s+(.+?)\s+(?:paid|pay|settled|settle)\b[^?]*\?+\s*$/i;

export function readClientStatus(text: string, clients: string[] | undefined): Decision | undefined {
  const paid = PAID_ASKED.exec(text);
  if (paid && isKnownName(paid[1], clients)) return { kind: 'calls', calls: [{ tool: 'showClient', args: { client: paid[1] } }] };
  const asked = ASKED.exec(text);
  if (asked && isKnownName(asked[1], clients)) return { kind: 'calls', calls: [{ tool: 'showClient', args: { client: asked[1] } }] };
  const won = WON.exec(text);
  if (won && isKnownName(won[1], clients)) return { kind: 'calls', calls: [{ tool: 'updateClient', args: { client: won[1], status: 'active' } }] };
  return undefined;
}
