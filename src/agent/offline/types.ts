// Shapes shared by the offline model's parser, memory and reply writer.
export type PlannedCall = { tool: string; args: Record<string, unknown> };

/** What the parser decided: tool calls, or a short answer / question and no call. */
export type Decision = { kind: 'calls'; calls: PlannedCall[] } | { kind: 'reply'; text: string };

/** What earlier turns of the conversation tell us "it", "them" or "her" refer to. */
export type Memory = {
  client?: string;
  contact?: { client: string; contact: string };
  /** The latest outreach draft written in this conversation (sendOutreach needs its id). */
  draft?: { id: number; client: string };
};

export type ParseOptions = {
  /** The day relative dates resolve against (UTC midnight). */
  today: Date;
  memory?: Memory;
};
