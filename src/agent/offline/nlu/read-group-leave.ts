// "take Acme Corp out of the VIP group", "remove Acme Corp from the Nordics group", "Acme Corp leaves the VIP group":
// the client taken out of its group (updateClient with no group), where the classifier read an unarchive or a
// removal. Taken only for a client and a group the workspace has; a group said as one that the workspace does not
// have is asked about, never read as another change; so is a group the client is not in (clearing its real group
// would be a change nobody asked for).
import type { Decision } from '../types';
import { isKnownName } from './match-known';
import { REQUEST_LEAD } from './request-words';

const OUT = String.raw`(?:out\s+of|from)`;
const SAID = [
  new RegExp(String.raw`${REQUEST_LEAD}(?:take|remove|move|drop|pull|get)\s+(.+?)\s+${OUT}\s+(?:the\s+|our\s+)?(.+?)(\s+group)?[\s.!]*$`, 'i'),
  new RegExp(String.raw`${REQUEST_LEAD}(.+?)\s+(?:leaves|is leaving|has left|is no longer in|is out of)\s+(?:the\s+|our\s+)?(.+?)(\s+group)?[\s.!]*$`, 'i'),
];
const NOT_ASKED = /\b(?:don'?t|do not|never|not)\b|\?\s*$/i;

type Known = { clients?: string[]; groups?: string[]; clientGroups?: Record<string, string> };

export function readGroupLeave(text: string, known: Known | undefined): Decision | undefined {
  if (!known?.clients?.length || NOT_ASKED.test(text)) return undefined;
  for (const re of SAID) {
    const m = re.exec(text);
    if (!m) continue;
    const [client, group, saidGroup] = [m[1].trim(), m[2].trim(), Boolean(m[3])];
    if (!isKnownName(client, known.clients)) continue;
    if (isKnownName(group, known.groups)) return notInGroup(client, group, known) ?? { kind: 'calls', calls: [{ tool: 'updateClient', args: { client, group: null } }] };
    if (saidGroup) return { kind: 'reply', text: `There is no group "${group}". Which group should ${client} leave?` };
  }
  return undefined;
}

/** Where the workspace says which group the client is in and it is not the one named: a question, no change. */
function notInGroup(client: string, group: string, known: Known): Decision | undefined {
  if (!known.clientGroups) return undefined;
  const now = known.clientGroups[client.toLowerCase()];
  if (now?.toLowerCase() === group.toLowerCase()) return undefined;
  return { kind: 'reply', text: now
    ? `${client} is in the group ${now}, not ${group}. Should it leave ${now}?`
    : `${client} is not in any group, so there is nothing to take it out of.` };
}
