// "msg brightwater: invoice INV-0701 sent, thanks for the quick turnaround", "message Acme: ...": a message to a
// client written after its name and a colon, whatever its words name (here an invoice and a send, which the
// classifier took for sending that invoice). Only for a client the workspace has.
import type { Decision } from '../types';
import { isKnownName } from './match-known';

const SAID = /^\W*(?:<@\w+>\s*)?(?:(?:please|pls)\s+)?(?:msg|message|dm|pm|write(?:\s+to)?|post(?:\s+to)?|tell)\s+(?:the\s+client\s+)?([^:]{2,60}?)\s*:\s*(\S[\s\S]*?)\s*$/i;

export function readMessageSaid(text: string, clients: string[] | undefined): Decision | undefined {
  const m = SAID.exec(text);
  if (!m || !isKnownName(m[1], clients)) return undefined;
  // ('message Acme: "contract countersigned, thanks!"': the quotes only mark the message.)
  const quoted = /^["“]([\s\S]+)["”]$/.exec(m[2]);
  return { kind: 'calls', calls: [{ tool: 'messageClient', args: { client: m[1], text: quoted ? quoted[1] : m[2] } }] };
}
