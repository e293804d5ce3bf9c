// The terminal's error table, once: what goes to stderr when a line or a one-shot run fails. A domain error says
// its own message, and so does anything else (the terminal is the operator's own machine: the cause helps).
// In one-shot mode the caller then exits with status 1.
export const cliErrorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** "Error: …" for stderr; `red` colours the word on a terminal. */
export const cliErrorLine = (err: unknown, red: (s: string) => string = (s) => s) => `${red('Error:')} ${cliErrorText(err)}\n`;
