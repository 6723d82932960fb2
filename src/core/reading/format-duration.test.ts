import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('shows hours, minutes and seconds like a clock', () => {
    expect(formatDuration(0)).toBe('0:00:00');
    expect(formatDuration(5 * 60_000 + 3_000)).toBe('0:05:03');
    expect(formatDuration(3_600_000 + 59_999)).toBe('1:00:59');
    expect(formatDuration(12 * 3_600_000 + 34 * 60_000 + 56_000)).toBe('12:34:56');
  });

  it('never shows negative or broken time', () => {
    expect(formatDuration(-5_000)).toBe('0:00:00');
    expect(formatDuration(Number.NaN)).toBe('0:00:00');
  });
});
