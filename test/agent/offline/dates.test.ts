// Dates relative to today: single dates (due, paid, started) and search ranges.
import { describe, expect, it } from 'vitest';
import { parseDate, parseRange } from '../../../src/agent/offline/values/parse-dates';

const today = new Date('2026-11-22T00:00:00Z'); // a Sunday

describe('parseDate', () => {
  it.each([
    ['in 30 days', 'future', '2026-12-22'], ['December 15', 'future', '2026-12-15'], ['end of month', 'future', '2026-11-30'],
    ['yesterday', 'past', '2026-11-21'], ['November 18', 'past', '2026-11-18'], ['next Friday', 'future', '2026-11-27'],
    ['in two weeks', 'future', '2026-12-06'], ['2027-01-15', 'future', '2027-01-15'],
  ] as const)('%s (%s) -> %s', (text, lean, want) => {
    expect(parseDate(text, today, lean)).toBe(want);
  });
  it('clamps a yearless date to the past or the future as asked', () => {
    expect(parseDate('March 1st', today, 'past')).toBe('2026-03-01');
    expect(parseDate('March 1st', today, 'future')).toBe('2027-03-01');
    expect(parseDate('October 31', today, 'future')).toBe('2027-10-31');
  });
});

describe('parseRange', () => {
  it.each([
    ['added since March', { from: '2026-03-01' }],
    ['last month', { from: '2026-10-01', to: '2026-10-31' }],
    ['this year', { from: '2026-01-01' }],
    ['between 1 June and 31 August', { from: '2026-06-01', to: '2026-08-31' }],
    ['created in April', { from: '2026-04-01', to: '2026-04-30' }],
    ['created before March', { to: '2026-02-28' }],
    ['last year', { from: '2025-01-01', to: '2025-12-31' }],
  ])('%s', (text, want) => {
    expect(parseRange(text, today)).toEqual(want);
  });
  it('a month later in the year than today is last year\'s for "since"', () => {
    expect(parseRange('since December', today)).toEqual({ from: '2025-12-01' });
  });
});
