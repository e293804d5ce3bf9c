// The offline reader's first step on one message, for tests of what it reads: the calls it would make, on a fixed day.
import { expect } from 'vitest';
import { readMessage } from '../../src/agent/offline/nlu/read-message';

export const READ_DAY = new Date('2026-06-01T12:00:00Z');

/** The calls read from `text`; fails the test if the reader asks or answers instead. */
export function callsOf(text: string) {
  const d = readMessage(text, { today: READ_DAY, memory: {} });
  expect(d.kind, `"${text}" should be calls, got ${JSON.stringify(d)}`).toBe('calls');
  return d.kind === 'calls' ? d.calls : [];
}
