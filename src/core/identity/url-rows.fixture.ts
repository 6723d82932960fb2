/**
 * Test support for the address rules: a table of URL forms, each with what it must identify, and
 * a fuzz over small mutations of the table's valid forms (hostile input must give a well-formed
 * identity or null, never an exception).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { identifyPdfUrl, identifyUrl } from './identify-url';

/** [url, expected key (null: not a paper), version, format] */
export type UrlRow = [string, string | null, string?, string?];

export const fuzzRuns = { numRuns: Number(process.env.FUZZ_RUNS ?? 200), seed: 20261125 };

/** One test per row, and the fuzz over the rows' valid URLs. */
export function checkUrlRows(rows: UrlRow[]): void {
  it.each(rows)('%s', (url, key, version, format) => {
    const identity = identifyUrl(url);
    if (key === null) {
      expect(identity).toBeNull();
      return;
    }
    expect(identity?.key).toBe(key);
    expect(identity?.version).toBe(version);
    expect(identity?.format).toBe(format);
    expect(identity?.key).toBe(`${identity?.kind}:${identity?.id}`);
  });

  const validUrls = rows.filter(([, key]) => key !== null).map(([url]) => url);
  it('fuzz: mutations of these forms never throw and give well-formed identities', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), mutatedUrl(validUrls)), (url) => {
        const identity = identifyUrl(url);
        expect(identity === null || identity.key === `${identity.kind}:${identity.id}`).toBe(true);
        expect(typeof identifyPdfUrl(url).key).toBe('string');
      }),
      fuzzRuns,
    );
  });
}

/** A valid URL with a few characters replaced, inserted or removed. */
export function mutatedUrl(validUrls: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...validUrls),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 4 }),
    )
    .map(([url, edits]) =>
      edits.reduce((u, [at, remove, insert]) => {
        const i = at % (u.length + 1);
        return u.slice(0, i) + insert + u.slice(i + remove);
      }, url),
    );
}

/** The one key all of `urls` identify (each must identify one). */
export function sharedKey(urls: string[]): string | undefined {
  const keys = new Set(urls.map((url) => identifyUrl(url)?.key));
  expect(keys.size).toBe(1);
  const [key] = keys;
  expect(key).toBeTruthy();
  return key;
}
