// `/client <text>`: a bare name (with optional details) creates a lead; `help` or nothing answers with help;
// anything that reads as a command ("find bakery", "archive Orbit Media") is that command.
export const HELP_TEXT = [
  'I manage your clients. Try:',
  '• `/client Acme Corp` — add a lead',
  '• `/client find acme` — search',
  '• `/client show Acme Corp` — the client card',
  '• `/client archive Acme Corp` / `unarchive` / `delete`',
  '• `/client export active clients in Germany` — CSV',
  '• `/client invoice Acme 1,200 due in 30 days`, `add contact Jane Doe to Acme, jane@acme.com`',
].join('\n');

/** The text after `/client`, or undefined when the message is not a slash command. */
export function slashBody(text: string): string | undefined {
  const m = /^\s*\/client\b\s*(.*)$/is.exec(text);
  return m ? m[1].trim() : undefined;
}

export function isHelp(text: string): boolean {
  return /^(?:help|\?|commands|usage|what can you do|how does this work)[?!.]*$/i.test(text.trim());
}
