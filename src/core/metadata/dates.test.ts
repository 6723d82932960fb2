import { describe, expect, it } from 'vitest';
import { parsePageDate } from './dates';

describe('parsePageDate', () => {
  it.each([
    ['2021/06/17', '2021-06-17'],
    ['2021/6', '2021-06'],
    ['2022', '2022'],
    ['2017-05-15T00:00:00Z', '2017-05-15'],
    ['17 Jun 2021', '2021-06-17'],
    ['Thu, 17 Jun 2021 15:45:54 UTC', '2021-06-17'],
    ['June 17, 2021', '2021-06-17'],
    ['November 2025', '2025-11'],
    ['Sept. 2010', '2010-09'],
    ['Fall 2013', '2013'],
    ['2021/13/40', '2021'],
    ['2012 Nov 26', '2012-11-26'],
    ['2012 Nov', '2012-11'],
  ])('%j -> %j', (raw, iso) => {
    expect(parsePageDate(raw)?.iso).toBe(iso);
  });

  it('refuses text with no plausible date, and bare years when asked to', () => {
    expect(parsePageDate('Volume 68')).toBeNull();
    expect(parsePageDate('9999/01/01')).toBeNull();
    expect(parsePageDate('Fall 2013', false)).toBeNull();
  });
});
