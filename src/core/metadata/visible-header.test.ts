import { describe, expect, it } from 'vitest';
import { isNameLike } from './visible-header';

describe('isNameLike (which byline segments are people)', () => {
  it.each([
    'Michael P. Taylor',
    'Ana de la Cruz',
    'Moshe E. Bar-Lev',
    'CHARLOTTE FAIRLIE',
    'John SMITH',
  ])('%j is a name', (s) => expect(isNameLike(s)).toBe(true));

  it.each([
    'University of Oxford',
    'The Adler Planetarium',
    'IIT Bombay',
    'Sina Weibo',
    'November 2025',
    'victoria [at] zooniverse.org',
    'Zooniverse',
    'Acta Palaeontologica Polonica 68 (4)',
    'Published online',
  ])('%j is not a name', (s) => expect(isNameLike(s)).toBe(false));
});
