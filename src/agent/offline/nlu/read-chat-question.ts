// Questions about something other than the workspace's clients ("which colour should we use for the logo?", "is it
// possible to connect the application with our SAP?", "can I import clients from Excel?") are answered in words, not
// turned into a search for nothing in particular, an explanation of a client nobody has, or an import of no file.
import type { PlannedCall } from '../types';
import { mayBeKnown } from './match-known';

const CLIENT_WORDS = /\b(?:clients?|customers?|accounts?|leads?|prospects?|compan(?:y|ies)|businesses|firms?|all|every\w*|list|show|find|search|who|which ones)\b/i;
const ABOUT_A_CLIENT = new Set(['explainSettings', 'enrichClient']);

/** Whether the one call read from a question is better answered in words. */
export function isChatQuestion(calls: PlannedCall[], text: string, clients: string[] | undefined): boolean {
  if (!/\?\s*$/.test(text) || calls.length !== 1) return false;
  const [{ tool, args }] = calls;
  if (tool === 'findClients') return Object.values(args).every((v) => v === undefined) && !CLIENT_WORDS.test(text);
  if (tool === 'importCsv') return args.file === undefined;
  if (!ABOUT_A_CLIENT.has(tool) || args.setting !== undefined || typeof args.client !== 'string') return false;
  return Boolean(clients?.length) && !mayBeKnown(args.client, clients as string[]);
}
