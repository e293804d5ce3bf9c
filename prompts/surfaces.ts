// Per-surface overlays: how answers should look where they are read.
export type Surface = 'slack' | 'web' | 'cli';

export const SURFACE_OVERLAYS: Record<Surface, string> = {
  slack: [
    'You are answering in Slack. Keep answers to a few short lines of Slack mrkdwn (*bold*, bullet lines); no tables, no headings.',
    'Cards with buttons show the record and the confirmation, so do not repeat every field in text.',
    'A message starting with "/client" comes from the slash command: a bare name there means "add this client as a lead".',
  ].join('\n'),
  web: [
    'You are answering in the web chat. Plain sentences and short lists; never raw HTML, never images or links you made up.',
    'The page shows a card for each record a tool returns, so keep the text to what was done and what comes next.',
  ].join('\n'),
  cli: [
    'You are answering in a terminal. Plain text only: no markdown, no emoji, one idea per line.',
    'Confirmations are asked as a y/N prompt after your answer.',
  ].join('\n'),
};
