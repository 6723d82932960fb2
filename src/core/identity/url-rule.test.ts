import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from './url-rows.fixture';
import { pathSegments, plainNumber, queryValue } from './url-rule';

describe('address reading helpers', () => {
  it('reads a query parameter as URLSearchParams does', () => {
    const url = new URL('https://x.org/stamp.jsp?tp=&arnumber=9090146&q=a+b%26c&empty&arnumber=2');
    expect(queryValue(url, 'arnumber')).toBe('9090146');
    expect(queryValue(url, 'tp')).toBe('');
    expect(queryValue(url, 'empty')).toBe('');
    expect(queryValue(url, 'q')).toBe('a b&c');
    expect(queryValue(url, 'arnum')).toBeNull();
    expect(queryValue(new URL('https://x.org/'), 'id')).toBeNull();
  });

  it('fuzz: agrees with URLSearchParams on any well-formed query', () => {
    const name = fc.constantFrom('id', 'pii', 'arnumber', 'a', 'ab');
    const value = fc.oneof(
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom('', 'a+b', '1=2', '%2B'),
    );
    const pairs = fc.array(fc.tuple(name, fc.option(value)), { maxLength: 5 });
    fc.assert(
      fc.property(pairs, name, (query, wanted) => {
        const search = query.map(([k, v]) => (v === null ? k : `${k}=${v}`)).join('&');
        const url = new URL(`https://x.org/p?${search}`);
        expect(queryValue(url, wanted)).toBe(url.searchParams.get(wanted));
      }),
      fuzzRuns,
    );
  });

  it('splits a path into segments, one trailing slash being the same page', () => {
    expect(pathSegments('/a/b/c/')).toEqual(['a', 'b', 'c']);
    expect(pathSegments('/a//b')).toEqual(['a', '', 'b']);
    expect(pathSegments('/')).toEqual([]);
  });

  it('reads positive numbers without their leading zeros', () => {
    expect(plainNumber('0001', 4)).toBe('1');
    expect(plainNumber('0000', 4)).toBeNull();
    expect(plainNumber('12345', 4)).toBeNull();
    expect(plainNumber('12a', 4)).toBeNull();
    expect(plainNumber('', 4)).toBeNull();
  });
});
