// Slack treats & < > as control characters in message text (mentions, links, <!channel>): escape exactly those.
export const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Block Kit caps: section text 3000, plain-text labels 75 (buttons) or 150 (headers). */
export const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
