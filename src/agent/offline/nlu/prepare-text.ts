// The text the reader works on: Slack's encoding decoded, whitespace collapsed. Nothing is removed, so
// politeness and remarks are seen by the models, which learn that they carry no argument.
import { decodeSlack } from '../values/decode-slack';

export function prepareText(raw: string): string {
  return decodeSlack(raw).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
