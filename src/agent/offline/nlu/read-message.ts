// One user message in, tool calls or a short answer out: the trained reader, then the decision rules.
import type { Decision, Memory } from '../types';
import { commandReader } from './command-reader';
import { decideCommand } from './decide-command';
import type { KnownNames } from './gazetteer';

export type ReadMessageOptions = { today: Date; memory?: Memory; known?: KnownNames; tools?: ReadonlySet<string>; accept?: number };

export function readMessage(text: string, opts: ReadMessageOptions): Decision {
  return decideCommand(commandReader().read(text, opts.known), opts);
}
