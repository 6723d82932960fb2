import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlBlock, yamlString } from './yaml-string';

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 200);

describe('yamlString', () => {
  it.each([
    'Attention: is all you need',
    'He said "no" and left',
    "it's",
    '---',
    '--- \n---\nkey: injected',
    'line one\nline two\r\n\ttabbed',
    '# not a comment',
    '- not a list',
    '[not, a, list]',
    '{not: a map}',
    '&anchor *alias !tag',
    'null',
    'true',
    '0x1F',
    '1e3',
    '\\ back\\slash \\n',
    'bell\u0007 nul\u0000 del\u007f nel\u0085',
    'separators \u2028 \u2029 bom \ufeff',
    'emoji 🧪 and accents Zoë Dvořák',
  ])('reads back exactly: %j', (text) => {
    expect(parse(`value: ${yamlString(text)}`)).toEqual({ value: text });
  });

  it('replaces a lone surrogate half, which no file encoding can hold', () => {
    expect(parse(`value: ${yamlString('a\ud800b')}`)).toEqual({ value: 'a\ufffdb' });
  });

  it('fuzz: any string reads back as itself (lone surrogates become U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const expected = text.replace(/\p{Cs}/gu, '\ufffd');
        expect(parse(`value: ${yamlString(text)}`)).toEqual({ value: expected });
      }),
      { numRuns: fuzzRuns, seed: 6 },
    );
  });
});

describe('yamlBlock', () => {
  it('writes nested maps, lists and empty lists that a YAML parser reads back', () => {
    const block = yamlBlock({
      title: 'A: "b"',
      authors: ['X', 'Y: z'],
      tags: [],
      year: 2017,
      skipped: undefined,
      nested: { a: 1, b: 'two' },
    });
    expect(parse(block)).toEqual({
      title: 'A: "b"',
      authors: ['X', 'Y: z'],
      tags: [],
      year: 2017,
      nested: { a: 1, b: 'two' },
    });
  });
});
