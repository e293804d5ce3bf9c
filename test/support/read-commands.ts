// The offline reader's first step on one message, for tests of what it reads: the calls it would make, on a fixed day.
import { expect } from 'vitest';
import type { Clause, Reading } from '../../src/agent/offline/nlu/command-reader';
import type { KnownNames } from '../../src/agent/offline/nlu/gazetteer';
import { readMessage } from '../../src/agent/offline/nlu/read-message';

export const READ_DAY = new Date('2026-06-01T12:00:00Z');

/** The calls read from `text` (in a workspace holding the `known` names); fails the test if the reader asks or answers instead. */
export function callsOf(text: string, known?: KnownNames) {
  const d = readMessage(text, { today: READ_DAY, memory: {}, known });
  expect(d.kind, `"${text}" should be calls, got ${JSON.stringify(d)}`).toBe('calls');
  return d.kind === 'calls' ? d.calls : [];
}

/** A reader for one workspace and day: the calls a message makes, or the reply it gets instead. */
export function readerIn(known: KnownNames, today: Date) {
  return (text: string) => {
    const d = readMessage(text, { today, memory: {}, known });
    return d.kind === 'calls' ? d.calls : d.text;
  };
}

/** A one-clause reading of space-separated words with the given spans, as the tagger would give it. */
export function readingOf(text: string, spans: Array<{ slot: string; text: string }>, intent = 'createProject'): Reading {
  const words = text.split(' ');
  let at = 0;
  const tokens = words.map((w) => ({ text: w, start: (at = text.indexOf(w, at)), end: (at += w.length) }));
  const from = (t: string) => words.findIndex((_, k) => words.slice(k, k + t.split(' ').length).join(' ') === t);
  const clause: Clause = {
    from: 0, to: words.length - 1, text, words, boundary: 0, ranking: [{ label: intent, p: 0.99 }],
    spans: spans.map((s) => ({ ...s, from: from(s.text), to: from(s.text) + s.text.split(' ').length - 1, margin: 10 })),
  };
  return { text, tokens, clauses: [clause] } as unknown as Reading;
}
