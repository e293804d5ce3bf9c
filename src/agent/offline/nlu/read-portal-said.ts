// "Thandi from Mbeki & Daughters should (be able to) see the portal", "Acme shouldn't see the portal any more", "stop
// the portal for Lakeshore Dental completely": who may use the portal, said as what they should be able to do
// (setPortalAccess), where the classifier heard no switch; and the portal switched for one client or a list of them.
// Only for a client the workspace has, and a person named as one (a known contact, or a name written with capitals).
import type { Decision } from '../types';
import { looksLikeName } from './find-client-name';
import { isKnownName } from './match-known';

const PORTAL = String.raw`(?:the\s+|their\s+|our\s+|the\s+client\s+)?portal`;
const USE = String.raw`(?:see|use|access|open|get\s+into|log\s*in(?:to|\s+to)?|sign\s*in(?:to|\s+to)?|(?:have|get)\s+access\s+to)`;
const MAY = String.raw`(?:should|must|can|may|needs?\s+to|has\s+to|have\s+to)(?:\s+can)?(?:\s+be\s+able\s+to)?`;
const MAY_NOT = String.raw`(?:should\s*n[o']t|should\s+no\s+longer|must\s*n[o']t|can\s*n[o']t|cannot|may\s+not|may\s+no\s+longer|can\s+no\s+longer)(?:\s+be\s+able\s+to)?`;
const AFTER = String.raw`(?:\s+(?:any\s*more|from\s+now\s+on|now|too|as\s+well|again))*[\s.!]*$`;
const WHO = String.raw`^\W*(?:<@\w+>\s*)?(.+?)`;
const SAID: Array<{ re: RegExp; enabled: boolean }> = [
  { re: new RegExp(String.raw`${WHO}\s+${MAY_NOT}\s+${USE}\s+${PORTAL}${AFTER}`, 'iu'), enabled: false },
  { re: new RegExp(String.raw`${WHO}\s+${MAY}\s+${USE}\s+${PORTAL}${AFTER}`, 'iu'), enabled: true },
];
const SWITCH = /^\W*(?:<@\w+>\s*)?(?:(?:please|pls|can you|could you)\s+)?(stop|close|shut(?:\s+down)?|block|open(?:\s+up)?|start|turn\s+off|switch\s+off|disable|turn\s+on|switch\s+on|enable)\s+(?:the\s+)?portal\s+(?:access\s+)?(?:for|of)\s+(.+?)(?:\s+(?:completely|entirely|altogether|for\s+now|again|please))*[\s.!]*$/i;

// "Pallas Legal asked us to remove all their people from the portal": everyone of the client taken off it.
const EVERYONE_OFF = /^\W*(?:<@\w+>\s*)?(.+?)\s+(?:(?:asked|wants?|would\s+like)\s+(?:us\s+)?(?:to\s+)?|(?:please|pls|can\s+you|could\s+you)\s+)?(?:remove|take|kick|lock|block|get)\s+(?:all\s+(?:of\s+)?|every\s*one\s+of\s+)?(?:their|its|the)\s+(?:people|contacts|users|team|staff|folks)\s+(?:off|out\s+of|from)\s+(?:the\s+|their\s+)?portal[\s.!]*$/i;

// "remove Pallas Legal from the portal": a client the workspace has, taken off it.
const CLIENT_OFF = /^\W*(?:<@\w+>\s*)?(?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:remove|take|kick|lock|block)\s+(.+?)\s+(?:off|out\s+of|from)\s+(?:the\s+)?portal[\s.!]*$/i;

type Known = { clients?: string[]; contacts?: string[] };

export function readPortalSaid(text: string, known: Known | undefined): Decision | undefined {
  if (!known?.clients?.length || /\?\s*$/.test(text)) return undefined;
  const off = EVERYONE_OFF.exec(text);
  const whose = (off?.[1] ?? CLIENT_OFF.exec(text)?.[1])?.replace(/^(?:please|pls)\s+/i, '').trim();
  if (whose && isKnownName(whose, known.clients)) return { kind: 'calls', calls: [{ tool: 'setPortalAccess', args: { client: whose, enabled: false } }] };
  const switched = SWITCH.exec(text);
  // ("turn off the portal for Blue Fern Florist and Greyhaven Tours": each client named, when each is one the workspace has.)
  const named = !switched ? [] : isKnownName(switched[2], known.clients) ? [switched[2]] : switched[2].split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (switched && named.length && named.every((c) => isKnownName(c, known.clients))) {
    const enabled = /^(?:open|start|turn\s+on|switch\s+on|enable)/i.test(switched[1]);
    return { kind: 'calls', calls: named.map((client) => ({ tool: 'setPortalAccess', args: { client, enabled } })) };
  }
  for (const { re, enabled } of SAID) {
    const m = re.exec(text);
    if (!m) continue;
    const who = m[1].trim();
    if (isKnownName(who, known.clients)) return { kind: 'calls', calls: [{ tool: 'setPortalAccess', args: { client: who, enabled } }] };
    const at = /^(.+?)\s+(?:from|at|of|with)\s+(.+)$/i.exec(who);
    if (!at || !isKnownName(at[2], known.clients)) return undefined;
    const contact = at[1].trim();
    if (!isKnownName(contact, known.contacts) && !(looksLikeName(contact) && contact.split(/\s+/).length <= 3)) return undefined;
    return { kind: 'calls', calls: [{ tool: 'setPortalAccess', args: { client: at[2].trim(), contact, enabled } }] };
  }
  return undefined;
}
